/**
 * Firefox ESR driven over Marionette, for the extension's own pages (the options page),
 * which WebDriver BiDi cannot reach. Two things stand in BiDi's way, both read in Firefox's
 * remote agent (chrome://remote/content/, in omni.ja):
 * - navigation to moz-extension:// is refused ("is not allowed in this context") unless
 *   the remote agent allows system access (`MOZ_REMOTE_ALLOW_SYSTEM_ACCESS`);
 * - even then BiDi lists no extension browsing context (BrowsingContextUtils skips them
 *   "until we support debugging webextensions", Bug 1755014): `page.goto` times out and
 *   the tab reads about:blank.
 * Marionette's actors run in every process, extension ones included, so with system access
 * it opens and drives the options page. Only one WebDriver session may be open (BiDi's
 * and Marionette's count as one), so this harness starts its own Firefox: its own profile,
 * the same fixed extension UUID as ./firefox.ts, the build installed as a temporary add-on.
 *
 * The protocol: JSON over TCP, each packet `<length>:<json>`; commands
 * `[0, id, name, params]`, answers `[1, id, error, result]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_UUID, FIREFOX, FIREFOX_EXTENSION_DIR, INSTALL_FIREFOX, LAUNCH_TIMEOUT_MS } from './firefox.ts';

/** How WebDriver names an element reference in a result. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
export const EXTENSION_ROOT = `moz-extension://${EXTENSION_UUID}/`;

/** A reference to an element of the page, as WebDriver passes it. */
export interface ElementRef {
  [ELEMENT_KEY]: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

class MarionetteConnection {
  private buffer = Buffer.alloc(0);
  private next = 0;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  readonly hello: Promise<unknown>;

  constructor(private readonly socket: Socket) {
    let greet!: (value: unknown) => void;
    this.hello = new Promise((resolve) => (greet = resolve));
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (!Array.isArray(packet)) {
          greet(packet);
          continue;
        }
        const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (error) waiting?.reject(new Error(`${error.error}: ${error.message}`));
        else waiting?.resolve(result);
      }
    });
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('Marionette closed the connection'));
      this.pending.clear();
    });
  }

  send<T = unknown>(name: string, params: object = {}): Promise<T> {
    const id = ++this.next;
    const body = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  close(): void {
    this.socket.destroy();
  }
}

async function connectWhenListening(port: number, firefox: ChildProcess, ms: number): Promise<MarionetteConnection> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited (${firefox.exitCode}) before Marionette listened`);
    try {
      const socket = await new Promise<Socket>((resolve, reject) => {
        const s = connect(port, '127.0.0.1');
        s.once('connect', () => resolve(s));
        s.once('error', reject);
      });
      return new MarionetteConnection(socket);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Marionette did not listen on ${port} within ${ms} ms`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export interface MarionetteFirefox {
  /** Loads `url` in the session's tab and waits for its load event. */
  navigate(url: string): Promise<void>;
  refresh(): Promise<void>;
  /** Runs `script` (a function body; a returned promise is awaited) in the page. */
  execute<T>(script: string, args?: unknown[]): Promise<T>;
  /** The first element matching `css`, waiting up to `ms` for it. */
  find(css: string, ms?: number): Promise<ElementRef>;
  findAll(css: string): Promise<ElementRef[]>;
  click(element: ElementRef): Promise<void>;
  /** Types into an element; on `<input type=file>`, `text` is the file's path. */
  type(element: ElementRef, text: string): Promise<void>;
  clear(element: ElementRef): Promise<void>;
  text(element: ElementRef): Promise<string>;
  attribute(element: ElementRef, name: string): Promise<string | null>;
  close(): Promise<void>;
}

/** Firefox ESR with the built extension, over Marionette (see above). */
export async function launchFirefoxMarionette(): Promise<MarionetteFirefox> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is needed at ${FIREFOX}: ${INSTALL_FIREFOX}`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'tacto-ff-marionette-'));
  const prefs: Record<string, unknown> = {
    'marionette.port': port,
    // The same moz-extension:// origin as the BiDi suites.
    'extensions.webextensions.uuids': JSON.stringify({ 'tacto@tacto.app': EXTENSION_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    // No page here needs the network: nothing may leave this machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n'));
  const firefox = spawn(FIREFOX, ['--headless', '--marionette', '--no-remote', '--profile', profile], {
    // System access lets Marionette navigate to moz-extension:// (the options page).
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const kill = () => {
    if (!firefox.pid || firefox.exitCode !== null || firefox.signalCode !== null) return;
    try {
      process.kill(-firefox.pid, 'SIGKILL');
    } catch {
      firefox.kill('SIGKILL');
    }
  };
  let connection: MarionetteConnection | undefined;
  const close = async () => {
    connection?.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    connection?.close();
    kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    connection = await connectWhenListening(port, firefox, LAUNCH_TIMEOUT_MS);
    await connection.hello;
    await connection.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });
    await connection.send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
  } catch (error) {
    await close();
    throw error;
  }
  const m = connection;
  // Most answers wrap their result as {value}; a list of elements comes bare.
  const value = async <T>(name: string, params: object = {}): Promise<T> => {
    const answer = await m.send<unknown>(name, params);
    return (answer !== null && typeof answer === 'object' && !Array.isArray(answer) && 'value' in answer ? (answer as { value: T }).value : answer) as T;
  };
  const find = async (css: string, ms = 10_000): Promise<ElementRef> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const [found] = await value<ElementRef[]>('WebDriver:FindElements', { using: 'css selector', value: css });
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no element matches ${css} after ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    navigate: async (url) => void (await m.send('WebDriver:Navigate', { url })),
    refresh: async () => void (await m.send('WebDriver:Refresh')),
    execute: (script, args = []) => value('WebDriver:ExecuteScript', { script, args }),
    find,
    findAll: (css) => value<ElementRef[]>('WebDriver:FindElements', { using: 'css selector', value: css }),
    click: async (element) => void (await m.send('WebDriver:ElementClick', { id: element[ELEMENT_KEY] })),
    type: async (element, text) => void (await m.send('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text })),
    clear: async (element) => void (await m.send('WebDriver:ElementClear', { id: element[ELEMENT_KEY] })),
    text: (element) => value<string>('WebDriver:GetElementText', { id: element[ELEMENT_KEY] }),
    attribute: (element, name) => value<string | null>('WebDriver:GetElementAttribute', { id: element[ELEMENT_KEY], name }),
    close,
  };
}
