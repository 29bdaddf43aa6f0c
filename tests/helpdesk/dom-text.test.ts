// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countWords, extractText, rangeFor } from '../../lib/helpdesk/dom-text';

function editor(html: string): HTMLElement {
  const div = document.createElement('div');
  // Test input only: the extension itself never assigns innerHTML.
  div.innerHTML = html;
  return div;
}

describe('editor text extraction', () => {
  it('turns blocks and <br> into newlines and skips editor fillers', () => {
    const el = editor('<p>Hola <strong>Ana</strong>,</p><p>Mañana\u2060 lo vemos.<br data-cke-filler="true"></p><p>Saludos<br>Luis</p>');
    expect(extractText(el).text).toBe('Hola Ana,\nMañana lo vemos.\nSaludos\nLuis');
  });

  it('maps offsets back to DOM ranges', () => {
    const el = editor('<p>Hola <strong>Ana</strong>,</p><p>mañana lo tienes.</p>');
    const map = extractText(el);
    const start = map.text.indexOf('mañana');
    expect(rangeFor(map, start, start + 6)?.toString()).toBe('mañana');
    const ana = map.text.indexOf('Ana');
    expect(rangeFor(map, ana, ana + 3)?.toString()).toBe('Ana');
    expect(rangeFor(map, 0, map.text.length)?.toString()).toBe('Hola Ana,mañana lo tienes.');
  });

  it('leaves out excluded nodes such as quoted history', () => {
    const el = editor('<div>Gracias</div><div class="gmail_quote">On Monday, X wrote: …</div>');
    expect(extractText(el, (e) => e.matches('.gmail_quote')).text).toBe('Gracias');
  });

  it('counts words like a person', () => {
    expect(countWords("Hola, ¿cómo estás? I'll check e-mail 2.5 times")).toBe(8);
  });
});

describe('an empty draft', () => {
  it('takes its first character inside the editor\'s first empty paragraph', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p><br></p>';
    const range = rangeFor(extractText(root), 0, 0)!;
    expect(range.startContainer).toBe(root.firstChild);
    expect(range.collapsed).toBe(true);
    expect(rangeFor(extractText(document.createElement('div')), 0, 0)?.collapsed).toBe(true);
    expect(rangeFor(extractText(root), 0, 1)).toBeNull();
  });
});
