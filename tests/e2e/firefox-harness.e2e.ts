/**
 * The Firefox harness's shutdown (tests/e2e/firefox.ts) under the worst case: a Firefox
 * that no longer answers (its whole process group stopped with SIGSTOP, as a starved
 * machine can leave it) with a helpdesk page still open through the proxy. `close()` must
 * still return, kill Firefox and free the proxy's tunnels, so `node --test` can exit.
 *
 * Run: npm run build && npx tsx --test tests/e2e/firefox-harness.e2e.ts
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { LAUNCH_TIMEOUT_MS, launchFirefox } from './firefox.ts';
import { waitFor } from './helpers.ts';
import { PAGES, startServer, type FixtureServer } from './server.ts';

let server: FixtureServer;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

test('close() kills a Firefox that stopped answering, within the harness timeouts', { timeout: LAUNCH_TIMEOUT_MS + 60_000 }, async () => {
  const firefox = await launchFirefox(server);
  const page = await firefox.newPage();
  await page.goto(PAGES.zendesk);
  await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
  const child = firefox.browser.process();
  assert.ok(child?.pid, 'puppeteer started Firefox itself');
  const exited = once(child, 'exit');
  process.kill(-child.pid, 'SIGSTOP');
  const started = Date.now();
  await firefox.close();
  const took = Date.now() - started;
  await exited;
  assert.ok(child.signalCode === 'SIGKILL' || child.exitCode !== null, `Firefox is gone (${child.signalCode ?? child.exitCode})`);
  assert.ok(took < 20_000, `close() returned in ${took} ms`);
  // The content processes die with the same SIGKILL; the system reaps them a moment later.
  await waitFor(() => assert.throws(() => process.kill(-child.pid!, 0), 'no process of its group is left'), 5_000, 100);
});
