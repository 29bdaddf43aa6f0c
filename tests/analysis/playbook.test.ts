import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { indexPlaybook, matchAlternatives, stem, stems } from '../../lib/analysis/playbook';
import { parsePlaybook } from '../../lib/settings/playbook-file';

const devPlaybook = () =>
  parsePlaybook(JSON.parse(readFileSync(fileURLToPath(new URL('../corpus/sample-playbook.json', import.meta.url)), 'utf8')));

const small = parsePlaybook({
  format: 'tacto-playbook',
  version: 1,
  entries: [
    { id: 'adj', lang: 'es', title: 'Adjuntos pesados: enlace de subida', text: 'Te envío un enlace de subida.', triggers: ['adjunto', 'límite de tamaño'] },
    { id: 'ref', lang: 'en', title: 'Refund outside the window', text: 'I can offer store credit.', triggers: ['refund', 'money back'] },
    { id: 'dev', lang: 'es', title: 'Devoluciones fuera de plazo', text: 'Te ofrezco un cambio.' },
  ],
});

describe('matchAlternatives', () => {
  it('stems inflections and folds accents', () => {
    expect(stem('adjuntos')).toBe(stem('adjunto'));
    expect(stem('funciones')).toBe(stem('Función'));
    expect(stem('refunds')).toBe(stem('refund'));
    expect(stem('locked')).toBe(stem('lock'));
    expect(stem('retirar')).toBe(stem('retiro'));
  });
  it('matches triggers and title words, best first, preferring the draft language', () => {
    expect(matchAlternatives(small, 'No aceptamos archivos adjuntos tan grandes', 'es').map((a) => a.id)).toEqual(['adj']);
    expect(matchAlternatives(small, 'We do not give refunds after 30 days', 'en').map((a) => a.id)).toEqual(['ref']);
    expect(matchAlternatives(small, 'No hacemos devoluciones', 'es').map((a) => a.id)).toEqual(['dev']);
    expect(matchAlternatives(small, 'Nada que ver', 'es')).toEqual([]);
    expect(matchAlternatives(undefined, 'adjuntos', 'es')).toEqual([]);
  });
  it('attaches the playbook entries to flat-refusal findings', () => {
    const r = analyze({ text: 'Lamentablemente no se pueden enviar adjuntos de más de 20 MB.', role: 'agent', playbook: devPlaybook() });
    const f = r.findings.find((x) => x.rule === 'flat-refusal');
    expect(f?.alternatives[0]?.id).toBe('es-adjuntos-pesados');
    expect(f?.alternatives[0]).toEqual({ id: 'es-adjuntos-pesados', title: expect.any(String), text: expect.any(String) });
  });
});

describe('playbook at scale', () => {
  const big = (n: number) => ({
    format: 'tacto-playbook',
    version: 1,
    entries: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      lang: i % 2 ? 'en' : 'es',
      title: `Tema ${i} número${i}`,
      text: `Texto de la alternativa ${i}.`,
      triggers: [`palabra${i}`, `frase larga ${i}`],
    })),
  });

  it('matches a refusal among 5,000 entries as it does among a few, looking only at candidates', () => {
    const playbook = parsePlaybook(big(5000));
    expect(matchAlternatives(playbook, 'No podemos, la palabra4321 no se admite.', 'es').map((a) => a.id)).toEqual(['e4321']);
    // Only entries sharing a stem with the refusal are scored (the time is in `npm run bench`).
    const { byStem } = indexPlaybook(playbook);
    for (let i = 0; i < 100; i++) {
      const candidates = new Set(stems(`No es posible con la palabra${i}, lo siento.`).flatMap((w) => byStem.get(w) ?? []));
      expect(candidates.size).toBeLessThan(50);
    }
  });
});

describe('playbook entries in the draft', () => {
  const playbook = parsePlaybook(JSON.parse(readFileSync(fileURLToPath(new URL('../corpus/sample-playbook.json', import.meta.url)), 'utf8')));
  const refusal = (text: string) => analyze({ text, role: 'agent', playbook }).findings.find((f) => f.rule === 'flat-refusal');

  it('offers the team\'s own answer as the first rewrite of a flat refusal', () => {
    const finding = refusal('No podemos recibir adjuntos de ese tamaño por correo.');
    expect(finding?.alternatives[0]?.id).toBe('es-adjuntos-pesados');
    expect(finding?.suggestions[0]).toMatch(/^No podemos recibir adjuntos de ese tamaño por correo\. Por correo no puedo recibir adjuntos/);
    expect(finding?.suggestions[0]).not.toMatch(/\.\.$|\. \.$/);
  });

  it('puts the entry in the draft\'s form of address', () => {
    const finding = refusal('Disculpe, pero no podemos recibir adjuntos de ese tamaño por correo.');
    expect(finding?.alternatives[0]?.text).toMatch(/le envío un enlace/);
    expect(finding?.alternatives[0]?.text).not.toMatch(/\bte\b/);
    expect(finding?.suggestions[0]).toMatch(/le envío un enlace/);
  });
});
