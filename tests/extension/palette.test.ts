import { describe, expect, it } from 'vitest';
import { PALETTES, PALETTE_CSS, TEXT_ON } from '../../components/palette';
import { SIDEBAR_CSS } from '../../components/sidebar.css';
import { contrastRatio } from '../../lib/helpdesk/theme';

describe('the palette in both themes', () => {
  for (const [theme, palette] of Object.entries(PALETTES)) {
    it(`${theme}: every text colour on every background it is used on reaches 4.5:1`, () => {
      const ratios = TEXT_ON.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: Math.round(contrastRatio(palette[fg], palette[bg]) * 100) / 100 }));
      const low = ratios.filter((r) => r.ratio < 4.5);
      expect(low).toEqual([]);
    });
  }

  it('the two themes differ where it shows: background and text', () => {
    expect(PALETTES.dark.bg).not.toBe(PALETTES.light.bg);
    expect(contrastRatio(PALETTES.dark.bg, '#000000')).toBeLessThan(2);
    expect(contrastRatio(PALETTES.light.bg, '#ffffff')).toBeLessThan(1.1);
  });

  it('the styles take their colours from the palette only', () => {
    const rules = SIDEBAR_CSS.slice(PALETTE_CSS.length);
    expect(rules.match(/#[0-9a-f]{3,6}\b|rgba?\(/gi)).toBeNull();
    for (const name of new Set(rules.match(/--t-[a-z-]+/g))) expect(PALETTE_CSS).toContain(`${name}:`);
  });
});
