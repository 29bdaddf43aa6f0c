/** Every moment's `examples` are test cases: analyze() as a customer message must list the moment exactly when `fires`. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { MOMENTS } from '../../lib/analysis/moments/registry';
import { MOMENT_EXAMPLES } from '../../lib/analysis/moments/registry';

for (const moment of MOMENTS) {
  describe(`moment ${moment.id}`, () => {
    MOMENT_EXAMPLES[moment.id].forEach((example, i) => {
      it(`${example.fires ? 'detects' : 'ignores'} example ${i + 1} (${example.lang}): ${example.text}`, () => {
        const { moments } = analyze({ text: example.text, role: 'customer', lang: example.lang });
        expect(moments.includes(moment.id)).toBe(example.fires);
      });
    });
  });
}

describe('a very long customer message', () => {
  const filler = 'Les escribo por el pedido que hice el mes pasado y que llegó con una pieza de más. '.repeat(800);

  it('is read at its start and its end', () => {
    const atStart = analyze({ text: `ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!! ${filler}`, role: 'customer', lang: 'es' });
    const atEnd = analyze({ text: `${filler} ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!!`, role: 'customer', lang: 'es' });
    expect(atStart.moments).toContain('anger');
    expect(atEnd.moments).toContain('anger');
  });

  it('is not read in its middle, past the first and last 10,000 characters', () => {
    const inMiddle = analyze({ text: `${filler} ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!! ${filler}`, role: 'customer', lang: 'es' });
    expect(inMiddle.moments).not.toContain('anger');
  });
});
