/**
 * `web-ext lint` on the Firefox build (offline), as part of `npm test`: fails on any error,
 * and on any warning that is not one of the three known, reviewed ones:
 * - Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML` (library code, in the
 *   content script and in the chunk the options page and the popup share, whatever the
 *   bundler names it; Tacto never uses that prop);
 * - the content script imports the engine with a computed URL, `import(runtime.getURL('/engine.js'))`,
 *   our own packaged file, so pages without a reply box never load it (README, "Nothing heavy
 *   in the page").
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
  (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /Unsafe assignment to innerHTML/.test(m.message) && /^(?:content-scripts\/helpdesk\.js|chunks\/[\w-]+\.js)$/.test(m.file ?? ''),
  (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /Unsafe call to import/.test(m.message) && m.file === 'content-scripts/helpdesk.js',
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
