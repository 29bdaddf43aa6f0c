/**
 * The case of a suggestion's first letter: capitalised to open a sentence, or following the
 * case of the span it replaces (`caseLike`).
 */

/** Capitalises the first letter (for suggestions that start a sentence). */
export function capitalise(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Capitalisation for a suggestion that replaces a span: a span that opens its sentence keeps
 * the case its first letter had («Cálmese» → «Entiendo…», but «…; le responderán» or an
 * all-lower-case draft → «le paso…»); inside a sentence it starts lower-case. English «I»
 * stays upper-case.
 */
export function caseLike(info: { text: string; start: number }): (s: string) => string {
  const before = info.text.slice(0, info.start);
  const atStart = /^[\s¿¡"«(]*$/.test(before);
  const first = /\p{L}/u.exec(info.text.slice(info.start, info.start + 4))?.[0];
  const upper = atStart && (first === undefined || first !== first.toLowerCase());
  return (s) => (upper || /^I\b/.test(s) ? capitalise(s) : s.charAt(0).toLowerCase() + s.slice(1));
}
