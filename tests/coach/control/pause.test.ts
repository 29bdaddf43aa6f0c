/** Pausing: scopes, ends, resume, expiry, damaged storage; and what the popup says about a tab. */
import { describe, expect, it } from 'vitest';
import { activePause, emptyPause, formatPauseEnd, normalisePause, pauseEnd, pruneExpired, withoutPause, withPause } from '@/lib/coach/control/pause';
import { describeTab, helpdeskForUrl, isTabStateQuery, matchesPattern, type TabReport } from '@/lib/coach/control/tab-state';

const now = new Date(2026, 10, 20, 17, 30);
const t = now.getTime();
const zendesk = { host: 'acme.zendesk.com', helpdesk: 'zendesk', ticket: '1234' };

describe('pause', () => {
  it('ends in an hour or at the next local midnight', () => {
    expect(pauseEnd('1h', now)).toBe(t + 3_600_000);
    expect(pauseEnd('tomorrow', now)).toBe(new Date(2026, 10, 21).getTime());
  });

  it('applies by scope: a ticket pause only there, a site pause on every ticket of the site, everywhere on every site', () => {
    const ticket = withPause(emptyPause(), 'ticket', zendesk, t + 1000, t);
    expect(activePause(ticket, zendesk, t)).toEqual({ scope: 'ticket', until: t + 1000 });
    expect(activePause(ticket, { ...zendesk, ticket: '1187' }, t)).toBeNull();
    const site = withPause(emptyPause(), 'site', zendesk, t + 1000, t);
    expect(activePause(site, { ...zendesk, ticket: '1187' }, t)?.scope).toBe('site');
    expect(activePause(site, { host: 'mail.google.com' }, t)).toBeNull();
    const everywhere = withPause(emptyPause(), 'everywhere', zendesk, t + 1000, t);
    expect(activePause(everywhere, { host: 'mail.google.com' }, t)?.scope).toBe('everywhere');
    // A ticket pause without a ticket cannot be made.
    expect(withPause(emptyPause(), 'ticket', { host: 'mail.google.com' }, t + 1000, t)).toEqual(emptyPause());
  });

  it('ends on its own, and expired pauses are dropped', () => {
    const state = withPause(emptyPause(), 'site', zendesk, t + 1000, t);
    expect(activePause(state, zendesk, t + 1000)).toBeNull();
    expect(pruneExpired(state, t + 1000)).toEqual(emptyPause());
  });

  it('resume ends every pause in force here, and only those', () => {
    let state = withPause(emptyPause(), 'ticket', zendesk, t + 1000, t);
    state = withPause(state, 'site', zendesk, t + 2000, t);
    state = withPause(state, 'everywhere', zendesk, t + 3000, t);
    state = withPause(state, 'site', { host: 'acme.freshdesk.com' }, t + 4000, t);
    expect(activePause(state, zendesk, t)).toEqual({ scope: 'everywhere', until: t + 3000 });
    const resumed = withoutPause(state, zendesk, t);
    expect(activePause(resumed, zendesk, t)).toBeNull();
    expect(activePause(resumed, { host: 'acme.freshdesk.com' }, t)?.scope).toBe('site');
  });

  it('a damaged stored value means "not paused"', () => {
    expect(normalisePause(null)).toEqual(emptyPause());
    expect(normalisePause({ everywhere: 'soon', sites: { a: 'x', b: 5 }, tickets: [] })).toEqual({ everywhere: null, sites: { b: 5 }, tickets: {} });
  });

  it('writes the end as a time today, with the weekday otherwise', () => {
    expect(formatPauseEnd(t + 3_600_000, now, 'en')).toMatch(/^06:30\sPM$/);
    expect(formatPauseEnd(new Date(2026, 10, 21).getTime(), now, 'es')).toMatch(/^sáb/);
  });
});

describe('the popup on a tab', () => {
  const report = (over: Partial<TabReport> = {}): TabReport => ({ helpdesk: 'zendesk', enabled: true, place: zendesk, pause: null, ...over });
  const facts = { customDomain: false, granted: false };

  it('active, paused or off on a helpdesk whose script answers', () => {
    expect(describeTab({ ...facts, report: report() }).state).toBe('active');
    expect(describeTab({ ...facts, report: report({ pause: { scope: 'site', until: t } }) })).toMatchObject({ state: 'paused', pause: { scope: 'site' } });
    expect(describeTab({ ...facts, report: report({ enabled: false }) })).toMatchObject({ state: 'inactive', reason: 'helpdesk-off' });
  });

  it('says why not where no script answers', () => {
    expect(describeTab({ ...facts, report: null })).toMatchObject({ state: 'inactive', reason: 'not-helpdesk', place: null });
    expect(describeTab({ report: null, host: 'support.acme.com', helpdeskForHost: 'zendesk', customDomain: true, granted: false })).toMatchObject({ reason: 'domain-not-granted' });
    expect(describeTab({ report: null, host: 'acme.zendesk.com', helpdeskForHost: 'zendesk', customDomain: false, granted: true })).toMatchObject({ reason: 'reload' });
  });

  it('recognises only its own query', () => {
    expect(isTabStateQuery({ type: 'tacto/tab-state' })).toBe(true);
    expect(isTabStateQuery({ type: 'log/append' })).toBe(false);
    expect(isTabStateQuery(null)).toBe(false);
  });
});

describe('which helpdesk a tab address is', () => {
  const patterns = [
    { helpdesk: 'zendesk' as const, pattern: 'https://*.zendesk.com/agent/*' },
    { helpdesk: 'gmail' as const, pattern: 'https://mail.google.com/*' },
    { helpdesk: 'freshdesk' as const, pattern: 'https://support.acme.com/a/*' },
  ];
  it('matches host wildcards and paths like the browser', () => {
    expect(matchesPattern('https://acme.zendesk.com/agent/tickets/1', 'https://*.zendesk.com/agent/*')).toBe(true);
    expect(matchesPattern('https://acme.zendesk.com/hc/en-us', 'https://*.zendesk.com/agent/*')).toBe(false);
    expect(matchesPattern('https://evilzendesk.com/agent/x', 'https://*.zendesk.com/agent/*')).toBe(false);
    expect(matchesPattern('http://acme.zendesk.com/agent/x', 'https://*.zendesk.com/agent/*')).toBe(false);
    expect(matchesPattern('not a url', 'https://*.zendesk.com/agent/*')).toBe(false);
  });
  it('names the helpdesk, built-in or custom, or none', () => {
    expect(helpdeskForUrl('https://mail.google.com/mail/u/0/', patterns)).toBe('gmail');
    expect(helpdeskForUrl('https://support.acme.com/a/tickets/5', patterns)).toBe('freshdesk');
    expect(helpdeskForUrl('https://support.acme.com/blog', patterns)).toBeUndefined();
    expect(helpdeskForUrl('https://example.org/', patterns)).toBeUndefined();
  });
});
