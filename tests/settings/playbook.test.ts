/**
 * The team playbook: the default one is valid and useful (each common situation, in
 * Spanish and English, matches a typical refusal), import/export round-trips in the
 * spec's format, and a bad file is refused with a message.
 */
import { describe, expect, it } from 'vitest';
import { matchAlternatives } from '@/lib/analysis/playbook';
import type { Lang } from '@/lib/analysis/types';
import { DEFAULT_PLAYBOOK } from '@/lib/settings/playbook-default';
import { exportPlaybook, importPlaybook, parsePlaybook } from '@/lib/settings/playbook-file';
import { problemsShown } from '../support/problems';
import { entryId, splitTriggers } from '@/components/settings/PlaybookEditor';

describe('default playbook', () => {
  it('is valid in the spec format, with unique ids', () => {
    expect(parsePlaybook(JSON.parse(JSON.stringify(DEFAULT_PLAYBOOK)))).toEqual(DEFAULT_PLAYBOOK);
  });

  it('has the six common situations in both languages', () => {
    for (const lang of ['es', 'en'] as const) expect(DEFAULT_PLAYBOOK.entries.filter((e) => e.lang === lang)).toHaveLength(6);
  });

  const refusals: [Lang, string, string][] = [
    ['es', 'No es posible, no aceptamos archivos de más de 10MB.', 'es-adjuntos-grandes'],
    ['es', 'No podemos hacer el reembolso, ya pasó el plazo.', 'es-reembolso-fuera-de-politica'],
    ['es', 'No podemos adelantar la entrega de tu pedido.', 'es-retraso-en-la-entrega'],
    ['es', 'Esa función no existe en nuestra plataforma.', 'es-funcion-no-disponible'],
    ['es', 'No es posible hablar con un supervisor.', 'es-solicitud-de-escalado'],
    ['es', 'No tenemos ese producto, está agotado.', 'es-producto-agotado'],
    ['en', "We can't accept attachments over 10MB.", 'en-large-attachments'],
    ['en', "We can't refund your order after 30 days.", 'en-refund-out-of-policy'],
    ['en', 'We cannot expedite the shipping.', 'en-delivery-delay'],
    ['en', 'That feature is not available.', 'en-feature-not-available'],
    ["en", "I can't transfer you to a manager.", 'en-escalation-request'],
    ['en', 'That item is out of stock, sorry.', 'en-out-of-stock'],
  ];
  it.each(refusals)('[%s] «%s» is answered first by %s', (lang, text, id) => {
    expect(matchAlternatives(DEFAULT_PLAYBOOK, text, lang)[0]?.id).toBe(id);
  });
});

describe('import and export', () => {
  it('exports the spec format and imports it back unchanged', () => {
    const text = exportPlaybook(DEFAULT_PLAYBOOK);
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['format', 'version', 'entries']);
    expect(json.format).toBe('tacto-playbook');
    expect(json.version).toBe(1);
    expect(importPlaybook(text)).toEqual(DEFAULT_PLAYBOOK);
  });

  it('accepts entries without triggers', () => {
    const text = JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: 'Cambio de talla', text: 'Te lo cambio por otra talla.' }] });
    expect(importPlaybook(text).entries[0]).toEqual({ id: 'a', lang: 'es', title: 'Cambio de talla', text: 'Te lo cambio por otra talla.' });
  });

  it.each([
    ['not JSON', '{', /^this is not a JSON file$/],
    ['wrong format', JSON.stringify({ format: 'tacto-settings', version: 1, entries: [] }), /^format: this is not a playbook \(format «tacto-settings»/],
    ['wrong version', JSON.stringify({ format: 'tacto-playbook', version: 2, entries: [] }), /^version: «2» is not a version this Tacto reads$/],
    ['no entries', JSON.stringify({ format: 'tacto-playbook', version: 1 }), /^entries: missing$/],
    ['bad language', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'pt', title: 't', text: 't' }] }), /^entry 1, language: «pt» is not es or en$/],
    ['empty text', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: 't', text: ' ' }] }), /^entry 1, text: must not be empty$/],
    ['duplicate id', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: 't', text: 't' }, { id: 'a', lang: 'en', title: 'u', text: 'u' }] }), /^entries: the id «a» is used twice$/],
    ['bad triggers', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: 't', text: 't', triggers: 'x' }] }), /^entry 1, triggers: expected a list of texts$/],
  ])('refuses %s, saying why in words', (_name, text, message) => {
    expect(problemsShown(() => importPlaybook(text))[0]).toMatch(message);
  });

  it('says it in Spanish too, with no field paths', () => {
    const text = JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'pt', title: '', text: 't' }] });
    expect(problemsShown(() => importPlaybook(text), 'es')).toEqual(['entrada 1, idioma: «pt» no es es ni en', 'entrada 1, título: no puede estar vacío']);
  });
});

