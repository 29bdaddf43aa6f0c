/**
 * Launches Debian's Chromium (never a downloaded one) on a fresh profile, with the built
 * extension (.output/chrome-mv3) or without it, pointed at the fixture server by
 * --host-resolver-rules: every other host resolves to nothing.
 *
 * Also: a log of every request the browser makes, the extension's service worker, and
 * the background's IndexedDB (database 'tacto', object store 'events') read through it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { HOST_PATTERNS, ROOT, siteOf, type FixtureServer } from './server.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The clock Chromium's pages keep (a helpdesk agent's in Lima): «this week» in a test must be read on it. */
export const BROWSER_TIME_ZONE = 'America/Lima';
/** The built extension; TACTO_E2E_EXTENSION points the suite at another unpacked build. */
export const EXTENSION_DIR = process.env.TACTO_E2E_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
export const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y chromium';

export interface BrowserRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The page (or worker) URL that made it, when known. */
  from: string;
  /** Why it failed, when it did ('csp' = the page's CSP blocked it: it never left the browser). */
  failure?: string;
  /** When the browser made it (Date.now() in the test's process). */
  at: number;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Extra environment for the browser process (e.g. libfaketime's FAKETIME for a fixed clock). */
  env?: Record<string, string>;
  /** Another unpacked build than EXTENSION_DIR (e.g. a copy with a test-only manifest `key`). */
  extensionDir?: string;
  /** A profile directory to reuse (kept on close: the caller removes it); default a fresh one. */
  profile?: string;
}

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  /** Every request the browser made, in order. */
  requests: BrowserRequest[];
  /**
   * Requests for anything other than the fixture server's hosts (or chrome-extension:,
   * data:, blob:). Requests the page's CSP blocked never left the browser and are not
   * counted (the Freshdesk fixture's CSP blocks the unlicensed Froala build's beacon).
   */
  outsideRequests(): BrowserRequest[];
  /** A new tab. */
  newPage(): Promise<Page>;
  /** The extension's background service worker (throws when launched without the extension). */
  serviceWorker(): Promise<Worker>;
  extensionId(): Promise<string>;
  /** All records of the background's IndexedDB 'tacto' / 'events' ([] while it does not exist). */
  readEvents(): Promise<Record<string, unknown>[]>;
  /** Polls readEvents() until `match` finds records, or throws with what was stored. */
  waitForEvents(match: (event: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * Reads every record of IndexedDB 'tacto' / 'events' in the extension's origin with raw
 * IndexedDB, never creating the database. A string, so that no transpiler helper (tsx's
 * __name) leaks into the worker.
 */
const READ_EVENTS = `(async () => {
  const names = (await indexedDB.databases()).map((db) => db.name);
  if (!names.includes('tacto')) return [];
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('tacto');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('events')) return [];
    return await new Promise((ok, fail) => {
      const request = db.transaction('events', 'readonly').objectStore('events').getAll();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
  } finally {
    db.close();
  }
})()`;

export function chromiumArgs(port: number, extensionDir?: string, extraHosts: string[] = []): string[] {
  const rules = [...[...HOST_PATTERNS, ...extraHosts].map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=en-US',
  ];
}

/** True for URLs the tests allow: the fixture hosts on the default port, extension and inline URLs. */
export function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return url.protocol === 'https:' && url.port === '' && siteOf(url.hostname) !== null;
}

export async function launch(server: FixtureServer, options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with:\n  ${INSTALL_CHROMIUM}`);
  }
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${extensionDir}/manifest.json is missing). Build it with:\n  npx wxt build`);
  }
  const ownProfile = !options.profile;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'tacto-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: chromiumArgs(server.port, withExtension ? extensionDir : undefined, Object.keys(server.extraHosts ?? {})),
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    locale: 'en-US',
    timezoneId: BROWSER_TIME_ZONE,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
  });

  context.setDefaultTimeout(10_000);
  const requests: BrowserRequest[] = [];
  const entries = new WeakMap<object, BrowserRequest>();
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  context.on('request', (request) => {
    let from: string;
    try {
      from = request.frame().url();
    } catch {
      from = request.serviceWorker()?.url() ?? '';
    }
    const entry: BrowserRequest = { url: request.url(), method: request.method(), resourceType: request.resourceType(), from, at: Date.now() };
    entries.set(request, entry);
    requests.push(entry);
  });

  async function serviceWorker(): Promise<Worker> {
    if (!withExtension) throw new Error('launched without the extension');
    const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const existing = context.serviceWorkers().find(isOurs);
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  }

  let cachedExtensionId: string | null = null;
  if (withExtension) {
    try {
      cachedExtensionId = new URL((await serviceWorker()).url()).host;
    } catch (error) {
      await context.close().catch(() => {});
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
      throw new Error(`The extension at ${extensionDir} did not start a background service worker: ${String(error)}`, { cause: error });
    }
  }

  async function readEvents(): Promise<Record<string, unknown>[]> {
    try {
      return (await (await serviceWorker()).evaluate(READ_EVENTS)) as Record<string, unknown>[];
    } catch (error) {
      // An idle MV3 worker may have been stopped: read the same origin's IndexedDB from
      // an extension page instead.
      if (!cachedExtensionId) throw error;
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${cachedExtensionId}/manifest.json`);
        return (await page.evaluate(READ_EVENTS)) as Record<string, unknown>[];
      } finally {
        await page.close();
      }
    }
  }

  return {
    context,
    server,
    requests,
    outsideRequests: () => requests.filter((request) => !isAllowedUrl(request.url) && request.failure !== 'csp'),
    newPage: () => context.newPage(),
    serviceWorker,
    async extensionId() {
      return cachedExtensionId ?? new URL((await serviceWorker()).url()).host;
    },
    readEvents,
    async waitForEvents(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let events: Record<string, unknown>[] = [];
      while (Date.now() < deadline) {
        events = await readEvents();
        const found = events.filter(match);
        if (found.length > 0) return found;
        await new Promise((ok) => setTimeout(ok, 250));
      }
      throw new Error(`no matching event in IndexedDB tacto/events after ${timeoutMs} ms; stored: ${JSON.stringify(events, null, 1)}`);
    },
    async close() {
      await context.close().catch(() => {});
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
