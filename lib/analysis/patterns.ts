/**
 * Small pattern toolkit shared by the rule and moment modules. Everything works on
 * folded text (see ./text.ts: lower-case, accents stripped, same length), so offsets
 * found here are offsets into the original text.
 *
 * Pattern sources use a tiny shorthand so the lexicons stay readable:
 *   ' '   one or more spaces            → \s+
 *   '@'   one word                      → [LETTER']+
 *   ' ?'  optional spaces                → \s*
 *   '~N'  a gap of up to N words (0–9)  → (?:[LETTER']+\s+){0,N}
 * and every pattern is wrapped in word boundaries of the same LETTER class (`\b` is ASCII-only).
 * No nested unbounded quantifiers, and a space inside a lookbehind is one blank: every pattern
 * runs in linear time per start position.
 */
import { detectRegister, type Register } from './grammar/register';
import type { Lang } from './types';
import { requiredLiterals } from './required-literals';

/**
 * A letter or digit of the Latin scripts the lexicons are written in. Not `\p{L}\p{N}`: V8
 * compiles every use of a Unicode property class into a large table, and with one per `@`
 * across all lexicons that was most of the engine's first analysis (~50 of ~75 ms in a
 * cold process); a range class compiles in a fraction of that. Letters of other scripts
 * count as non-letters, which no Spanish or English pattern depends on.
 */
