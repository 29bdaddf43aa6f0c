/** Store-ready manifest strings and icons: localised name and description within the stores' limits; icons at their sizes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the manifest as the stores read it', () => {
  it.each([['en', en], ['es', es]] as const)('%s: name ≤ 75 and description ≤ 132 characters', (_lang, messages) => {
    expect(messages.extName.message.length).toBeGreaterThan(0);
    expect(messages.extName.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription.message.length).toBeGreaterThan(40);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it.each([16, 32, 48, 128])('icon %i×%i is a PNG of that size', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual([size, size]);
  });
});
