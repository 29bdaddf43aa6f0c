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
import { connect } from 'node:net';
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

function startProxy(server: FixtureServer, refused: string[]): Promise<Server> {
  const proxy = createServer((_req, res) => {
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket, head) => {
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
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((ok) => proxy.listen(0, '127.0.0.1', () => ok(proxy)));
}

export async function launchFirefox(server: FixtureServer, env: Record<string, string> = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is needed at ${FIREFOX}: ${INSTALL_FIREFOX}`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const refusedHosts: string[] = [];
  const proxy = await startProxy(server, refusedHosts);
  const port = (proxy.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
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
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    refusedHosts,
    newPage: () => browser.newPage(),
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise((ok) => proxy.close(ok));
    },
  };
}
