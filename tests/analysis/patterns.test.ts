/**
 * The pattern compiler's two speed measures change no match: a positive lookbehind written
 * doubly negated, and a lexicon past V8's optimising limit compiled in parts.
 */
import { describe, expect, it } from 'vitest';
import { blank, compile, compileTest, expand, findAll, LETTER, lexiconChecker, rewriteLookbehinds } from '../../lib/analysis/patterns';

describe('positive lookbehinds', () => {
  it('are rewritten as doubly negated ones with the same matches, a space inside one read as one blank', () => {
    expect(rewriteLookbehinds('(?<!no )x (?<=a b)y')).toBe('(?<!no\\x20)x (?<!(?<!a\\x20b))y');
    const sources = ['(?:^|(?<=[.!?] ))no usen', '(?<=\\x40[\\w.-]{1,40} )hola', 'a(?<=(?:x|[(]a))b', '[(?<=]x'];
    const texts = ['no usen esto', 'Bien. no usen esto', 'yo no usen', '@marca_1 hola', 'sin arroba hola', 'xab', '(ab', 'zab', '(?<=x', '[x'];
    for (const source of sources) {
      const original = new RegExp(source, 'u');
      const rewritten = new RegExp(rewriteLookbehinds(source), 'u');
      if (!source.startsWith('[')) expect(rewritten.source).not.toContain('(?<=');
      for (const text of texts) expect([source, text, rewritten.test(text)]).toEqual([source, text, original.test(text)]);
    }
  });
});

describe('a lexicon past the size V8 optimises', () => {
  // 600 alternatives of about 40 characters each: well past the 16,000-character parts.
  const sources = Array.from({ length: 600 }, (_, i) => `(?:palabra${i}|termino ${i}) (?:uno|dos|tres)(?: @){0,2} fin${i % 7}`);
  const single = (flags: string) => new RegExp(`(?<![${LETTER}])(?:${sources.map(expand).join('|')})(?:(?<=\\s)|(?![${LETTER}]))`, flags);
  const text = [
    'nada aqui; termino 12 dos y mas fin5 luego palabra599 uno fin4',
    'palabra3 tres fin3 y palabra300 dos algo fin6, termino 0 uno fin0.',
    'palabra5999 uno fin0 xpalabra1 uno fin1 palabra1 uno fin1',
  ].join(' ');

  it('finds what one regex would, in the same order and spans', () => {
    expect(single('gud').source.length).toBeGreaterThan(20_000);
    const spans = findAll(compile(sources), text);
    const reference = findAll(single('gud'), text);
    expect(spans.length).toBeGreaterThan(3);
    expect(spans).toEqual(reference);
  });

  it('tests, blanks and replaces as one regex would', () => {
    expect(compileTest(sources).test(text)).toBe(true);
    expect(compileTest(sources).test('palabra1 cuatro fin1')).toBe(false);
    expect(blank(compile(sources), text)).toBe(blank(single('gud'), text));
    // The same as replacing every match with as many spaces.
    expect(blank(compile(sources), text)).toBe(text.replace(single('gud'), (m) => ' '.repeat(m.length)));
    expect(blank(compile(sources), 'nada que tapar')).toBe('nada que tapar');
    expect(text.replace(compileTest(sources), '#')).toBe(text.replace(single('u'), '#'));
  });
});

describe('regexes built on first use', () => {
  it('match as the regex they stand for, with `lastIndex` kept for a global one', () => {
    const re = compile(['no (?:es|sera) posible', 'we cannot']);
    const text = 'hola, no es posible hoy; we cannot; no sera posible';
    expect(findAll(re, text).map(({ start, end }) => text.slice(start, end))).toEqual(['no es posible', 'we cannot', 'no sera posible']);
    re.lastIndex = 0;
    expect(re.exec(text)?.index).toBe(6);
    expect(re.lastIndex).toBe(19);
    expect(re.exec('nada')).toBeNull();
    expect(re.lastIndex).toBe(0);
    const once = compileTest(['we cannot']);
    expect(once.test('so we cannot, sorry')).toBe(true);
    expect(once.test('so we cannot, sorry')).toBe(true);
    expect('a we cannot b'.replace(once, '#')).toBe('a # b');
  });
});

describe('a lexicon\'s gate', () => {
  it('lets a sentence through when it holds any of its substrings, read literally, and no other', () => {
    const gated = (gate: string[]) => lexiconChecker({ en: { patterns: [{ match: ['(?:no|sin) @'] }], gate } }, () => ['x']);
    const spans = (gate: string[], text: string) => gated(gate)('en', text, text).map(({ start, end }) => text.slice(start, end));
    expect(spans(['v2.0', 'no c'], 'no coffee here')).toEqual(['no coffee']);
    expect(spans(['v2.0'], 'sin v2.0 today')).toEqual(['sin v2']);
    // «.» and «(» stand for themselves, not for any character or a group.
    expect(spans(['v2.0'], 'sin v2x0 today')).toEqual([]);
    expect(spans(['a (b'], 'no a (b here')).toEqual(['no a']);
    expect(spans(['a (b'], 'no a b here')).toEqual([]);
    expect(spans([], 'no coffee here')).toEqual([]);
  });
});

/** Whether one pattern source, compiled as the lexicons are, matches the (folded) text. */
const matches = (source: string, text: string) => compileTest([source]).test(text);

describe('contractions written without their apostrophe', () => {
  it('match the patterns written with it', () => {
    expect(matches("we can't", 'we cant')).toBe(true);
    expect(matches("(?:it|this|that)(?:'ll| will) be ready", 'itll be ready')).toBe(true);
    expect(matches("you(?:'re| are) having", 'youre having')).toBe(true);
    expect(matches("(?:i|we)(?: have|'m) closing", 'im closing')).toBe(true);
    expect(matches("that's down to your isp", 'thats down to your isp')).toBe(true);
    expect(matches("i've checked", 'ive checked')).toBe(true);
  });

  it('stay exact where the bare form is another word', () => {
    expect(matches("we're not able to", 'you were not able to')).toBe(false);
    expect(matches("(?:you|we)'re not able to", 'were not able to')).toBe(false);
    expect(matches("we'll look", 'as well look')).toBe(false);
    expect(matches("i'll send it", 'ill send it')).toBe(false);
    expect(matches("let's try", 'lets try')).toBe(false);
    expect(matches("the courier's fault", 'the couriers fault')).toBe(false);
  });

  it('leave an already optional apostrophe as it is', () => {
    expect(expand("n'?t")).toBe("n'?t");
    expect(expand("i'?ve")).toBe("i'?ve");
  });
});

describe('an English negation, contracted or written out', () => {
  it('matches the other way of writing it', () => {
    expect(matches('we are not in a position to', "we aren't in a position to")).toBe(true);
    expect(matches("(?:we|i)(?:'re| are|'m| am) not in a position to", "we aren't in a position to")).toBe(true);
    expect(matches("this isn't a bug", 'this is not a bug')).toBe(true);
    expect(matches("we can't refund", 'we cannot refund')).toBe(true);
    expect(matches('we cannot refund', 'we can not refund')).toBe(true);
    expect(matches("it won't be reinstated", 'it will not be reinstated')).toBe(true);
    expect(matches("(?:didn't|did not|never) read", 'did not read')).toBe(true);
  });

  it('leaves other words and groups alone', () => {
    expect(matches('(?:foo|bar) not', "barn't")).toBe(false);
    expect(matches('not a bug', "isn't a bug")).toBe(false);
    expect(expand('nothing knot')).toBe('nothing\\s+knot');
  });
});
