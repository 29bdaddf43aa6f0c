import { describe, expect, it } from 'vitest';
import { LOG_EVENT_FIELDS, logEventOf, parseContentMessage, senderKind, type EventReport } from '../../lib/log/messaging';

const event: EventReport = {
  id: 'moment:zendesk:1234:anger:2026-11-23',
  at: '2026-11-23T10:00:00.000Z',
  helpdesk: 'zendesk',
  ticket: '1234',
  kind: 'moment',
  type: 'anger',
  action: 'seen',
  lang: 'es',
};

describe('content messages', () => {
  it('accepts a well-formed append', () => {
    expect(parseContentMessage({ type: 'log/append', events: [event] })).toEqual({ type: 'log/append', events: [event] });
  });

  it('accepts a dismissed finding (ignore, never flag, rule off) and the sidebar\'s request for the dashboard', () => {
    const dismissed = { ...event, id: 'finding:abc:1', kind: 'finding' as const, type: 'blame' as const, action: 'dismissed' as const };
    expect(parseContentMessage({ type: 'log/append', events: [dismissed] })).toEqual({ type: 'log/append', events: [dismissed] });
    expect(parseContentMessage({ type: 'ui/open-options', section: 'dashboard' })).toEqual({ type: 'ui/open-options', section: 'dashboard' });
  });

  it.each([
    ['an unknown options section', { type: 'ui/open-options', section: 'chrome://settings' }],
    ['an options request with more fields', { type: 'ui/open-options', section: 'dashboard', url: 'https://evil.example' }],
    ['an unknown type', { type: 'log/query' }],
    ['no events', { type: 'log/append', events: [] }],
    ['a moment typed as a rule', { type: 'log/append', events: [{ ...event, type: 'blame' }] }],
    ['a finding typed as a moment', { type: 'log/append', events: [{ ...event, kind: 'finding' }] }],
    ['an unknown helpdesk', { type: 'log/append', events: [{ ...event, helpdesk: 'intercom' }] }],
    ['a bad date', { type: 'log/append', events: [{ ...event, at: 'yesterday' }] }],
    ['an unknown action', { type: 'log/append', events: [{ ...event, action: 'deleted' }] }],
    ['a huge topic source', { type: 'log/append', events: [{ ...event, topicSource: 'x'.repeat(501) }] }],
    ['too many events', { type: 'log/append', events: Array.from({ length: 201 }, () => event) }],
    ['not an object', 'log/append'],
  ])('rejects %s', (_name, message) => {
    expect(parseContentMessage(message)).toBeNull();
  });
});

describe('sender trust', () => {
  const id = 'abcdef';
  const origin = 'chrome-extension://abcdef';
  it('tells our pages, our content scripts and strangers apart', () => {
    expect(senderKind({ id, url: `${origin}/options.html` }, id, origin)).toBe('page');
    expect(senderKind({ id, url: 'https://acme.zendesk.com/agent/tickets/1', tab: {} }, id, origin)).toBe('content');
    expect(senderKind({ id: 'other', url: `${origin}/options.html` }, id, origin)).toBe('foreign');
    expect(senderKind({ id, url: 'https://evil.example/' }, id, origin)).toBe('foreign');
  });
});

describe('what the background acts on', () => {
  it('keeps only the fields the protocol names', () => {
    const parsed = parseContentMessage({ type: 'log/append', events: [{ ...event, html: '<img src=x>', agent: 'someone' }], extra: 1 });
    expect(parsed).toStrictEqual({ type: 'log/append', events: [event] });
  });
});

describe('the logged fields', () => {
  it('are every field of a logged event, in the contract order, and nothing else', () => {
    const logged = { ...event, topic: 'reembolso', agent: 'ana' };
    expect(Object.keys(logEventOf({ ...logged, t: 1, extra: 'x' } as never))).toEqual([...LOG_EVENT_FIELDS]);
    expect(logEventOf(logged)).toEqual(logged);
    expect([...LOG_EVENT_FIELDS].sort()).toEqual(Object.keys(logged).sort());
  });
});
