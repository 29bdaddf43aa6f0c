/**
 * The options page's requests to the log's one writer, the background: merge a checked
 * team file (`log/import`), apply the retention setting (`log/prune`), delete everything
 * (`log/delete-all`). The background serves them to the extension's own pages only — a
 * content script lives in a helpdesk page that may be hostile, so it may append events
 * (./messaging.ts) but never rewrite or wipe the log. Both ends are here, pure, so the
 * round trip is unit-tested without a browser.
 */
import * as v from 'valibot';
import { checkedExportSchema, type MergeResult, type ParsedExport } from './import';
import { isExtensionPage, logEventOf, type LogEvent, type SenderInfo } from './messaging';

/** What the options page may ask the background to write. */
export type LogWriteMessage =
  | { type: 'log/import'; file: Omit<ParsedExport, 'ok'> }
  | { type: 'log/prune' }
  | { type: 'log/delete-all' };
export const LOG_WRITE_TYPES = ['log/import', 'log/prune', 'log/delete-all'] as const;

/** The answer: what was done, or the error by name and message (a quota error must stay one for the page). */
export type LogWriteResponse =
  | { ok: true; merged?: MergeResult; pruned?: number }
  | { ok: false; error: string; name: string };

/** The log's writes, as the dashboard sees them: Dexie in the background, messages on the options page. */
export interface LogWriter {
  /** Merges a file ./import.ts accepted, in one transaction. */
  merge(file: ParsedExport): Promise<MergeResult>;
  /** Deletes events older than the retention setting; returns how many. */
  prune(): Promise<number>;
  /** Deletes every event, import record and queued team-server document. */
  deleteAll(): Promise<void>;
}

const logWriteSchema = v.variant('type', [
  v.strictObject({ type: v.literal('log/import'), file: checkedExportSchema }),
  v.strictObject({ type: v.literal('log/prune') }),
  v.strictObject({ type: v.literal('log/delete-all') }),
]);

/** Whether a message asks for a log write, whatever its shape: the sender is checked before the shape. */
export function isLogWriteRequest(value: unknown): boolean {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof value === 'object' && value !== null && (LOG_WRITE_TYPES as readonly unknown[]).includes(type);
}

/** The message if it is a well-formed log write (only its known fields), else null. */
export function parseLogWrite(value: unknown): LogWriteMessage | null {
  const result = v.safeParse(logWriteSchema, value, { abortEarly: true });
  if (!result.success) return null;
  const message = result.output;
  if (message.type !== 'log/import') return message;
  // The schema's output lists fields in its own order; the log's order is the contract's.
  return { type: 'log/import', file: { ...message.file, events: message.file.events.map((e) => logEventOf(e as LogEvent)) } };
}

export interface LogWriteServer {
  extensionId: string;
  /** runtime.getURL('/'): the extension's own origin, with its slash. */
  extensionRoot: string;
  writer: LogWriter;
}

const failure = (error: unknown): LogWriteResponse => {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; inner?: { name?: unknown } };
  // Dexie wraps a full disk in its own error; the page tells a quota apart by the name.
  const quota = [e.name, e.inner?.name].some((name) => name === 'QuotaExceededError' || name === 'DiskFull');
  return { ok: false, name: quota ? 'QuotaExceededError' : typeof e.name === 'string' ? e.name : 'Error', error: typeof e.message === 'string' ? e.message : String(error) };
};

/** The background's side: refuses anyone but our own pages, checks the shape, then writes. */
export async function serveLogWrite(raw: unknown, sender: SenderInfo, server: LogWriteServer): Promise<LogWriteResponse> {
  if (!isExtensionPage(sender, server.extensionId, server.extensionRoot)) return { ok: false, name: 'NotAllowedError', error: 'log writes are answered to the extension’s own pages only' };
  const message = parseLogWrite(raw);
  if (!message) return { ok: false, name: 'TypeError', error: 'malformed message' };
  try {
    if (message.type === 'log/import') return { ok: true, merged: await server.writer.merge({ ok: true, ...message.file }) };
    if (message.type === 'log/prune') return { ok: true, pruned: await server.writer.prune() };
    await server.writer.deleteAll();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** The options page's side: each write is a message to the background; a refusal or failure throws. */
export function backgroundLogWriter(send: (message: LogWriteMessage) => Promise<unknown>): LogWriter {
  async function request(message: LogWriteMessage): Promise<Extract<LogWriteResponse, { ok: true }>> {
    const answer = (await send(message)) as LogWriteResponse | undefined;
    if (!answer || typeof answer !== 'object') throw new Error('the background did not answer');
    if (!answer.ok) throw Object.assign(new Error(answer.error), { name: answer.name });
    return answer;
  }
  return {
    async merge(file) {
      const { ok: _ok, ...rest } = file;
      const { merged } = await request({ type: 'log/import', file: rest });
      if (!merged) throw new Error('the background did not say what it merged');
      return merged;
    },
    prune: async () => (await request({ type: 'log/prune' })).pruned ?? 0,
    deleteAll: async () => void (await request({ type: 'log/delete-all' })),
  };
}
