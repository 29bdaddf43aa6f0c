/**
 * A CLI line's text written as HTML — a help desk's export, a web page, a tweet with «&amp;» — read as the plain
 * text a person sees, and the engine's offsets mapped back onto the text as written. In the page the engine reads the
 * editor's own text and never meets markup, so none of this is in the page's bundle.
 */
import { decodeHTML } from 'entities';
import { analyze } from '../analysis';
import type { AnalysisResult, AnalyzeInput, EngineOptions } from '../analysis/types';

export interface PlainView {
  plain: string;
  /** For each character of `plain`, where its source starts and ends in the text as written. */
  from: number[];
  to: number[];
}

const MARKUP = /<\/?[a-z][a-z0-9]*\b[^<>]*>|<!--[\s\S]*?-->|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
/** Tags that end a line or a block: a sentence never runs across them. */
const BREAKS = /^<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|hr|section|article|header|footer)\b/i;
const HIDDEN = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The plain reading of a text with markup in it, or null when it has none (the text is then read as it is). */
export function plainView(text: string): PlainView | null {
  MARKUP.lastIndex = 0;
  if (!MARKUP.test(text)) return null;
  const plain: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (chars: string, start: number, end: number) => {
    for (const ch of chars) {
      for (let i = 0; i < ch.length; i++) {
        plain.push(ch[i]);
        from.push(start);
        to.push(end);
      }
    }
  };
  const hidden = [...text.matchAll(HIDDEN)].map((m) => [m.index, m.index + m[0].length]);
  let at = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    for (let i = at; i < m.index; i++) emit(text[i], i, i + 1);
    const end = m.index + m[0].length;
    const inHidden = hidden.find(([s, e]) => m!.index >= s && m!.index < e);
    if (inHidden) {
      emit(' ', inHidden[0], inHidden[1]);
      MARKUP.lastIndex = at = inHidden[1];
      continue;
    }
    if (m[0][0] === '&') {
      const decoded = decodeHTML(m[0]).replace(/\u00a0/g, ' ');
      emit(decoded, m.index, end);
    } else if (BREAKS.test(m[0])) {
      emit('\n', m.index, end);
    }
    at = end;
  }
  for (let i = at; i < text.length; i++) emit(text[i], i, i + 1);
  return { plain: plain.join(''), from, to };
}

/** A result for the plain text, its spans moved onto the text as written. */
export function onWrittenText(result: AnalysisResult, view: PlainView, written: string): AnalysisResult {
  const span = <T extends { start: number; end: number; quote: string }>(s: T): T => {
    const start = view.from[s.start] ?? written.length;
    const end = s.end > s.start ? view.to[s.end - 1] : start;
    return { ...s, start, end, quote: written.slice(start, end) };
  };
  return { ...result, findings: result.findings.map(span), commitments: result.commitments.map(span) };
}

/** `analyze()` of a CLI line: a text with markup is read as its plain text, and the spans point into the text as written. */
export function analyzeAsWritten(input: AnalyzeInput, options: EngineOptions): AnalysisResult {
  const view = plainView(input.text);
  if (!view) return analyze(input, options);
  return onWrittenText(analyze({ ...input, text: view.plain }, options), view, input.text);
}
