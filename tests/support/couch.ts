/**
 * A real CouchDB-protocol server for the tests: the npm `pouchdb-server` (Apache CouchDB
 * cannot be installed on the build machines), on 127.0.0.1 at a free port, its data in a
 * temp dir so it survives a stop and start (the "server down" scenarios). Its gaps beside
 * Apache CouchDB 3 are in docs/team-sync.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server');

export const COUCH_ADMIN = { user: 'admin', password: 'admin-secret' };

export interface CouchServer {
  url: string;
  port: number;
  /** Stops the process (the data stays). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
  /** An admin request (JSON in, JSON out). */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => done(port));
    });
  });
}

function hasAdmin(config: string): boolean {
  if (!existsSync(config)) return false;
  try {
    return Boolean((JSON.parse(readFileSync(config, 'utf8')) as { admins?: Record<string, unknown> }).admins?.[COUCH_ADMIN.user]);
  } catch {
    return false;
  }
}

export interface CouchOptions {
  /**
   * The server's data directory, kept by close() (the bench's seeded team database); by
   * default a new temp dir, removed by close(). An existing one already has its admin.
   */
  dir?: string;
}

export async function startCouch(options: CouchOptions = {}): Promise<CouchServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tacto-couch-'));
  if (options.dir) mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined;
  let adminSet = options.dir !== undefined && hasAdmin(join(dir, 'config.json'));
  const auth = `Basic ${Buffer.from(`${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`).toString('base64')}`;

  async function start(): Promise<void> {
    child = spawn(process.execPath, [BIN, '--dir', dir, '--config', join(dir, 'config.json'), '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr.slice(0, 2000)}`);
      const ok = await fetch(url).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not start: ${stderr.slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!adminSet) {
      // The first admin ends the "admin party"; from then on every write needs a user.
      const r = await fetch(`${url}_config/admins/${COUCH_ADMIN.user}`, { method: 'PUT', body: JSON.stringify(COUCH_ADMIN.password) });
      if (!r.ok) throw new Error(`could not set the admin: ${r.status}`);
      adminSet = true;
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((done) => {
      running.once('exit', () => done());
      running.kill('SIGTERM');
    });
  }

  await start();
  return {
    url,
    port,
    start,
    stop,
    async close() {
      await stop();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
    async admin(method, path, body) {
      const r = await fetch(`${url}${path}`, {
        method,
        headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json().catch(() => null)) as never };
    },
  };
}