describe('parsePlaybook', () => {
  it('accepts a parsed value or a JSON string', () => {
    expect(parsePlaybook(JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [] })).entries).toEqual([]);
  });

  it.each([
    [null, /expected a JSON object/],
    ['{nope', /not a JSON file/],
    [{ format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: '', text: 'x' }] }, /entry 1, title: must not be empty/],
  ])('rejects %j', (input, message) => {
    expect(problemsShown(() => parsePlaybook(input)).join('\n')).toMatch(message);
  });

  const big = (n: number) => ({
    format: 'tacto-playbook',
    version: 1,
    entries: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, lang: 'es', title: `Tema ${i}`, text: `Texto ${i}.` })),
  });

  it('refuses a playbook beyond the documented maximum, with a clear message', () => {
    expect(problemsShown(() => parsePlaybook(big(5001)))).toEqual(['entries: at most 5000 (this has 5001)']);
    expect(problemsShown(() => parsePlaybook({ ...big(1), entries: [{ id: 'a', lang: 'es', title: 't', text: 'x'.repeat(2001) }] }))).toEqual([
      'entry 1, text: longer than 2000 characters',
    ]);
  });

  it('lists a few problems of a badly broken file, then how many more', () => {
    const broken = { ...big(30), entries: big(30).entries.map((e) => ({ ...e, lang: 'fr' })) };
    const shown = problemsShown(() => parsePlaybook(broken));
    expect(shown).toHaveLength(11);
    expect(shown[10]).toBe('and 20 more problems');
  });

  it("keeps only the format's fields, and triggers only when given", () => {
    const playbook = parsePlaybook({ ...big(0), entries: [{ id: 'a', lang: 'es', title: 't', text: 'x', colour: 'red' }, { id: 'b', lang: 'en', title: 't', text: 'x', triggers: ['a', ' '] }] });
    expect(playbook.entries).toStrictEqual([{ id: 'a', lang: 'es', title: 't', text: 'x' }, { id: 'b', lang: 'en', title: 't', text: 'x', triggers: ['a'] }]);
  });
});

describe("the team's accepted phrasings in a playbook", () => {
  const base = { format: 'tacto-playbook', version: 1, entries: [{ id: 'a', lang: 'es', title: 'Tema', text: 'Texto.' }] };

  it('are optional, kept as given, and limited', () => {
    expect(parsePlaybook(base).accepted).toBeUndefined();
    expect(parsePlaybook({ ...base, accepted: ['sin falta', ' '] }).accepted).toEqual(['sin falta']);
    expect(problemsShown(() => parsePlaybook({ ...base, accepted: 'sin falta' }))).toEqual(['accepted phrasings: expected a list of texts']);
    expect(problemsShown(() => parsePlaybook({ ...base, accepted: Array.from({ length: 501 }, (_, i) => `frase ${i}`) }))).toEqual([
      'accepted phrasings: at most 500 (this has 501)',
    ]);
  });
});

describe('editor helpers', () => {
  it('makes readable unique ids from titles', () => {
    expect(entryId('Reembolso fuera de plazo', 'es', new Set())).toBe('es-reembolso-fuera-de-plazo');
    expect(entryId('Reembolso fuera de plazo', 'es', new Set(['es-reembolso-fuera-de-plazo']))).toBe('es-reembolso-fuera-de-plazo-2');
    expect(entryId('¿¡!?', 'en', new Set())).toBe('en-entry');
  });

  it('splits triggers on commas, semicolons and lines', () => {
    expect(splitTriggers('reembolso, devolución;\n plazo ,, reembolso')).toEqual(['reembolso', 'devolución', 'plazo']);
  });
});