export const LETTER = 'A-Za-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const WORD = `[${LETTER}']+`;

/**
 * Two rewrites of the lookbehinds, in one pass over a source (a source with none is returned as it
 * is, without the pass: engine load).
 *
 * - Inside a lookbehind a space is exactly one blank: a lookbehind is tried at every position,
 *   and one that could read back over a whole run of blanks («(?<!no\s+)…») made a long run of
 *   blanks quadratic (100,000 of them took seconds).
 * - Every positive lookbehind is written doubly negated, `(?<=X)` → `(?<!(?<!X))`: the same
 *   condition, but V8 can still skip ahead by an alternative's first characters. An alternative
 *   that opens with a positive lookbehind («(?:^|(?<=[.!?] ))…», a sentence start) made its whole
 *   alternation try every position in full: a lexicon ran ten times slower on a long text, and
 *   every lexicon holding one was slower on every sentence.
 */
export function rewriteLookbehinds(src: string): string {
  if (!src.includes('(?<')) return src;
  let out = '';
  const closers: string[] = [];
  let inClass = false;
  let lookbehindDepth = -1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    const blank = ch === ' ' && lookbehindDepth >= 0;
    if (inClass) {
      if (ch === ']') inClass = false;
      out += blank ? '\\x20' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(') {
      const positive = src.startsWith('(?<=', i);
      if (lookbehindDepth < 0 && (positive || src.startsWith('(?<!', i))) lookbehindDepth = closers.length;
      if (positive) {
        out += '(?<!(?<!';
        closers.push('))');
        i += 3;
      } else {
        out += ch;
        closers.push(')');
      }
    } else if (ch === ')') {
      out += closers.pop() ?? ')';
      if (closers.length === lookbehindDepth) lookbehindDepth = -1;
    } else out += blank ? '\\x20' : ch;
  }
  return out;
}

/** The words a reply opens with to greet, folded: «Hola Ana,», "Hi Sam,", «Estimada clienta:». */
export const GREETING = {
  es: 'hola|buenas|buenos dias|buenas tardes|buenas noches|estimad[oa]',
  en: 'hi|hello|hey|dear',
} as const;

/**
 * Where a sentence opens, for a pattern that must stand first: the text's start, after a sentence's end, or after a
 * greeting («Hola Ana, nada que podamos hacer», "Hi Sam, for the last time, …") or a word that only leads in ("Well,
 * out of scope.", «Bueno, no, lo siento.», "Sorry, not planned."), with its comma.
 */
export const SENTENCE_OPENING = {
  es: `(?:^|(?<=[.!?]\\x20)|(?<=(?:^|[.!?]\\x20)\\W*(?:(?:${GREETING.es})(?: [^,.!?]{1,30})?|bueno|pues|mira|mire|vale|ok|okay|okey|ah|uf|lamentablemente|sinceramente|la verdad|perdona|perdone|perdon|disculpa|disculpe|lo siento|gracias),\\x20))`,
  en: `(?:^|(?<=[.!?]\\x20)|(?<=(?:^|[.!?]\\x20)\\W*(?:(?:${GREETING.en})(?: [^,.!?]{1,30})?|well|ok|okay|so|ah|oh|hmm|yeah|look|sadly|unfortunately|honestly|sorry|thanks|thank you),\\x20))`,
} as const;

/**
 * Real writers often drop a contraction's apostrophe ("dont", "cant", "youre", "ive", "thats", "itll"), so a contraction
 * in a pattern also matches without one. Not where the bare form is another word: "we're" (were), "we'll" (well),
 * "i'll" (ill), "i'd" and "we'd" (id, wed), "he'll" and "she'll" (hell, shell), "let's" (lets) stay as written. The
 * pronoun may stand alone or in a group of pronouns just before, the contraction in the group that follows it:
 * "you(?:'re| are)", "(?:it|that)(?:'ll| will)", "(?:i|we)(?: have|'m)".
 */
const afterPronoun = (words: string) =>
  `(?<=(?:(?<![A-Za-z])(?:${words})|\\((?:\\?:)?(?:(?:${words})\\|)*(?:${words})\\))(?:\\(\\?:(?:[^()|]*\\|)*)?')`;
/** The apostrophe first, so the regex skips to each one; what stands before it is looked at only there (engine load). */
const DROPPABLE_APOSTROPHE = new RegExp(
  `'(?:${[
    "(?<=n')(?=t)",
    '(?=ve)',
    `${afterPronoun('i|we|you|they')}(?=m)`,
    `${afterPronoun('you|they')}(?=re|d)`,
    `${afterPronoun('you|they|it|this|that|there')}(?=ll)`,
    `${afterPronoun('it|this|that|there|what|here|who')}(?=s)`,
  ].join('|')})`,
  'g',
);

function apostrophesOptional(src: string): string {
  return src.includes("'") ? src.replace(DROPPABLE_APOSTROPHE, (m) => `${m}?`) : src;
}

/**
 * An English negation reads the same contracted or not: a pattern written "is not" also matches "isn't", one written
 * "don't" also "do not", "cannot" also "can't" and "can not", "won't" also "will not". The auxiliary may stand alone,
 * as a group of auxiliaries ("(?:is|are) not") or among the forms of a group ("(?:we|i)(?:'re| are|'m| am) not", which
 * then also reads "we aren't"; the other forms' "n't" matches nothing).
 */
const AUXILIARY = 'is|are|was|were|do|does|did|have|has|had|could|would|should|must|need';
const IS_AUXILIARY = new RegExp(`^ ?(?:${AUXILIARY})$`);
const NEGATION = new RegExp(
  `(?<![A-Za-z])(${AUXILIARY})(?: not(?![A-Za-z])|n't(?=[^A-Za-z]|$))|(\\(\\?:[^()]*\\))(?: not(?![A-Za-z])|n't(?=[^A-Za-z]|$))|(?<![A-Za-z])(?:cannot|can't|can not)(?![A-Za-z])|(?<![A-Za-z])(?:won't|will not)(?![A-Za-z])`,
  'g',
);

function negationsBothWays(src: string): string {
  if (!src.includes('not') && !src.includes("n't")) return src;
  return src.replace(NEGATION, (m, aux: string | undefined, group: string | undefined) => {
    if (aux) return `${aux}(?: not|n't)`;
    if (group) return group.slice(3, -1).split('|').some((form) => IS_AUXILIARY.test(form)) ? `${group}(?: not|n't)` : m;
    if (m.startsWith('ca')) return "(?:cannot|can't|can not)";
    return "(?:won't|will not)";
  });
}

/**
 * A maintainer or a shop owner answers alone: "my plugin", "on my part", "not with me", "a member of my team", «es mi
 * política», «por mi lado», «no es culpa mía», «solo doy soporte a», «no lo voy a procesar». A pattern written for the
 * company («nuestro», «podemos», "our", "us") also reads the first person singular, unless it already names that form
 * itself (it then says which it means).
 */
const PLURAL_TO_SINGULAR: Record<string, string> = {
  our: 'my', ours: 'mine', us: 'me',
  nuestro: 'mi|mio', nuestra: 'mi|mia', nuestros: 'mis|mios', nuestras: 'mis|mias', 'nuestr[oa]s?': 'mis?|mi[oa]s?', 'nuestr[oa]s': 'mis|mi[oa]s', 'nuestr[oa]': 'mi|mi[oa]', 'nuestros?': 'mis?|mios?', 'nuestras?': 'mis?|mias?',
  podemos: 'puedo', podriamos: 'podria', damos: 'doy', hemos: 'he', tenemos: 'tengo', estamos: 'estoy', hacemos: 'hago',
  ofrecemos: 'ofrezco', aceptamos: 'acepto', vamos: 'voy', sabemos: 'se', queremos: 'quiero',
};
/** The plural forms as one alternation, its word boundaries checked by hand so the regex can skip ahead (engine load). */
const FIRST_PERSON_PLURAL = new RegExp(
  Object.keys(PLURAL_TO_SINGULAR)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[[\]?]/g, '\\$&'))
    .join('|'),
  'g',
);
const MAY_HOLD_PLURAL = new RegExp(FIRST_PERSON_PLURAL.source);
const namedIn = new Map<string, RegExp>();

