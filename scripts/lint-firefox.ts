/**
 * `web-ext lint` on the Firefox build (offline), as part of `npm test`: fails on any error,
 * and on any warning that is not one of the four known, reviewed ones:
 * - Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML` (library code, in the
 *   page module coach.js and in the chunk the options page and the popup share, whatever the
 *   bundler names it; Tacto never uses that prop);
 * - the content script's loader imports Tacto's page module, `import(runtime.getURL('/coach.js'))`,
 *   and that module the engine, `import(runtime.getURL('/engine.js'))`: our own packaged files,
 *   imported so that pages without a reply box never load them (README, "Nothing heavy in the
 *   page"). A content script has no other way to load code later without host permissions
 *   (scripting.executeScript needs them), and the address is per install, so it is computed.
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
  (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /Unsafe call to import/.test(m.message) && ['content-scripts/helpdesk.js', 'coach.js'].includes(m.file ?? ''),
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
