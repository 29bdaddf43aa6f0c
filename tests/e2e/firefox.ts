/**
 * Debian's Firefox ESR (never a downloaded one) with the built Firefox extension
 * (.output/firefox-mv3), driven by puppeteer-core over WebDriver BiDi.
 *
 * Firefox cannot map a host name to another port, so the fixture hosts reach the test
 * server through a small CONNECT proxy on loopback that tunnels only the helpdesk hosts
 * (every other host is refused and recorded). The extension's internal UUID is fixed by
 * preference, so every run installs the same extension origin.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, siteOf, type FixtureServer } from './server.ts';
import { join } from 'node:path';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const INSTALL_FIREFOX = 'sudo apt-get update && sudo apt-get install -y firefox-esr';
const ADDON_ID = 'tacto@tacto.app';
/** A fixed moz-extension:// UUID for the test profile only. */
export const EXTENSION_UUID = 'a7c3d1e2-5b4f-4c6a-9e8d-1f2a3b4c5d6e';

export interface FirefoxHarness {
  browser: Browser;
  /** Hosts the page tried to reach that are not the fixture helpdesks (none expected). */
  refusedHosts: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** How long each shutdown step may take before the harness stops waiting and forces it. */
const CLOSE_STEP_MS = 10_000;
/**
 * How long Firefox may take to print its WebDriver BiDi endpoint. A fresh profile on a busy
 * CI machine has taken 28 s (puppeteer's default bound is 30 s); a failed launch still fails
 * the suite, it only fails later.
 */
export const LAUNCH_TIMEOUT_MS = 90_000;

/** Resolves with the promise's outcome, or with 'timeout' after `ms` (never rejects). */
function within(promise: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((ok) => (timer = setTimeout(() => ok('timeout'), ms)));
  return Promise.race([promise.then(() => 'done' as const, () => 'done' as const), timeout]).finally(() => clearTimeout(timer));
}

interface Proxy {
  server: Server;
  /** Destroys every tunnel (a CONNECT socket is detached from the HTTP server, which cannot close it) and closes the server. */
  close(): Promise<void>;
}

function startProxy(server: FixtureServer, refused: string[]): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const proxy = createServer((_req, res) => {
    res.writeHead(403).end();
  });
  proxy.on('connection', track);
  proxy.on('connect', (req, socket: Socket, head) => {
    track(socket);
    const host = (req.url ?? '').split(':')[0];
    if (!siteOf(host)) {
      refused.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(server.port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  });
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    proxy.closeAllConnections();
    await within(new Promise((ok) => proxy.close(ok)), CLOSE_STEP_MS);
  };
  return new Promise((ok) => proxy.listen(0, '127.0.0.1', () => ok({ server: proxy, close })));
}

export async function launchFirefox(server: FixtureServer, env: Record<string, string> = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is needed at ${FIREFOX}: ${INSTALL_FIREFOX}`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const refusedHosts: string[] = [];
  const proxy = await startProxy(server, refusedHosts);
  const port = (proxy.server.address() as { port: number }).port;
  // A launch that throws (puppeteer kills the Firefox it started) must still free the proxy,
  // or its listening socket keeps `node --test` alive and the file hangs instead of failing.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    timeout: LAUNCH_TIMEOUT_MS,
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    // The desktop window the Chromium suites use (puppeteer's default is 800×600).
    defaultViewport: { width: 1440, height: 900 },
    env: { ...process.env, ...env },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    },
  }).catch(async (error: unknown) => {
    await proxy.close();
    throw error;
  });
  const firefoxProcess = browser.process();
  /** Kills Firefox's whole process group (puppeteer starts it detached, as a group leader). */
  const kill = () => {
    if (!firefoxProcess?.pid || firefoxProcess.exitCode !== null || firefoxProcess.signalCode !== null) return;
    try {
      process.kill(-firefoxProcess.pid, 'SIGKILL');
    } catch {
      firefoxProcess.kill('SIGKILL');
    }
  };
  const close = async () => {
    // A browser that does not answer under load must not keep the test run alive.
    if ((await within(browser.close(), CLOSE_STEP_MS)) === 'timeout') {
      console.warn(`[firefox harness] browser.close() took over ${CLOSE_STEP_MS} ms: killing Firefox`);
      await within(browser.disconnect(), 1_000);
    }
    kill();
    await proxy.close();
  };
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    browser,
    refusedHosts,
    newPage: () => browser.newPage(),
    close,
  };
}
