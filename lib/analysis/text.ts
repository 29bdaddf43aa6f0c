/**
 * Text utilities that keep UTF-16 offsets intact: every transform here returns a
 * string of the same length as its input, so an index found in the folded text is
 * an index into the original.
 */

const FOLD: Record<string, string> = {
  á: 'a', à: 'a', ä: 'a', â: 'a', ã: 'a',
  é: 'e', è: 'e', ë: 'e', ê: 'e',
  í: 'i', ì: 'i', ï: 'i', î: 'i',
  ó: 'o', ò: 'o', ö: 'o', ô: 'o', õ: 'o',
  ú: 'u', ù: 'u', ü: 'u', û: 'u',
  ñ: 'n', ç: 'c',
  '’': "'", '‘': "'", '´': "'", '`': "'",
  '“': '"', '”': '"', '«': '"', '»': '"',
  '–': '-', '—': '-',
  '\u00a0': ' ',
};

const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Lower-cases and strips Spanish/English diacritics, one UTF-16 unit for one. */
export function fold(text: string): string {
  // Fast path (runs per keystroke on the whole draft): one native lower-casing and one
  // replace. toLowerCase can change the length for a few code points (e.g. "İ"); then
  // fold character by character, keeping such characters as they are.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(FOLD_CHARS, (ch) => FOLD[ch]);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    // toLowerCase can change length for a few code points (e.g. "İ"); keep the original then.
    const base = lower.length === 1 ? lower : ch;
    out += FOLD[base] ?? base;
  }
  return out;
}

export interface Sentence {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Longer than any sentence in the corpora (the longest is 629 characters). A run-on text with no end for longer
 * is cut, so that what is read once per sentence stays linear in the text: a 100,000-character run of
 * "we can't refund it, but " took 5 s in one lexicon (thirty-third session).
 */
const LONGEST_SENTENCE = 1000;

/** Where a run-on sentence from `start` is cut: after its last comma or blank in the second half of the limit, never inside a surrogate pair. */
function runOnCut(text: string, start: number): number {
  const limit = start + LONGEST_SENTENCE;
  const window = text.slice(start + LONGEST_SENTENCE / 2, limit);
  const comma = window.lastIndexOf(',');
  const blank = window.lastIndexOf(' ');
  const at = comma >= 0 ? comma : blank;
  if (at >= 0) return start + LONGEST_SENTENCE / 2 + at + 1;
  return (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit;
}

/**
 * Splits into sentences at . ! ? … ; and line breaks, keeping offsets. Leading «¿¡»
 * stay with their sentence. Decimal points ("2.5"), abbreviations like "Sr." / "Sra." /
 * "Dr." and "e.g." do not split.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const pushOne = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const push = (end: number) => {
    while (end - start > LONGEST_SENTENCE) pushOne(runOnCut(text, start));
    pushOne(end);
  };
  // Runs on the whole draft at every analysis: jump from one possible end to the next
  // instead of testing every character.
  const ends = /[\n!?…;.]/g;
  for (let found = ends.exec(text); found; found = ends.exec(text)) {
    const i = found.index;
    const ch = text[i];
    if (ch === '\n') {
      push(i + 1);
    } else if (ch === '!' || ch === '?' || ch === '…' || ch === ';') {
      let j = i + 1;
      while (j < text.length && /[!?.…"'»)\]]/.test(text[j])) j++;
      push(j);
      ends.lastIndex = j;
    } else {
      const next = text[i + 1];
      if (next !== undefined && /[0-9A-Za-z]/.test(next)) continue; // 2.5, e.g, www.x.com
      const before = text.slice(Math.max(0, i - 4), i);
      if (/(?:^|\s)(?:sr|sra|srta|dr|dra|lic|ing|ud|uds|vd|mr|mrs|ms|nº|p\.ej|e\.g|i\.e|etc)$/i.test(before)) continue;
      // «No.» is «número» («No. 5»), or a «no» that the next sentence may take back («Sorry, no. I misread…»), but
      // «…si se aprueba o no. Si se aprueba, …» ends there.
      if (/(?:^|\s)no$/i.test(before) && !/(?:^|\s)(?:o|or|u)\s+no$/i.test(text.slice(Math.max(0, i - 6), i))) continue;
      // A clock's «a. m.» / "p.m.": no end inside it, nor after it when the sentence goes on in lower case («a las 5 p. m. te llamo»).
      const clock = text.slice(Math.max(0, i - 8), i);
      if (/\d\s?[ap]$/i.test(clock) || (/\d\s?[ap]\.?\s?m$/i.test(clock) && /^\s+[a-zà-ÿ0-9]/.test(text.slice(i + 1, i + 4)))) continue;
      let j = i + 1;
      while (j < text.length && /[.!?"'»)\]]/.test(text[j])) j++;
      push(j);
      ends.lastIndex = j;
    }
  }
  push(text.length);
  return out;
}

/** True when the character can be part of a word (letters, digits, apostrophes inside words). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}
