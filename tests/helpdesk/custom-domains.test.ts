/**
 * Custom domains: which content scripts a domain gets (read from the manifest, so the
 * MAIN-world page bridge comes along for Zendesk/Freshdesk), the reconciliation with the
 * granted permissions, and the adapter registry picking an adapter for a custom host.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADAPTERS, adapterForHost } from '@/lib/helpdesk/adapters/registry';
import { HELPDESK_PATTERNS, scriptsForDomain, syncCustomDomainScripts } from '@/lib/helpdesk/custom-domains';
import { defaultSettings } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';

const MANIFEST_SCRIPTS = [
  { matches: ['https://*.zendesk.com/agent/*', 'https://*.freshdesk.com/a/*', 'https://mail.google.com/*'], js: ['content-scripts/helpdesk.js'], run_at: 'document_idle' },
  { matches: ['https://*.zendesk.com/agent/*', 'https://*.freshdesk.com/a/*'], js: ['content-scripts/page-bridge.js'], run_at: 'document_idle', world: 'MAIN' as const },
];

describe('scriptsForDomain', () => {
  it('gives a Zendesk domain the helpdesk script and the MAIN-world bridge on /agent/*', () => {
    expect(scriptsForDomain({ host: 'support.acme.com', helpdesk: 'zendesk' }, MANIFEST_SCRIPTS)).toEqual([
      { id: 'tacto-custom-support.acme.com-0', matches: ['https://support.acme.com/agent/*'], js: ['content-scripts/helpdesk.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
      { id: 'tacto-custom-support.acme.com-1', matches: ['https://support.acme.com/agent/*'], js: ['content-scripts/page-bridge.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true, world: 'MAIN' },
    ]);
  });

  it('uses Freshdesk app path /a/*', () => {
    const scripts = scriptsForDomain({ host: 'help.acme.io', helpdesk: 'freshdesk' }, MANIFEST_SCRIPTS);
    expect(scripts.map((s) => s.matches)).toEqual([['https://help.acme.io/a/*'], ['https://help.acme.io/a/*']]);
  });

  it("matches the adapters' own patterns", () => {
    for (const [id, { builtIn }] of Object.entries(HELPDESK_PATTERNS)) {
      expect(ADAPTERS.find((a) => a.id === id)?.matches).toContain(builtIn);
    }
  });
});

describe('adapterForHost', () => {
  const domains = [{ host: 'support.acme.com', helpdesk: 'zendesk' as const }, { host: 'help.acme.io', helpdesk: 'freshdesk' as const }];
  it('keeps the built-in hosts and maps custom ones by their helpdesk type', () => {
    expect(adapterForHost('acme.zendesk.com')?.id).toBe('zendesk');
    expect(adapterForHost('mail.google.com', domains)?.id).toBe('gmail');
    expect(adapterForHost('support.acme.com', domains)?.id).toBe('zendesk');
    expect(adapterForHost('help.acme.io', domains)?.id).toBe('freshdesk');
    expect(adapterForHost('support.acme.com')).toBeUndefined();
    expect(adapterForHost('other.acme.com', domains)).toBeUndefined();
  });
});

describe('syncCustomDomainScripts', () => {
  let registered: Browser.scripting.RegisteredContentScript[];
  let granted: Set<string>;

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [{ id: 'tacto-custom-old.acme.com-0', matches: ['https://old.acme.com/agent/*'], js: ['x.js'] }, { id: 'someone-else', matches: ['https://x/*'], js: ['y.js'] }];
    granted = new Set(['https://support.acme.com/*', 'https://help.acme.io/*']);
    const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    b.runtime.getManifest = () => ({ content_scripts: MANIFEST_SCRIPTS });
    b.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
    b.scripting.getRegisteredContentScripts = vi.fn(async () => registered.map((s) => ({ ...s })));
    b.scripting.registerContentScripts = vi.fn(async (scripts: typeof registered) => {
      for (const s of scripts) {
        if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.push(s);
      }
    });
    b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    });
  });

  const settings = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

  it('registers granted domains, skips ungranted ones, removes stale registrations, leaves others alone', async () => {
    const active = await syncCustomDomainScripts(
      settings({
        customDomains: [
          { host: 'support.acme.com', helpdesk: 'zendesk' },
          { host: 'help.acme.io', helpdesk: 'freshdesk' },
          { host: 'nogrant.acme.com', helpdesk: 'zendesk' },
        ],
      }),
    );
    expect(active).toEqual(['support.acme.com', 'help.acme.io']);
    expect(registered.map((r) => r.id).sort()).toEqual([
      'someone-else',
      'tacto-custom-help.acme.io-0',
      'tacto-custom-help.acme.io-1',
      'tacto-custom-support.acme.com-0',
      'tacto-custom-support.acme.com-1',
    ]);
  });

  it('is idempotent, and removing a domain (or disabling its helpdesk) unregisters it', async () => {
    const both = settings({ customDomains: [{ host: 'support.acme.com', helpdesk: 'zendesk' }, { host: 'help.acme.io', helpdesk: 'freshdesk' }] });
    await syncCustomDomainScripts(both);
    await syncCustomDomainScripts(both);
    expect(registered.filter((r) => r.id.startsWith('tacto-custom-'))).toHaveLength(4);
    await syncCustomDomainScripts({ ...both, customDomains: [both.customDomains[1]] });
    expect(registered.filter((r) => r.id.startsWith('tacto-custom-')).map((r) => r.id)).toEqual(['tacto-custom-help.acme.io-0', 'tacto-custom-help.acme.io-1']);
    await syncCustomDomainScripts({ ...both, helpdesks: { ...both.helpdesks, freshdesk: false } });
    expect(registered.filter((r) => r.id.startsWith('tacto-custom-')).map((r) => r.id)).toEqual(['tacto-custom-support.acme.com-0', 'tacto-custom-support.acme.com-1']);
  });

  it('a revoked permission unregisters the domain at the next sync', async () => {
    const one = settings({ customDomains: [{ host: 'support.acme.com', helpdesk: 'zendesk' }] });
    await syncCustomDomainScripts(one);
    granted.clear();
    expect(await syncCustomDomainScripts(one)).toEqual([]);
    expect(registered.map((r) => r.id)).toEqual(['someone-else']);
  });
});
