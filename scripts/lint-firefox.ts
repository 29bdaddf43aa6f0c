/**
 * `web-ext lint` on the Firefox build (offline), as part of `npm test`: fails on any error,
 * and on any warning that is not one of the two known, reviewed ones, both from a library:
 * - Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML` (library code, in the
 *   page module coach.js and in the chunk the options page and the popup share, whatever the
 *   bundler names it; Tacto never uses that prop).
 * Our own code gives none. The content script loads Tacto's page module and that module the
 * engine lazily (README, "Nothing heavy in the page"), with `import()` of our own packaged
 * file; the linter accepts a dynamic import only when its argument is spelled
 * `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` (the names it sees in the built
 * file), so those two calls name the `chrome` global instead of WXT's bundled `browser`,
 * which the minifier renames. Any other dynamic import now fails here.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
interface Message {
  code: string;
  file?: string;
  message: string;
}
const KNOWN: Array<(m: Message) => boolean> = [
  (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /Unsafe assignment to innerHTML/.test(m.message) && /^(?:coach\.js|chunks\/[\w-]+\.js)$/.test(m.file ?? ''),
];

const out = execFileSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', resolve(ROOT, '.output/firefox-mv3'), '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
}).toString();
const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Message[]; warnings: Message[] };
const unknown = report.warnings.filter((w) => !KNOWN.some((known) => known(w)));
for (const m of [...report.errors, ...unknown]) console.error(`${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unknown.length} known and reviewed)`);
if (report.errors.length || unknown.length) process.exit(1);
