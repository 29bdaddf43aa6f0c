/**
 * lib/settings/holiday-data/ is what scripts/holiday-data.ts makes from the installed
 * date-holidays and moment-timezone (like `npm run train -- --check` for the weights): after
 * an update of either package, `npm run holidays:data` rewrites it and this passes again.
 */
import { describe, expect, it } from 'vitest';
import { committedHolidayDataFiles, differingFiles, holidayDataFiles } from '../../scripts/holiday-data';

describe('generated holiday data', () => {
  it('is current: every file as the script writes it, none missing, none left over', () => {
    const expected = holidayDataFiles();
    expect(expected.size).toBe(207 + 3); // a file per country, the names, the places and the loader
    expect(differingFiles(expected, committedHolidayDataFiles())).toEqual([]);
  });

  it('tells a changed, a missing and an extra file apart from current ones', () => {
    const expected = new Map([
      ['a.json', '1'],
      ['b.json', '2'],
    ]);
    expect(differingFiles(expected, new Map(expected))).toEqual([]);
    expect(
      differingFiles(
        expected,
        new Map([
          ['a.json', '9'],
          ['c.json', '3'],
        ]),
      ),
    ).toEqual(['a.json', 'b.json', 'c.json']);
  });
});
