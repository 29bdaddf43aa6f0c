/**
 * The log's one writer: the options page's write requests (import, prune, delete) reach
 * Dexie only through the background, which answers the extension's own pages and refuses
 * content scripts, whatever they send.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../lib/log/db';
import { parseExport, type ParsedExport } from '../../lib/log/import';
import { isExtensionPage, type SenderInfo } from '../../lib/log/messaging';
import { isQuotaError } from '../../lib/log/store';
import { backgroundLogWriter, isLogWriteRequest, parseLogWrite, serveLogWrite, type LogWriter } from '../../lib/log/write-requests';
import { appendEvents, dexieLogWriter } from '../../lib/log/writer';
import { makeEvents } from './fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ROOT = `chrome-extension://${ID}/`;
const OPTIONS: SenderInfo = { id: ID, url: `${ROOT}options.html#dashboard`, tab: { id: 4, url: `${ROOT}options.html#dashboard` } };
const POPUP: SenderInfo = { id: ID, url: `${ROOT}popup.html` };
const CONTENT_SCRIPT: SenderInfo = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7, url: 'https://acme.zendesk.com/agent/tickets/1' } };
const WEEK = '2026-W48';

function file(events = makeEvents(WEEK, 12, 'luis')): ParsedExport {
  return { ok: true, agent: 'luis', week: WEEK, generatedAt: '2026-11-30T09:00:00.000Z', events };
}

describe('which senders are the extension\'s own pages', () => {
  it.each([
    ['the options page in its tab', OPTIONS],
    ['the popup (no tab)', POPUP],
    ['the options page embedded in chrome://extensions', { id: ID, url: `${ROOT}options.html`, tab: { url: `chrome://extensions/?options=${ID}` } }],
    ['Firefox\'s options page', { id: 'tacto@tacto.app', url: 'moz-extension://5f0c/options.html', tab: { url: 'moz-extension://5f0c/options.html' } }, 'tacto@tacto.app', 'moz-extension://5f0c/'],
    ['our page in a tab whose address the browser withheld', { id: ID, url: `${ROOT}options.html`, tab: { id: 4 } }],
  ])('%s: yes', (_name, sender, id = ID, root = ROOT) => {
    expect(isExtensionPage(sender as SenderInfo, id, root)).toBe(true);
  });

  it.each([
    ['a content script on a helpdesk page', CONTENT_SCRIPT],
    ['a content script that claims our page as its url', { ...CONTENT_SCRIPT, url: `${ROOT}options.html` }],
    ['a content script in a frame without a tab url', { id: ID, url: 'https://acme.zendesk.com/frame', tab: { id: 7 } }],
    ['our page framed by a web page', { id: ID, url: `${ROOT}options.html`, tab: { url: 'https://evil.example/' } }],
    ['another extension\'s page', { id: 'other', url: `chrome-extension://other/options.html` }],
    ['a longer id sharing our prefix', { id: ID, url: `chrome-extension://${ID}x/options.html` }],
    ['a sender without a url', { id: ID }],
  ])('%s: no', (_name, sender) => {
    expect(isExtensionPage(sender as SenderInfo, ID, ROOT)).toBe(false);
  });

  it('needs the root with its slash (a bare origin would let a longer one through)', () => {
    expect(isExtensionPage(POPUP, ID, ROOT.slice(0, -1))).toBe(false);
  });
});

describe('the write requests\' shapes', () => {
  it('accepts the three verbs, the import with its events in the contract\'s field order', () => {
    const { ok: _ok, ...checked } = file();
    const parsed = parseLogWrite({ type: 'log/import', file: checked });
    expect(parsed).toEqual({ type: 'log/import', file: checked });
    if (parsed?.type !== 'log/import') throw new Error('not an import');
    expect(Object.keys(parsed.file.events[0])).toEqual(Object.keys(checked.events[0]));
    expect(parseLogWrite({ type: 'log/prune' })).toEqual({ type: 'log/prune' });
    expect(parseLogWrite({ type: 'log/delete-all' })).toEqual({ type: 'log/delete-all' });
  });

  const { ok: _ok, ...good } = file();
  it.each([
    ['a prune with a retention of its own', { type: 'log/prune', retentionWeeks: 0 }],
    ['a delete with more fields', { type: 'log/delete-all', confirm: true }],
    ['an import without a file', { type: 'log/import' }],
    ['an event with a topic source', { type: 'log/import', file: { ...good, events: [{ ...good.events[0], topicSource: 'My card 4111' }] } }],
    ['an event with an unknown rule', { type: 'log/import', file: { ...good, events: [{ ...good.events[1], type: 'shouting' }] } }],
    ['an event without its agent', { type: 'log/import', file: { ...good, events: [{ ...good.events[0], agent: '' }] } }],
    ['a bad week', { type: 'log/import', file: { ...good, week: '2026-48' } }],
    ['an alias with a line break', { type: 'log/import', file: { ...good, agent: 'luis\nana' } }],
  ])('refuses %s', (_name, message) => {
    expect(isLogWriteRequest(message)).toBe(true);
    expect(parseLogWrite(message)).toBeNull();
  });

  it('tells write requests from the rest', () => {
    expect(isLogWriteRequest({ type: 'log/append', events: [] })).toBe(false);
    expect(isLogWriteRequest('log/delete-all')).toBe(false);
    expect(isLogWriteRequest(null)).toBe(false);
  });
});

describe('the background serving them', () => {
  async function setup() {
    const db = new TactoDatabase(`writes-${Math.random()}`);
    await appendEvents(db, [...makeEvents('2026-W10', 4, 'ana', 'old'), ...makeEvents(WEEK, 6)]);
    const now = () => new Date('2026-11-30T12:00:00Z');
    const server = { extensionId: ID, extensionRoot: ROOT, writer: dexieLogWriter(db, { retention: async () => 26, now }) };
    return { db, server };
  }

  it('refuses every verb to a content script and changes nothing', async () => {
    const { db, server } = await setup();
    const { ok: _ok, ...checked } = file();
    for (const message of [{ type: 'log/delete-all' }, { type: 'log/prune' }, { type: 'log/import', file: checked }, { type: 'log/delete-all', junk: 1 }]) {
      expect(await serveLogWrite(message, CONTENT_SCRIPT, server)).toMatchObject({ ok: false, name: 'NotAllowedError' });
    }
    expect(await db.events.count()).toBe(10);
    expect(await db.imports.count()).toBe(0);
  });

  it('answers the options page: merge, prune by the setting, delete', async () => {
    const { db, server } = await setup();
    const send = (message: unknown) => serveLogWrite(JSON.parse(JSON.stringify(message)), OPTIONS, server);
    const writer: LogWriter = backgroundLogWriter(send);
    const merged = await writer.merge(file());
    expect(merged).toEqual({ events: 12, added: 12, rollCall: [{ agent: 'luis', week: WEEK, events: 12, added: 12 }] });
    expect((await writer.merge(file())).added).toBe(0);
    expect(await db.imports.count()).toBe(1);
    expect(await writer.prune()).toBe(4);
    expect(await db.events.count()).toBe(18);
    await writer.deleteAll();
    expect(await db.events.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('merges what a real export parses to, as the options page sends it', async () => {
    const { db, server } = await setup();
    const text = JSON.stringify({ format: 'tacto-moments', version: 1, week: WEEK, agent: 'marta', generatedAt: '2026-11-30T09:00:00.000Z', events: makeEvents(WEEK, 3, '', 'm') });
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.code);
    const writer = backgroundLogWriter((message) => serveLogWrite(message, POPUP, server));
    expect((await writer.merge(parsed)).added).toBe(3);
    expect((await db.events.where('agent').equals('marta').toArray()).map((e) => e.id).sort()).toEqual(['m:finding:1', 'm:finding:2', 'm:moment:0']);
  });

  it('answers a malformed request from our page with an error, and the page throws it', async () => {
    const { server } = await setup();
    expect(await serveLogWrite({ type: 'log/prune', retentionWeeks: 0 }, OPTIONS, server)).toEqual({ ok: false, name: 'TypeError', error: 'malformed message' });
    const writer = backgroundLogWriter(async () => ({ ok: false, name: 'NotAllowedError', error: 'no' }));
    await expect(writer.deleteAll()).rejects.toThrow('no');
    await expect(backgroundLogWriter(async () => undefined).prune()).rejects.toThrow(/did not answer/);
  });

  it('keeps a full disk a quota error on the page (the dashboard says the disk is full)', async () => {
    const full: LogWriter = {
      merge: async () => {
        throw Object.assign(new Error('Transaction failed'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
      },
      prune: async () => 0,
      deleteAll: async () => {
        throw Object.assign(new Error('broken'), { name: 'UnknownError' });
      },
    };
    const server = { extensionId: ID, extensionRoot: ROOT, writer: full };
    const writer = backgroundLogWriter((message) => serveLogWrite(message, OPTIONS, server));
    const error = await writer.merge(file()).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    const other = await writer.deleteAll().catch((e: unknown) => e);
    expect(isQuotaError(other)).toBe(false);
    expect(other).toMatchObject({ name: 'UnknownError', message: 'broken' });
  });
});