function firstPersonSingularToo(src: string): string {
  if (!MAY_HOLD_PLURAL.test(src)) return src;
  return src.replace(FIRST_PERSON_PLURAL, (word: string, at: number) => {
    if (/[A-Za-z'\\]/.test(src[at - 1] ?? '') || /[A-Za-z'[?*+{]/.test(src[at + word.length] ?? '')) return word;
    const singular = PLURAL_TO_SINGULAR[word]!;
    let named = namedIn.get(singular);
    if (!named) namedIn.set(singular, (named = new RegExp(`(?<![A-Za-z])(?:${singular})(?![A-Za-z])`)));
    return named.test(src) ? word : `(?:${word}|${singular})`;
  });
}

/**
 * Spanish verbs by person, read where a pattern lists one form: the company's «-amos/-emos/-imos» (trabajamos,
 * manejamos, indicamos, recibimos) also as one agent's present and preterite (trabajo, trabajé; indico, indiqué;
 * recibo, recibí), and the customer's «-aste/-iste» (pusiste, revisaste, completaste) also as «ustedes» (pusieron,
 * revisaron, completaron). Forms that come out as no word («hacemos» → «haco») match nothing. Only for the agent's
 * rules (lexiconChecker): in a customer's message the present «les escribo» is this very message, not «les escribimos».
 */
const PLURAL_VERB = /(?<![A-Za-z\\])([a-z]{3,})(amos|emos|imos)(?![A-Za-z'?*+{[])/g;
const TU_PRETERITE = /(?<![A-Za-z\\])([a-z]{3,})(aste|iste)(?![A-Za-z'?*+{[])/g;
/** Words ending so that are no first person plural, or whose singular is listed above (PLURAL_TO_SINGULAR). */
const NOT_A_PLURAL_VERB = /^(?:ramos|gramos|kilogramos|demos|ultimos|proximos|primos|minimos|maximos|mismos|extremos|supremos|remos)$/;
const MODAL_PRETERITE = /^(?:debiste|tuviste|pudiste|quisiste)$/;
const PRETERITE_SPELLING: Record<string, string> = { c: 'qu', g: 'gu', z: 'c' };

const MAY_HOLD_PERSON = /(?:amos|emos|imos|aste|iste)(?![A-Za-z])/;

function spanishPersonsToo(src: string): string {
  if (!MAY_HOLD_PERSON.test(src)) return src;
  return src
    .replace(PLURAL_VERB, (word: string, stem: string, ending: string) => {
      if (NOT_A_PLURAL_VERB.test(word) || word in PLURAL_TO_SINGULAR) return word;
      const last = stem.slice(-1);
      const preterite = ending === 'amos' ? `${stem.slice(0, -1)}${PRETERITE_SPELLING[last] ?? last}e` : `${stem}i`;
      return `(?:${word}|${stem}o|${preterite})`;
    })
    .replace(TU_PRETERITE, (word: string, stem: string, ending: string) => {
      // A duty or a chance in the plural is as often a third party's («debieron avisarte»: the hotel should have).
      if (MODAL_PRETERITE.test(word)) return word;
      const plural = ending === 'aste' ? `${stem}aron` : /j$/.test(stem) ? `${stem}eron` : /[aeiou]$/.test(stem) ? `${stem}yeron` : `${stem}ieron`;
      return `(?:${word}|${plural})`;
    });
}

/** Expands the shorthand of one pattern source (see the header). */
export function expand(src: string): string {
  const lookbehindsDone = rewriteLookbehinds(apostrophesOptional(negationsBothWays(firstPersonSingularToo(src))));
  return (lookbehindsDone.includes('~') ? lookbehindsDone.replace(/~(\d)/g, (_m, n: string) => `(?:${WORD}\\s+){0,${n}}`) : lookbehindsDone)
    .replace(/@/g, WORD)
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+');
}

/** A match ends at a word boundary, or right after a space (patterns like «con (?:su |tu )»). */
const END = `(?:(?<=\\s)|(?![${LETTER}]))`;
/** An expanded source wrapped in the word boundaries every lexicon pattern has. */
const wordBounded = (body: string) => `(?<![${LETTER}])(?:${body})${END}`;

/**
 * V8 stops optimising a regex whose source is longer than 20 KB (kRegExpTooLargeToOptimize):
 * past it, the alternation no longer skips positions by their first characters, and the
 * largest lexicons ran ten times slower on every text. A lexicon is compiled in parts below
 * this size, searched as one (LexiconRegExp).
 */
const PART_CHARS = 16_000;

/** `text` as a regex source that matches it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One part of a lexicon's regex, and the literals one of which each of its matches holds (requiredLiterals). */
interface LexiconPart {
  re: RegExp;
  gate: RegExp | null;
}

/**
 * A lexicon's sources as regexes, each under PART_CHARS (one when the whole fits). Consecutive sources with sure
 * literals (requiredLiterals) share a part, gated by the union of theirs; a source without stands in a part of its
 * own kind, so one short or open alternative does not cost a whole part its gate. The order of the sources is kept:
 * on a tie, the earlier alternative still wins.
 */
function compileParts(sources: readonly string[], flags: string): LexiconPart[] {
  const parts: LexiconPart[] = [];
  let bodies: string[] = [];
  let literals: string[] | null = null;
  let length = 0;
  const close = () => {
    if (bodies.length === 0) return;
    parts.push({
      re: new RegExp(wordBounded(bodies.join('|')), flags),
      gate: literals ? new RegExp([...new Set(literals)].map(literally).join('|')) : null,
    });
    bodies = [];
    length = 0;
  };
  for (const body of sources.map(expand)) {
    const own = requiredLiterals(body);
    if (bodies.length > 0 && (length + body.length > PART_CHARS || (own === null) !== (literals === null))) close();
    if (bodies.length === 0) literals = own ? [] : null;
    bodies.push(body);
    literals?.push(...own!);
    length += body.length + 1;
  }
  close();
  return parts;
}

/**
 * A lexicon's regex. Its parts (compileParts) are expanded and built on its first `exec`: built at import, the
 * lexicons were a third of the engine's load in a helpdesk page (thirty-eighth session), before the agent had typed a
 * word; now a text that needs one builds it (in the page, the warm-up analysis while the page is idle). The parts
 * behave as their alternation: `exec` returns the leftmost match, and on a tie the earlier part's — the alternative
 * the single regex would have taken. `lastIndex`, `test`, `replace` and `findAll`'s loop work through `exec`; its own
 * `source` is a placeholder.
 */
class LexiconRegExp extends RegExp {
  private parts: LexiconPart[] | undefined;
  private readonly build: () => LexiconPart[];
  /** The text the gates were last read on, and which parts it passed: a global loop reads them once. */
  private gatedText: string | undefined;
  private passed: boolean[] = [];

  /** `sources` as compiled; `written` as the lexicon has them (before the Spanish persons are added), for `lexiconProbe`. */
  constructor(
    build: () => LexiconPart[],
    flags: string,
    readonly sources: readonly string[],
    readonly written: readonly string[],
  ) {
    super('(?!)', flags);
    this.build = build;
  }

  override exec(text: string): RegExpExecArray | null {
    if (lexiconProbe.read && this.lastIndex === 0) lexiconProbe.read(this, text);
    const parts = (this.parts ??= this.build());
    if (text !== this.gatedText) {
      this.gatedText = text;
      this.passed = parts.map((part) => !part.gate || part.gate.test(text));
    }
    let best: RegExpExecArray | null = null;
    let bestEnd = 0;
    for (let i = 0; i < parts.length; i++) {
      if (!this.passed[i]) continue;
      const part = parts[i]!.re;
      part.lastIndex = this.lastIndex;
      const m = part.exec(text);
      if (m && (!best || m.index < best.index)) {
        best = m;
        bestEnd = part.lastIndex;
      }
    }
    if (this.global || this.sticky) this.lastIndex = best ? bestEnd : 0;
    return best;
  }

  override test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** A lexicon regex as the audit sees it (scripts/lexicon-audit.ts): its sources as compiled and as written. */
export interface ProbedLexicon {
  readonly sources: readonly string[];
  readonly written: readonly string[];
}

/**
 * Set only by scripts/lexicon-audit.ts, which counts, per source, the texts a lexicon read and the texts it matched:
 * the evidence for retiring an alternative no text ever needed. Unset in the page and in tests.
 */
export const lexiconProbe: { read?: (lexicon: ProbedLexicon, text: string) => void } = {};

/** One source alone, as its lexicon would match it (for the audit). */
export function compileSource(source: string): RegExp {
  return new RegExp(wordBounded(expand(source)), 'u');
}

/**
 * Compiles pattern sources into one global, Unicode, word-bounded regex (with indices), built on first use. `written`:
 * the sources as the lexicon has them, when these were rewritten from them (the audit names them so).
 */
export function compile(sources: readonly string[], written: readonly string[] = sources): RegExp {
  return new LexiconRegExp(() => compileParts(sources, 'gud'), 'gud', sources, written);
}

/** Compiles sources without the global flag, for `test()`; built on first use. */
export function compileTest(sources: readonly string[]): RegExp {
  return new LexiconRegExp(() => compileParts(sources, 'u'), 'u', sources, sources);
}

export interface Span {
  start: number;
  end: number;
}

/** Each non-empty match of a global regex, from the text's start: the one loop over `exec` that findAll and blank share. */
function forEachMatch(re: RegExp, folded: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    each(m);
  }
}

/** All matches of a compiled (global) regex, as spans; a named group `s` narrows the span. */
export function findAll(re: RegExp, folded: string): Span[] {
  const out: Span[] = [];
  forEachMatch(re, folded, (m) => {
    const group = m.indices?.groups?.s;
    if (group) out.push({ start: group[0], end: group[1] });
    else out.push({ start: m.index, end: m.index + m[0].length });
  });
  return out;
}

/**
 * Blanks every match of `re` (global) with spaces, keeping length: used for `unless` phrases. A loop over `exec`, not
 * `String.replace`: on a lexicon's regex (a RegExp subclass) `replace` takes the engine's generic path, three times slower
 * a sentence, and every rule with exemptions blanks every sentence.
 */
export function blank(re: RegExp, folded: string): string {
  if (!re.global) return folded.replace(re, (m) => ' '.repeat(m.length));
  let out = '';
  let done = 0;
  forEachMatch(re, folded, (m) => {
    out += folded.slice(done, m.index) + ' '.repeat(m[0].length);
    done = m.index + m[0].length;
  });
  return done === 0 ? folded : out + folded.slice(done);
}

const CLAUSE_BREAK = /[,;:.!?()\u2014\u2013"]/;
/** A point or comma inside a number («1.7», «2,5 GB», "v3.2") ends no clause. */
const breaksClauseAt = (text: string, i: number) => CLAUSE_BREAK.test(text[i]) && !(/[.,]/.test(text[i]) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
/** Coordinating conjunctions that also end a clause (checked case-insensitively). */
const CONJ_BEFORE = /\s(?:y|e|and|pero|but)\s$/i;
const CONJ_AFTER = /^\s(?:y|e|and|pero|but)\s/i;

/** Index just after the previous clause break before `i` (or 0), skipping spaces. */
export function clauseStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && !breaksClauseAt(text, s - 1) && text[s - 1] !== '\n') {
    if (text[s - 1] === ' ' && CONJ_BEFORE.test(text.slice(Math.max(0, s - 7), s))) break;
    s--;
  }
  while (s < i && /[\s¿¡]/.test(text[s])) s++;
  return s;
}

/** Index of the next clause break at or after `i` (or the end), trimming spaces. */
export function clauseEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && !breaksClauseAt(text, e) && text[e] !== '\n') {
    if (text[e] === ' ' && e > i && CONJ_AFTER.test(text.slice(e, e + 7))) break;
    e++;
  }
  while (e > i && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The sentence without its leading spaces and its closing punctuation, as a clause's span ends before its break. */
export function sentenceSpan(text: string): Span {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = sentenceEnd(text);
  while (end > start && /[.!?…]/.test(text[end - 1])) end--;
  return { start, end };
}

/** End of the sentence text including its closing punctuation, trimming trailing spaces. */
export function sentenceEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Merges spans that overlap or are separated only by spaces/light punctuation. */
export function mergeSpans(spans: Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const sp of sorted) {
    const last = out[out.length - 1];
    if (last && (sp.start <= last.end || /^[\s,;:\u2014\u2013-]*(?:(?:y|e|and|pero|but)\s+)?$/i.test(text.slice(last.end, sp.start)))) {
      last.end = Math.max(last.end, sp.end);
    } else {
      out.push({ ...sp });
    }
  }
  return out;
}

export type PerLang<T> = Record<Lang, T>;

/** One entry of a rule's lexicon: pattern sources and how far the reported span reaches. */
export interface PatternSpec {
  /** Pattern sources in the shorthand above, matched on the folded sentence. */
  match: readonly string[];
  /**
   * Reported span: `match` the matched phrase; `right` from the match to the end of its
   * clause; `clause` the whole clause around the match; `toEnd` from the match to the end of
   * the sentence, closing punctuation included; `sentence` the whole sentence but its closing
   * punctuation (a construction whose parts stand clauses apart, rewritten as one).
   */
  span?: 'match' | 'right' | 'clause' | 'toEnd' | 'sentence';
  /** A label handed to the suggestion builder (e.g. "third-party" vs "customer"). */
  kind?: string;
  /**
   * Lead-in words allowed just before the match («Entonces, …», «So …»): the span grows
   * left over them. Kept out of `match` so the regex starts on a rarer keyword (faster).
   * With `required`, a match without the lead-in is dropped.
   */
  left?: { match: string; required?: boolean };
}

export interface LangLexicon {
  patterns: readonly PatternSpec[];
  /** Antipatterns: text they match is blanked before the patterns run. */
  unless?: readonly string[];
  /**
   * Cheap pre-check: when none of these substrings occurs in the folded sentence, no
   * pattern can match and the regexes are skipped (most sentences of a draft).
   */
  gate?: readonly string[];
}

/** What a suggestion builder gets for one merged span of a sentence. */
export interface SpanInfo {
  lang: Lang;
  /** The sentence, original and folded; offsets are relative to it. */
  text: string;
  folded: string;
  start: number;
  end: number;
  quote: string;
  /** Kinds of the patterns that produced the span, in order of appearance. */
  kinds: string[];
  /** Where the last pattern match inside the span ended (for content after a cue). */
  cueEnd: number;
  register: Register;
}

interface CompiledSpec {
  re: RegExp;
  span: NonNullable<PatternSpec['span']>;
  kind: string;
  left?: RegExp;
  leftRequired: boolean;
}

const LEFT_WINDOW = 80;

interface CompiledLexicon {
  specs: CompiledSpec[];
  unless?: RegExp;
  /** The gate's substrings as one alternation: one scan, several times faster than a search per substring. */
  gate?: RegExp;
}

export interface SentenceMatch {
  start: number;
  end: number;
  suggestions: string[];
}

/** A rule's per-sentence checker, and the sentence with what its lexicon exempts (`unless`) blanked. */
export interface LexiconChecker {
  (lang: Lang, text: string, folded: string, register?: Register): SentenceMatch[];
  withoutExemptions(lang: Lang, folded: string): string;
}

/**
 * Builds a per-sentence checker from per-language lexicons: blank the `unless` phrases,
 * run every pattern, widen each match to its span, merge touching spans, and ask
 * `suggest` for the rewrites of each merged span.
 */
export function lexiconChecker(
  lexicons: Partial<Record<Lang, LangLexicon>>,
  suggest: (info: SpanInfo) => string[] | null,
): LexiconChecker {
  // Compiled on a language's first sentence: a page pays only for the language it is written in,
  // and nothing before the first analysis.
  const compiled: Partial<Record<Lang, CompiledLexicon | null>> = {};
  const compiledFor = (lang: Lang): CompiledLexicon | null => {
    const done = compiled[lang];
    if (done !== undefined) return done;
    const lex = lexicons[lang];
    return (compiled[lang] = lex
      ? {
          specs: lex.patterns.map((p) => ({
            re: compile(lang === 'es' ? p.match.map(spanishPersonsToo) : p.match, p.match),
            span: p.span ?? 'match',
            kind: p.kind ?? '',
            left: p.left ? new RegExp(`(?<![${LETTER}])(?:${expand(p.left.match)})$`, 'u') : undefined,
            leftRequired: p.left?.required ?? false,
          })),
          unless: lex.unless?.length ? compile(lex.unless) : undefined,
          gate: lex.gate ? new RegExp(lex.gate.map(literally).join('|') || '(?!)') : undefined,
        }
      : null);
  };
  const withoutExemptions = (lang: Lang, folded: string) => {
    const unless = compiledFor(lang)?.unless;
    return unless ? blank(unless, folded) : folded;
  };
  const check = (lang: Lang, text: string, folded: string, draftRegister?: Register): SentenceMatch[] => {
    const lex = compiledFor(lang);
    if (!lex) return [];
    if (lex.gate && !lex.gate.test(folded)) return [];
    const hay = withoutExemptions(lang, folded);
    const raw: (Span & { kind: string; cueEnd: number })[] = [];
    for (const spec of lex.specs) {
      for (const m of findAll(spec.re, hay)) {
        let { start, end } = m;
        const cueEnd = end;
        if (spec.left) {
          const from = Math.max(0, start - LEFT_WINDOW);
          const lm = spec.left.exec(hay.slice(from, start));
          if (lm) start = from + lm.index;
          else if (spec.leftRequired) continue;
        }
        if (spec.span === 'right' || spec.span === 'clause') end = Math.max(end, clauseEnd(text, end));
        if (spec.span === 'clause') start = Math.min(start, clauseStart(text, start));
        if (spec.span === 'toEnd') {
          end = sentenceEnd(text);
          if (start > 0 && (text[start - 1] === '¿' || text[start - 1] === '¡')) start--;
        }
        if (spec.span === 'sentence') ({ start, end } = sentenceSpan(text));
        raw.push({ start, end, kind: spec.kind, cueEnd });
      }
    }
    if (raw.length === 0) return [];
    raw.sort((a, b) => a.start - b.start);
    const merged = mergeSpans(raw, text);
    // The draft's form of address when known (a sentence alone often shows none).
    const register = draftRegister ?? (lang === 'es' ? detectRegister(text, folded) : 'tu');
    const out: SentenceMatch[] = [];
    for (const sp of merged) {
      const inside = raw.filter((r) => r.start >= sp.start && r.end <= sp.end);
      const kinds = inside.map((r) => r.kind);
      const cueEnd = Math.max(...inside.map((r) => r.cueEnd));
      const suggestions = suggest({
        lang, text, folded, start: sp.start, end: sp.end, quote: text.slice(sp.start, sp.end), kinds, cueEnd, register,
      });
      if (suggestions === null) continue;
      out.push({ start: sp.start, end: sp.end, suggestions: dedupe(suggestions).slice(0, 3) });
    }
    return out;
  };
  return Object.assign(check, { withoutExemptions });
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim().length > 0))];
}

/** Replaces [start,end) of `text` with `by`: what applying a suggestion does. */
export function replaceSpan(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/**
 * Builds a yes/no detector for customer moments: `unless` phrases (negations such as
 * «no es urgente», «I don't need a manager») are blanked first, then any pattern fires.
 * Patterns of both languages run on every text: customers mix languages.
 */
export function phraseDetector(patterns: readonly string[], unless: readonly string[] = []): (folded: string) => boolean {
  // Built on the first customer message: an agent's draft never waits for them.
  const re = compileTest(patterns);
  const un = unless.length ? compile(unless) : null;
  return (folded) => re.test(un ? blank(un, folded) : folded);
}
