/**
 * One HTTPS server on 127.0.0.1 (random free port) that plays acme.zendesk.com,
 * acme.freshdesk.com and mail.google.com, chosen by the Host header. Chromium reaches it
 * through --host-resolver-rules (see browser.ts), so pages keep their real origins.
 *
 * Serves: the fixture pages (tests/fixtures/<site>/index.html for the site's app routes),
 * /_fixture/* (fixture scripts and styles), /vendor/ckeditor5/* and /vendor/froala/* from
 * node_modules, and stub REST answers from tests/fixtures/<site>/api/**.json. Every request
 * is recorded in `server.requests`.
 *
 * The certificate is self-signed, made at start with `openssl req -x509` into a temp dir
 * that close() removes (never committed). Run alone: `npx tsx tests/e2e/server.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type HelpdeskId, SITES } from '../../lib/helpdesk/sites.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = join(ROOT, 'tests/fixtures');
const VENDOR: Record<string, string> = {
  ckeditor5: join(ROOT, 'node_modules/ckeditor5/dist/browser'),
  froala: join(ROOT, 'node_modules/froala-editor'),
};

/** A fixture page for every helpdesk in the registry (a helpdesk without one does not compile). */
export type Site = HelpdeskId;

/** The fixture pages, by site: the URL a test opens. */
export const PAGES: Record<Site, string> = {
  zendesk: 'https://acme.zendesk.com/agent/tickets/1234',
  freshdesk: 'https://acme.freshdesk.com/a/tickets/5678',
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmHkLqRnTpVbZcXxGhNs',
};

/** Hosts the server answers for (host-resolver-rules map them here). */
export const HOST_PATTERNS = SITES.map((s) => ('suffix' in s.host ? `*.${s.host.suffix}` : s.host.exact));

/** Headers that make each page behave like its site. */
const SITE_HEADERS: Record<Site, Record<string, string>> = {
  zendesk: {},
  // Freshdesk blocks inline scripts: a page-world bridge must be loaded by src.
  // img-src: the unlicensed Froala build the fixture serves pings c0.froala.com; the
  // licensed one on Freshdesk does not, so the fixture blocks it (no outside request).
  freshdesk: { 'Content-Security-Policy': "script-src 'self'; img-src 'self' data: blob: chrome-extension:" },
  // Gmail enforces Trusted Types: `el.innerHTML = string` throws.
  gmail: { 'Content-Security-Policy': "require-trusted-types-for 'script'" },
};

/** Routes that serve the site's single-page app. */
const APP_ROUTES: Record<Site, RegExp> = {
  zendesk: /^\/agent\//,
  freshdesk: /^\/a\//,
  gmail: /^\/mail\//,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
};

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

export interface FixtureServer {
  port: number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Directory holding cert.pem and key.pem (removed by close()). */
  certDir: string;
  /** Extra host names served as a site (startServer's `hosts`), e.g. a custom helpdesk domain. */
  extraHosts: Record<string, Site>;
  close(): Promise<void>;
}

export function siteOf(host: string): Site | null {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (name.endsWith('.zendesk.com')) return 'zendesk';
  if (name.endsWith('.freshdesk.com')) return 'freshdesk';
  if (name === 'mail.google.com') return 'gmail';
  return null;
}

function makeCertificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tacto-e2e-cert-'));
  const san = ['DNS:*.zendesk.com', 'DNS:*.freshdesk.com', 'DNS:mail.google.com', 'DNS:localhost', 'IP:127.0.0.1'].join(',');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
      '-subj', '/CN=Tacto e2e fixtures', '-addext', `subjectAltName=${san}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`openssl could not make the test certificate (is openssl installed?): ${String(error)}`, { cause: error });
  }
  return dir;
}

/** A file under `base`, or null when the path escapes it or does not exist. */
function fileUnder(base: string, relative: string): string | null {
  const file = normalize(join(base, decodeURIComponent(relative)));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Resolves a request to [status, file or body, extra headers]. */
function route(site: Site, method: string, pathname: string): { status: number; file?: string; body?: string; headers?: Record<string, string> } {
  if (pathname === '/favicon.ico') return { status: 204 };
  const vendor = pathname.match(/^\/vendor\/(ckeditor5|froala)\/(.+)$/);
  if (vendor) {
    const file = fileUnder(VENDOR[vendor[1]!]!, vendor[2]!);
    return file ? { status: 200, file } : { status: 404, body: 'not found' };
  }
  if (pathname.startsWith('/_fixture/')) {
    const relative = pathname.slice('/_fixture/'.length);
    const file = relative.includes('/api/') ? null : fileUnder(FIXTURES, relative);
    return file ? { status: 200, file } : { status: 404, body: 'not found' };
  }
  if (pathname.startsWith('/api/')) {
    if (method !== 'GET') return { status: 405, body: '{"error":"method not allowed in fixtures"}' };
    const relative = pathname.replace(/\/$/, '').replace(/(\.json)?$/, '.json');
    const file = fileUnder(join(FIXTURES, site), relative.slice(1));
    return file ? { status: 200, file } : { status: 404, body: '{"error":"RecordNotFound","description":"Not found"}', headers: { 'Content-Type': 'application/json; charset=utf-8' } };
  }
  if (APP_ROUTES[site].test(pathname)) {
    return { status: 200, file: join(FIXTURES, site, 'index.html'), headers: SITE_HEADERS[site] };
  }
  return { status: 404, body: 'not found' };
}

/** `hosts`: extra host names to serve as a site, e.g. { 'support.acme.com': 'zendesk' } (custom domains). */
export async function startServer(options: { hosts?: Record<string, Site> } = {}): Promise<FixtureServer> {
  const extraHosts = { ...options.hosts };
  const certDir = makeCertificate();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (req, res) => {
      const host = req.headers.host ?? '';
      const url = new URL(req.url ?? '/', 'https://fixture.invalid');
      const site = siteOf(host) ?? extraHosts[host.replace(/:\d+$/, '').toLowerCase()] ?? null;
      const answer = site
        ? route(site, req.method ?? 'GET', url.pathname)
        : { status: 421, body: `this test server does not serve ${host}` };
      requests.push({ method: req.method ?? '', host, path: req.url ?? '', status: answer.status, headers: req.headers, at: Date.now() });
      const type = answer.file ? TYPES[extname(answer.file)] ?? 'application/octet-stream' : 'text/plain; charset=utf-8';
      res.writeHead(answer.status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...answer.headers });
      res.end(answer.file ? readFileSync(answer.file) : answer.body);
    },
  );
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    extraHosts,
    requests,
    certDir,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}

// `npx tsx tests/e2e/server.ts`: serve until Ctrl+C.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const server = await startServer();
  console.log(`fixture server on https://127.0.0.1:${server.port}`);
  console.log(`chromium --ignore-certificate-errors --host-resolver-rules="${HOST_PATTERNS.map((p) => `MAP ${p} 127.0.0.1:${server.port}`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" ${Object.values(PAGES).join(' ')}`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}
