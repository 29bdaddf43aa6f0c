/**
 * Quoted history in an e-mail reply: lines that start with «>», and everything after a
 * reply or forward header («On Mon 3 Dec, Ana wrote:», «El lun, 3 dic, Ana escribió:»,
 * «-----Original Message-----», «-----Mensaje original-----», an Outlook «From: … Sent: …»
 * block). It is what somebody else wrote earlier, so the coach neither judges nor
 * counts it: a customer's date in a quoted line is not the agent's promise.
 */

const HEADER = new RegExp(
  [
    String.raw`^[ \t]*-{2,}[ \t]*(?:original message|mensaje original|forwarded message|mensaje reenviado|reply above this line|responde por encima de esta l[ií]nea)[ \t]*-{2,}`,
    String.raw`^[ \t]*-*[ \t]*on\b[^\n]{4,160}\bwrote[ \t]*:?[ \t]*-*[ \t]*$`,
    String.raw`^[ \t]*el\b[^\n]{4,160}\bescribi[óo][ \t]*:?[ \t]*$`,
    // Mail programs wrap a long header line once: «El 2 de noviembre de 2015, 13:34, Ana <ana@…>\nescribió:». Only a
    // line with a date and an address, not ending a sentence, opens such a header.
    String.raw`^[ \t]*-*[ \t]*(?:on|el)\b(?=[^\n]*\d)(?=[^\n]*(?:@|<[^>\n]*>|\[email\]))[^\n]{4,160}[^.!?\n][ \t]*\n[^\n]{0,80}\b(?:wrote|escribi[óo])[ \t]*:?[ \t]*-*[ \t]*$`,
    String.raw`^[ \t]*(?:from|de)[ \t]*:[^\n]*\n[ \t]*(?:sent|enviado|date|fecha|to|para)[ \t]*:`,
  ].join('|'),
  'im',
);

/** A line that only separates: «---», «___», «===». */
const SEPARATOR = /^[ \t]*[-_=*]{3,}[ \t]*$/m;

/** [start, end) ranges of quoted history, sorted and disjoint. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const header = HEADER.exec(text);
  // Quoted on top (the earlier message pasted first, the new text under a separator): the
  // history runs from the header to the separator; with no separator nothing is dropped.
  if (header && !/\S/.test(text.slice(0, header.index))) {
    SEPARATOR.lastIndex = 0;
    const rest = text.slice(header.index + header[0].length);
    const separator = SEPARATOR.exec(rest);
    if (!separator) return [];
    const end = header.index + header[0].length + separator.index + separator[0].length;
    return [[header.index, end], ...quotedRanges(text.slice(end)).map(([s, e]): [number, number] => [s + end, e + end])];
  }
  const historyStart = header ? header.index : text.length;
  let at = 0;
  while (at < historyStart) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next + 1;
    if (/^[ \t]*>/.test(text.slice(at, Math.min(end, at + 40)))) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === at) last[1] = Math.min(end, historyStart);
      else ranges.push([at, Math.min(end, historyStart)]);
    }
    at = end;
  }
  if (historyStart < text.length) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= historyStart) last[1] = text.length;
    else ranges.push([historyStart, text.length]);
  }
  return ranges;
}

/** Whether [start, end) lies inside a quoted range. */
export function isQuoted(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

/** The text with its quoted history blanked (same length, line breaks kept), so offsets still hold. */
export function maskQuoted(text: string): string {
  if (!text.includes('>') && !/wrote|escribi|original|reenviado|forwarded|sent:|enviado:/i.test(text)) return text;
  const ranges = quotedRanges(text);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + text.slice(s, e).replace(/[^\n]/g, ' ');
    at = e;
  }
  return out + text.slice(at);
}
