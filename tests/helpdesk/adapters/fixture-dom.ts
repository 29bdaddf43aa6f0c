/**
 * Loads a fixture page's markup into happy-dom (scripts do not run), at the page's
 * real URL, and answers its same-origin API from the fixture's api/ folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function loadFixture(site: 'zendesk' | 'freshdesk' | 'gmail', url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  // Stylesheets and scripts are the browser tests' business; here only the markup matters.
  const html = readFileSync(join(FIXTURES, site, 'index.html'), 'utf8').replace(/<link[^>]*>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.body.replaceWith(document.importNode(doc.body, true));
  vi.stubGlobal('fetch', async (input: URL | string) => {
    const { pathname } = new URL(String(input));
    try {
      const file = join(FIXTURES, site, pathname.replace(/\.json$/, '') + '.json');
      return new Response(readFileSync(file, 'utf8'), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('{}', { status: 404 });
    }
  });
}
