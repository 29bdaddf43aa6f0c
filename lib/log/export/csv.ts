/** The CSV export: one row per event, the contract's ten fields, no cell a spreadsheet runs. */
import Papa from 'papaparse';
import { LOG_EVENT_FIELDS, type LogEvent } from '../messaging';
import { sortEvents } from './files';

export const CSV_FIELDS = LOG_EVENT_FIELDS;

/**
 * Spreadsheets read a cell as a formula when its first meaningful character is = + - @
 * (also after spaces, quotes, tabs or line breaks, which some of them skip), or when it
 * starts with a tab or carriage return. Such a cell gets a leading apostrophe, the
 * spreadsheet convention for "text". Papa's own escapeFormulae misses values with a line
 * break in them, so every cell of every column goes through this instead.
 */
const FORMULA_START = /^[\s"'\u00a0\u2028\u2029\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function neutraliseCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(events: LogEvent[]): string {
  return Papa.unparse(
    { fields: [...CSV_FIELDS], data: sortEvents(events).map((e) => CSV_FIELDS.map((f) => neutraliseCell(e[f]))) },
    { newline: '\r\n' },
  );
}
