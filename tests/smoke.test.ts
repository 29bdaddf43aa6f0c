import { describe, expect, it } from 'vitest';
import { fold, splitSentences } from '../lib/analysis/text';

describe('text utilities', () => {
  it('folds accents without changing length', () => {
    const s = 'Mañana LO TENÉS, ¿sí?';
    expect(fold(s)).toBe('manana lo tenes, ¿si?');
    expect(fold(s).length).toBe(s.length);
  });
  it('splits sentences with offsets', () => {
    const text = 'Hola Sr. Pérez. El lunes queda 2.5 veces mejor! ¿Vale?';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual(['Hola Sr. Pérez.', 'El lunes queda 2.5 veces mejor!', '¿Vale?']);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  it('ends a sentence at «o no.», not at «No.» before its number', () => {
    expect(splitSentences('Tu pedido No. 5521 salió ayer.').map((p) => p.text)).toEqual(['Tu pedido No. 5521 salió ayer.']);
    expect(splitSentences('Te diremos si se aprueba o no. Si se aprueba, te avisamos.').map((p) => p.text)).toEqual([
      'Te diremos si se aprueba o no.',
      'Si se aprueba, te avisamos.',
    ]);
  });
});
