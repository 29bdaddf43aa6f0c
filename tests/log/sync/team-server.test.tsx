// @vitest-environment happy-dom
/**
 * The «Team server» section with a store that records what it is asked (the browser's
 * permission prompt and the real server are the e2e test's): the permission is asked
 * inside the click, before anything is awaited; a refusal, a bad address and the
 * background's status all show.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamServer } from '../../../components/settings/TeamServer';
import type { SyncState, TeamServer as Server } from '../../../lib/log/sync/client';
import type { TeamServerStore } from '../../../lib/log/sync/options';
import { OFF_STATUS, type TeamSyncStatus } from '../../../lib/log/sync/store';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function fakeStore(options: { grant: boolean; state?: SyncState }) {
  const calls: string[] = [];
  const saved: (Server | null)[] = [];
  let listener: ((s: TeamSyncStatus) => void) | undefined;
  const store: TeamServerStore = {
    load: async () => null,
    status: async () => OFF_STATUS,
    watchStatus: (callback) => {
      listener = callback;
      return () => (listener = undefined);
    },
    requestHost: (url) => {
      calls.push(`request ${url}`);
      return Promise.resolve(options.grant);
    },
    check: async (server) => {
      calls.push(`check ${server.url}${server.database}`);
      return options.state ?? 'connected';
    },
    save: async (server) => {
      calls.push('save');
      saved.push(server);
    },
    teamSource: async () => null,
  };
  return { store, calls, saved, push: (s: TeamSyncStatus) => listener?.(s) };
}

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${document.body.innerHTML.slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function fill(root: HTMLElement, name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mount(store: TeamServerStore) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<TeamServer t={t} store={store} />, root));
  return root;
}

/** Submits the form as the button does (happy-dom's button click does not submit). */
const connect = (root: HTMLElement) => root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

const status = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-tacto="sync-state"][role="status"]')!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the Team server section', () => {
  it('asks for the host inside the click, checks, saves, and says connected', async () => {
    const fake = fakeStore({ grant: true });
    const root = await mount(fake.store);
    await act(async () => {
      fill(root, 'syncUrl', 'https://couch.acme.example:6984/tacto');
      fill(root, 'syncUser', 'ana');
      fill(root, 'syncPassword', 'pw');
    });
    await act(async () => {
      connect(root);
      // Nothing awaited yet: the permission was asked synchronously (a user gesture).
      expect(fake.calls).toEqual(['request https://couch.acme.example:6984/']);
    });
    await until(() => status(root).dataset.reason === 'connected');
    expect(status(root).dataset.state).toBe('connected');
    expect(fake.calls).toEqual(['request https://couch.acme.example:6984/', 'check https://couch.acme.example:6984/tacto', 'save']);
    // «Also send what the log already holds» is ticked unless the user unticks it.
    expect(fake.saved).toEqual([{ url: 'https://couch.acme.example:6984/', database: 'tacto', user: 'ana', password: 'pw', backfill: true }]);
  });

  it('saves the backfill box as the user leaves it', async () => {
    const fake = fakeStore({ grant: true });
    const root = await mount(fake.store);
    const box = root.querySelector<HTMLInputElement>('input[name="syncBackfill"]')!;
    expect(box.checked).toBe(true);
    await act(async () => {
      fill(root, 'syncUrl', 'https://couch.acme.example/tacto');
      fill(root, 'syncUser', 'ana');
      fill(root, 'syncPassword', 'pw');
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      connect(root);
    });
    await until(() => fake.saved.length === 1);
    expect(fake.saved[0]?.backfill).toBe(false);
  });

  it('a refused permission shows, and the server is kept so events queue', async () => {
    const fake = fakeStore({ grant: false });
    const root = await mount(fake.store);
    await act(async () => {
      fill(root, 'syncUrl', 'http://127.0.0.1:5984/tacto');
      fill(root, 'syncUser', 'ana');
      fill(root, 'syncPassword', 'pw');
    });
    await act(async () => {
      connect(root);
    });
    await until(() => status(root).dataset.reason === 'permission-refused');
    expect(status(root).dataset.state).toBe('error');
    expect(status(root).textContent).toContain('teamState_permission_refused');
    expect(fake.calls).toEqual(['request http://127.0.0.1:5984/', 'save']);
  });

  it('refuses an address with credentials or without a database, asking nothing', async () => {
    for (const address of ['https://admin:pw@couch.acme.example/tacto', 'https://couch.acme.example/', 'https://couch.acme.example/Tacto']) {
      const fake = fakeStore({ grant: true });
      const root = await mount(fake.store);
      await act(async () => {
        fill(root, 'syncUrl', address);
        fill(root, 'syncUser', 'ana');
        fill(root, 'syncPassword', 'pw');
      });
      await act(async () => {
        connect(root);
      });
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('teamServerBadUrl');
      expect(fake.calls).toEqual([]);
      document.body.innerHTML = '';
    }
  });

  it('shows the background\'s status: wrong password, offline with the queue', async () => {
    const fake = fakeStore({ grant: true });
    const root = await mount(fake.store);
    await act(async () => fake.push({ ...OFF_STATUS, state: 'wrong-password', at: new Date().toISOString() }));
    expect(status(root).dataset.reason).toBe('wrong-password');
    await act(async () => fake.push({ ...OFF_STATUS, state: 'unreachable', queued: 12, at: new Date().toISOString() }));
    expect(status(root).dataset.state).toBe('offline');
    expect(status(root).dataset.queued).toBe('12');
    expect(status(root).textContent).toContain('teamQueued(12)');
  });
});
