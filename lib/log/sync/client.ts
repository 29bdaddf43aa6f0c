/**
 * A small CouchDB client over `fetch` (the background's and the options page's; Node's in
 * the CLI), with HTTP basic authentication. It speaks only the calls Tacto needs and
 * turns every failure into a `SyncState` the options page can show.
 */
import { BY_AGENT_VIEW, BY_TIME_VIEW, DESIGN_ID } from './design';
import type { TeamDoc } from './doc';
import { isWeekDoc, WEEK_DOC_PREFIX, WEEK_DOC_VERSION, weekDocPrefix, type WeekDoc } from './week-doc';

export interface TeamServer {
  /** The server's address, e.g. `https://couch.acme.example:6984` (no database, no credentials). */
  url: string;
  database: string;
  user: string;
  password: string;
  /**
   * Also send the events logged before this server was set (the options page's checkbox,
   * on by default; absent counts as on). Read once, when the background first meets this
   * server and user.
   */
  backfill?: boolean;
}

/** What the options page shows in `[data-tacto="team-status"]` (`data-state`). */
export const SYNC_STATES = ['off', 'connected', 'wrong-password', 'forbidden', 'no-database', 'unreachable', 'permission-refused', 'server-error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export class SyncError extends Error {
  constructor(
    readonly state: Exclude<SyncState, 'off' | 'connected'>,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** One row of a `_bulk_docs` answer. */
export interface BulkResult {
  id: string;
  ok?: boolean;
  rev?: string;
  error?: string;
  reason?: string;
}

/** `https://host:port/` with a trailing slash, or null when it is not an http(s) URL without credentials. */
export function normaliseServerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/**
 * A database's address (`https://couch.acme.example:6984/tacto`) split into the server's
 * address and the database name; null when it is not one (no credentials, query or hash).
 */
export function splitDatabaseUrl(raw: string): { url: string; database: string } | null {
  const whole = normaliseServerUrl(raw);
  if (!whole) return null;
  const path = new URL(whole).pathname.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  const database = decodeURIComponent(path.slice(slash + 1));
  if (!DATABASE_NAME.test(database)) return null;
  const url = new URL(whole);
  url.pathname = path.slice(0, slash + 1);
  return { url: url.href, database };
}

/** The database's address as the options page shows it. */
export function databaseUrl(server: { url: string; database: string }): string {
  return `${normaliseServerUrl(server.url) ?? server.url}${encodeURIComponent(server.database)}`;
}

/** What the contract's `[data-tacto="sync-state"]` says (`data-state`); the precise state is `data-reason`. */
export function contractState(state: SyncState): 'off' | 'connected' | 'offline' | 'error' {
  return state === 'off' || state === 'connected' ? state : state === 'unreachable' ? 'offline' : 'error';
}

/** The host permission pattern for a server (`http://127.0.0.1/*`: match patterns carry no port). */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** CouchDB database names: lowercase letter first, then lowercase letters, digits and _$()+-/. */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export class CouchClient {
  private readonly base: string;
  private readonly auth: string;

  constructor(
    readonly server: TeamServer,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {
    const url = normaliseServerUrl(server.url);
    if (!url) throw new SyncError('server-error', 'not an http(s) server address');
    this.base = url;
    this.auth = basicAuth(server.user, server.password);
  }

  /** The database's address (its name escaped, `/` included). */
  dbUrl(path = ''): string {
    return `${this.base}${encodeURIComponent(this.server.database)}${path}`;
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        ...init,
        // Never a cookie or a cached answer: each call carries its own credentials.
        credentials: 'omit',
        cache: 'no-store',
        headers: { Accept: 'application/json', Authorization: this.auth, ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...(init.headers ?? {}) },
      });
    } catch (error) {
      throw new SyncError('unreachable', error instanceof Error ? error.message : String(error));
    }
    return response;
  }

  async json<T>(url: string, init: RequestInit = {}, accept: number[] = []): Promise<{ status: number; body: T }> {
    const response = await this.request(url, init);
    if (!response.ok && !accept.includes(response.status)) throw await stateOf(response);
    const body = (await response.json().catch(() => {
      throw new SyncError('server-error', `HTTP ${response.status}: not JSON`);
    })) as T;
    return { status: response.status, body };
  }

  /** Checks that these credentials can reach the database (GET /db). */
  async check(): Promise<{ docs: number }> {
    const { body } = await this.json<{ doc_count?: number }>(this.dbUrl());
    return { docs: typeof body.doc_count === 'number' ? body.doc_count : 0 };
  }

  async bulkDocs(docs: TeamDoc[]): Promise<BulkResult[]> {
    const { body } = await this.json<BulkResult[]>(this.dbUrl('/_bulk_docs'), { method: 'POST', body: JSON.stringify({ docs }) });
    if (!Array.isArray(body)) throw new SyncError('server-error', '_bulk_docs answered without a list');
    return body;
  }

  /** Rows of the by-time view for `start <= t < end`. */
  async eventsBetween(start: number, end: number): Promise<{ id: string; value: unknown }[]> {
    const query = `?startkey=${start}&endkey=${end}&inclusive_end=false`;
    const { body } = await this.json<{ rows?: { id: string; value: unknown }[] }>(this.dbUrl(`/${DESIGN_ID}/_view/${BY_TIME_VIEW}${query}`));
    return body.rows ?? [];
  }

  /**
   * Week documents (./week-doc.ts) of the UTC weeks `first` to `last`, every agent and part:
   * one `_all_docs` key range, their ids sorting by week first.
   */
  async weekDocs(first: string, last: string): Promise<WeekDoc[]> {
    return this.weekDocRange(`${WEEK_DOC_PREFIX}${first}:`, `${WEEK_DOC_PREFIX}${last}:\ufff0`);
  }

  /** The stored parts of one agent's week. */
  async weekDocsOf(week: string, agent: string): Promise<WeekDoc[]> {
    const prefix = weekDocPrefix(week, agent);
    return this.weekDocRange(prefix, `${prefix}\ufff0`);
  }

  private async weekDocRange(startkey: string, endkey: string): Promise<WeekDoc[]> {
    const query = `?include_docs=true&startkey=${encodeURIComponent(JSON.stringify(startkey))}&endkey=${encodeURIComponent(JSON.stringify(endkey))}`;
    const { body } = await this.json<{ rows?: { doc?: unknown }[] }>(this.dbUrl(`/_all_docs${query}`));
    return (body.rows ?? []).map((r) => r.doc).filter(isWeekDoc);
  }

  /** Whether the database's design document says agents keep week documents (team-setup of this version). */
  async keepsWeekDocs(): Promise<boolean> {
    const { status, body } = await this.json<{ tacto?: { weekDocs?: unknown } }>(this.dbUrl(`/${DESIGN_ID}`), {}, [404]);
    return status === 200 && body.tacto?.weekDocs === WEEK_DOC_VERSION;
  }

  /** `_bulk_docs` of any documents, answered per document. */
  async saveDocs(docs: object[]): Promise<BulkResult[]> {
    const { body } = await this.json<BulkResult[]>(this.dbUrl('/_bulk_docs'), { method: 'POST', body: JSON.stringify({ docs }) });
    if (!Array.isArray(body)) throw new SyncError('server-error', '_bulk_docs answered without a list');
    return body;
  }

  /** The oldest event time, or null. */
  async earliest(): Promise<number | null> {
    const { body } = await this.json<{ rows?: { key: unknown }[] }>(this.dbUrl(`/${DESIGN_ID}/_view/${BY_TIME_VIEW}?limit=1`));
    const key = body.rows?.[0]?.key;
    return typeof key === 'number' ? key : null;
  }

  /** The newest event time before `end`, or null. */
  async latestBefore(end: number): Promise<number | null> {
    const query = `?descending=true&startkey=${end - 1}&limit=1`;
    const { body } = await this.json<{ rows?: { key: unknown }[] }>(this.dbUrl(`/${DESIGN_ID}/_view/${BY_TIME_VIEW}${query}`));
    const key = body.rows?.[0]?.key;
    return typeof key === 'number' ? key : null;
  }

  /**
   * Every agent alias with events on the server, stepping through the by-agent view one
   * alias at a time (one row read per agent, whatever the number of events). A database set
   * up before the view's key became `[alias]` is read the old way (a grouped `_count`).
   */
  async agents(): Promise<string[]> {
    const view = this.dbUrl(`/${DESIGN_ID}/_view/${BY_AGENT_VIEW}`);
    const names: string[] = [];
    let startkey: unknown[] | null = null;
    for (;;) {
      const from: string = startkey ? `&startkey=${encodeURIComponent(JSON.stringify(startkey))}` : '';
      const answer: { body: { rows?: { key: unknown }[] } } = await this.json<{ rows?: { key: unknown }[] }>(`${view}?reduce=false&limit=1${from}`);
      const key: unknown = answer.body.rows?.[0]?.key;
      if (key === undefined) return names;
      if (!Array.isArray(key)) {
        const grouped = await this.json<{ rows?: { key: unknown }[] }>(`${view}?group=true`);
        return (grouped.body.rows ?? []).map((r) => r.key).filter((k): k is string => typeof k === 'string');
      }
      // A server that ignored startkey would answer the same row again: stop there.
      if (typeof key[0] !== 'string' || names.includes(key[0])) return names;
      names.push(key[0]);
      // Objects sort after every string: [alias, {}] is past every row of this alias.
      startkey = [key[0], {}];
    }
  }
}

/** The state an error answer means. */
export async function stateOf(response: Response): Promise<SyncError> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; reason?: string };
  const detail = `HTTP ${response.status}${body.error ? ` ${body.error}` : ''}${body.reason ? `: ${body.reason}` : ''}`;
  if (response.status === 401) return new SyncError('wrong-password', detail);
  if (response.status === 403) return new SyncError('forbidden', detail);
  if (response.status === 404) return new SyncError('no-database', detail);
  return new SyncError('server-error', detail);
}
