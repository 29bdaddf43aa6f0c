/**
 * Plain text of a rich-text editor, with a map from UTF-16 offsets back to DOM
 * positions, so findings (offsets into plain text) can be underlined and replaced.
 * Blocks (<p>, <div>, <li>…) and <br> become "\n"; editor filler characters and
 * nodes the adapter excludes (quoted history, signatures) are left out.
 */

export interface TextSegment {
  /** Offset of this run in the extracted text. */
  start: number;
  node: Text;
  /** Offset of this run inside `node.data`. */
  nodeOffset: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  /** The element the text was read from (where an empty draft's first character would go). */
  root?: Node;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'SECTION', 'ARTICLE',
]);
/** Characters editors insert for caret placement, not part of what the agent wrote. */
const FILLER = /[\u2060\u200b\ufeff]/;
const FILLER_ANY = /[\u2060\u200b\ufeff]/;

export function extractText(root: Node, exclude?: (el: Element) => boolean): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (!FILLER_ANY.test(data)) {
        if (data.length > 0) segments.push({ start: text.length, node: node as Text, nodeOffset: 0, length: data.length });
        text += data;
        return;
      }
      let runStart = -1;
      for (let i = 0; i <= data.length; i++) {
        const isFiller = i < data.length && FILLER.test(data[i]);
        if (i < data.length && !isFiller) {
          if (runStart < 0) runStart = i;
          continue;
        }
        if (runStart >= 0) {
          segments.push({ start: text.length, node: node as Text, nodeOffset: runStart, length: i - runStart });
          text += data.slice(runStart, i);
          runStart = -1;
        }
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (exclude?.(el)) return;
    if (el.tagName === 'BR') {
      if (!el.hasAttribute('data-cke-filler')) text += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  // A trailing newline from the last block is layout, not text.
  while (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments, root };
}

/**
 * Where the first character of an empty draft goes: inside the editor's first empty block
 * («<p><br></p>»), not beside it, so the editor keeps its paragraph structure.
 */
function emptyDraftRange(root: Node, doc: Document): Range {
  let container = root;
  while (container.firstChild instanceof Element && container.firstChild.tagName !== 'BR') container = container.firstChild;
  const range = doc.createRange();
  range.setStart(container, 0);
  range.collapse(true);
  return range;
}

/** The DOM position of a text offset: inside the run that holds it, or at a run's edge. */
export function domPosition(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  let previous: TextSegment | null = null;
  for (const seg of map.segments) {
    const end = seg.start + seg.length;
    if (offset < seg.start) {
      if (previous && preferEnd) return { node: previous.node, offset: previous.nodeOffset + previous.length };
      return { node: seg.node, offset: seg.nodeOffset };
    }
    if (offset < end || (offset === end && (preferEnd || seg === map.segments[map.segments.length - 1]))) {
      return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
    }
    previous = seg;
  }
  return previous ? { node: previous.node, offset: previous.nodeOffset + previous.length } : null;
}

/** A DOM Range covering [start, end) of the extracted text. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document = document): Range | null {
  if (map.segments.length === 0 && start === 0 && end === 0 && map.root) return emptyDraftRange(map.root, doc);
  const from = domPosition(map, start, false);
  const to = domPosition(map, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Words as an agent would count them: runs of letters/digits, joined by an apostrophe or
 * hyphen between letters ("I'll", "e-mail") and by "." or "," between digits ("2.5").
 * A loop rather than a Unicode regex: it runs on the whole draft as the agent types.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code, text[i])) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const joins =
      inWord &&
      i + 1 < text.length &&
      (code === 39 || code === 0x2019 || code === 45
        ? isWordCode(next, text[i + 1])
        : (code === 46 || code === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(next));
    if (!joins) inWord = false;
  }
  return words;
}
