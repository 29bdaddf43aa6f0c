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
