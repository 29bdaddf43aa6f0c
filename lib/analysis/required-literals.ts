/**
 * The literal strings at least one of which every match of a regex must contain: a text holding none of them
 * cannot match, and a search for the literals is cheaper than running a lexicon's regex (hundreds of alternatives)
 * over it. Read from the regex's source; `null` where no such set is sure (a `.`, a class or an optional part stands
 * where the literal would be) or where its literals would be too short to rule much out.
 *
 * Reads the syntax the lexicons compile to (`u` flag, no `i`): alternation, groups of every kind, lookarounds
 * (zero-width: they guarantee nothing), classes, escapes, quantifiers. A literal never spans a quantified character,
 * a class, a group or an assertion, so reading too little is the only way it can err: never too much.
 */

/** Shortest literal worth a gate: a one- or two-letter literal is in most sentences. */
const MIN_LITERAL = 3;

type Literals = readonly string[] | null;

/** An escape that stands for a class, a code or a boundary, not for the character after it (`\\s`, `\\x20`, `\\p{L}`). */
const CODED_ESCAPE = /\\(?:x[\dA-Fa-f]{2}|u\{[\dA-Fa-f]+\}|u[\dA-Fa-f]{4}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|[A-Za-z0-9])/y;
/** A counted quantifier; group 1 is its minimum. */
const COUNTED = /\{(\d+)(?:,\d*)?\}/y;

interface Cursor {
  src: string;
  at: number;
}

/** The literals of `source` (see the header), or null. */
export function requiredLiterals(source: string, minLength = MIN_LITERAL): string[] | null {
  const cursor: Cursor = { src: source, at: 0 };
  const found = disjunction(cursor);
  if (cursor.at !== source.length || !found || found.some((literal) => literal.length < minLength)) return null;
  return [...new Set(found)];
}

/** `a|b|c`: every alternative must hold one of its own literals; the set is their union. */
function disjunction(c: Cursor): Literals {
  const union: string[] = [];
  let sure = true;
  for (;;) {
    const alt = alternative(c);
    if (alt) union.push(...alt);
    else sure = false;
    if (c.src[c.at] !== '|') return sure ? union : null;
    c.at++;
  }
}

/**
 * A sequence: its best candidate — a literal run, or a group every match passes through. One pass over the characters,
 * no token objects: every lexicon's sources (250 K characters) are read when its regex is first built.
 */
function alternative(c: Cursor): Literals {
  const { src } = c;
  let best: Literals = null;
  let bestScore = 0;
  let run = '';
  for (;;) {
    const ch = src[c.at];
    const end = ch === undefined || ch === '|' || ch === ')';
    let char: string | undefined;
    let group: Literals = null;
    if (end) {
      // the run, if any, is weighed below
    } else if (ch === '(') {
      let lookaround = false;
      c.at++;
      if (src[c.at] === '?') {
        const kind = src[c.at + 1] === '<' ? src[c.at + 2] : src[c.at + 1];
        lookaround = kind === '=' || kind === '!';
        if (lookaround) c.at += src[c.at + 1] === '<' ? 3 : 2;
        else if (src[c.at + 1] === ':') c.at += 2;
        else c.at = src.indexOf('>', c.at) + 1; // a named group
      }
      group = disjunction(c);
      c.at++; // its ')'
      if (lookaround) group = null; // zero-width: it guarantees nothing
    } else if (ch === '[') {
      c.at++;
      while (c.at < src.length && src[c.at] !== ']') c.at += src[c.at] === '\\' ? 2 : 1;
      c.at++;
    } else if (ch === '\\') {
      CODED_ESCAPE.lastIndex = c.at;
      if (CODED_ESCAPE.test(src)) c.at = CODED_ESCAPE.lastIndex;
      else {
        char = src[c.at + 1];
        c.at += 2;
      }
    } else {
      c.at++;
      if (ch !== '.' && ch !== '^' && ch !== '$') char = ch;
    }
    // The quantifier's minimum: 1 with none; 0 when the atom may be absent; 2 when it may repeat.
    let min = 1;
    const q = src[c.at];
    if (!end && (q === '?' || q === '*' || q === '+')) {
      min = q === '+' ? 2 : 0;
      c.at += src[c.at + 1] === '?' ? 2 : 1;
    } else if (!end && q === '{') {
      COUNTED.lastIndex = c.at;
      const counted = COUNTED.exec(src);
      if (counted) {
        c.at = COUNTED.lastIndex + (src[COUNTED.lastIndex] === '?' ? 1 : 0);
        min = Number(counted[1]) > 0 ? 2 : 0;
      }
    }
    if (char !== undefined && min > 0) run += char;
    // A run ends at anything but a character read exactly once.
    if (run && (char === undefined || min !== 1)) {
      const runScore = score([run]);
      if (runScore > bestScore) [best, bestScore] = [[run], runScore];
      run = '';
    }
    if (end) return best;
    if (group?.length && min > 0) {
      const groupScore = score(group);
      if (groupScore > bestScore) [best, bestScore] = [group, groupScore];
    }
  }
}

/** A candidate is as good as its shortest literal (then the fewer literals the better). */
function score(literals: readonly string[]): number {
  let shortest = Infinity;
  for (const literal of literals) shortest = Math.min(shortest, literal.length);
  return shortest * 1000 - literals.length;
}
