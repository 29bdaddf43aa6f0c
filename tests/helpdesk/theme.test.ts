import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance, themeFor } from '../../lib/helpdesk/theme';

describe('colour maths', () => {
  it('reads the colours getComputedStyle returns', () => {
    expect(parseColor('rgb(23, 35, 42)')).toEqual({ r: 23, g: 35, b: 42, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('color(srgb 1 1 1)')).toBeNull();
  });

  it('WCAG luminance and contrast: black on white is 21:1, #767676 on white about 4.54:1', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });
});

describe('the theme follows the page, then the system', () => {
  it('a dark page background is dark whatever the system says', () => {
    expect(themeFor('rgb(23, 35, 42)', false)).toBe('dark');
    expect(themeFor('rgb(45, 46, 48)', false)).toBe('dark');
  });

  it('a light page background is light even on a dark system', () => {
    expect(themeFor('rgb(255, 255, 255)', true)).toBe('light');
    expect(themeFor('rgb(245, 247, 249)', true)).toBe('light');
  });

  it('no background (or a mostly transparent one): the system decides', () => {
    expect(themeFor(null, true)).toBe('dark');
    expect(themeFor('rgba(0, 0, 0, 0)', true)).toBe('dark');
    expect(themeFor('rgba(255, 255, 255, 0.2)', false)).toBe('light');
  });
});
