// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshdesk } from '../../../lib/helpdesk/adapters/freshdesk';
import { gmail } from '../../../lib/helpdesk/adapters/gmail';
import { adapterForHost } from '../../../lib/helpdesk/adapters/registry';
import { zendesk } from '../../../lib/helpdesk/adapters/zendesk';
import { loadFixture } from './fixture-dom';

const signal = new AbortController().signal;
afterEach(() => vi.unstubAllGlobals());

describe('adapter registry', () => {
  it('picks the adapter by host', () => {
    expect(adapterForHost('acme.zendesk.com')?.id).toBe('zendesk');
    expect(adapterForHost('acme.freshdesk.com')?.id).toBe('freshdesk');
    expect(adapterForHost('mail.google.com')?.id).toBe('gmail');
    expect(adapterForHost('zendesk.com.evil.example')).toBeUndefined();
  });
});

describe('zendesk adapter on the fixture workspace', () => {
  it('reads the visible ticket: id, priority from the API, requester, newest customer message', async () => {
    loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/1234');
    const editors = [...document.querySelectorAll<HTMLElement>(zendesk.editorSelectors.join(', '))];
    expect(editors).toHaveLength(2);
    const active = editors.find((e) => e.closest('[data-ticket-id="1234"]'))!;
    const context = await zendesk.readContext(active, signal);
    expect(context).toMatchObject({ helpdesk: 'zendesk', ticketId: '1234', priority: 'normal', requesterFirstName: 'María' });
    expect(context.customerMessage).toMatch(/tercera vez/);
  });

  it('tells public replies from internal notes by the channel switcher', () => {
    loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/1234');
    const pane = document.querySelector('[data-ticket-id="1234"]')!;
    const editor = pane.querySelector<HTMLElement>(zendesk.editorSelectors[0])!;
    expect(zendesk.isInternalNote(editor)).toBe(false);
    pane.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.setAttribute('data-channel', 'internal');
    expect(zendesk.isInternalNote(editor)).toBe(true);
  });

  it('finds the submit controls in the pane, not the status menu opener', () => {
    loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/1234');
    const pane = document.querySelector('[data-ticket-id="1234"]')!;
    const editor = pane.querySelector<HTMLElement>(zendesk.editorSelectors[0])!;
    const scope = zendesk.sendScopeOf(editor);
    const controls = zendesk.sendSelectors.flatMap((s) => [...scope.querySelectorAll(s)]);
    expect(controls.length).toBeGreaterThanOrEqual(4);
    expect(controls.some((c) => c.getAttribute('data-test-id') === 'submit_button-menu-button')).toBe(false);
  });
});

describe('freshdesk adapter on the fixture ticket', () => {
  it('reads priority, requester and the newest incoming public message from the API', async () => {
    loadFixture('freshdesk', 'https://acme.freshdesk.com/a/tickets/5678');
    const context = await freshdesk.readContext(document.body, signal);
    expect(context).toMatchObject({ helpdesk: 'freshdesk', ticketId: '5678', priority: 'normal', requesterFirstName: 'Carlos' });
    expect(context.customerMessage).toBe('¡Es una vergüenza! Me prometieron el reembolso hace dos semanas y nada.');
  });
});

describe('gmail adapter on the fixture thread', () => {
  it("reads the thread id and the customer's latest message, not the agent's", async () => {
    loadFixture('gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ');
    const context = await gmail.readContext(document.body, signal);
    expect(context.ticketId).toBe('18c1a0b2c3d4e501');
    expect(context.requesterFirstName).toBe('Lucía');
    expect(context.customerMessage).toMatch(/^Me dijeron que el cambio de plan/);
    expect(context.priority).toBeUndefined();
  });
});

describe('protected regions and room (docs/helpdesk-dom.md, «Regions»)', () => {
  const PAGES = [
    { adapter: zendesk, site: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1234' },
    { adapter: freshdesk, site: 'freshdesk', url: 'https://acme.freshdesk.com/a/tickets/5678' },
    { adapter: gmail, site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmHkLqRnTpVbZcXxGhNs' },
  ] as const;
  for (const { adapter, site, url } of PAGES) {
    it(`${site}: every protected selector and the room column exist on the fixture page`, () => {
      loadFixture(site, url);
      const missing = adapter.protectedSelectors.filter((s) => !document.querySelector(s));
      expect(missing).toEqual([]);
      expect(adapter.roomSelector && document.querySelector(adapter.roomSelector)).toBeTruthy();
    });
  }
});
