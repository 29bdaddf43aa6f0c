// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { appendEvents, TactoDatabase } from '../../lib/db';
import { createDexieSource, type LogSource } from '../../lib/log/source';
import { makeEvents } from './fixtures';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
const WEEK = '2026-W48';

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; DOM: ${document.body.innerHTML.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function setup() {
  const db = new TactoDatabase(`dash-${Math.random()}`);
  await appendEvents(db, [...makeEvents(WEEK, 60), ...makeEvents('2026-W47', 30, 'ana', 'p')]);
  const download = vi.fn();
  const source: LogSource = createDexieSource(db, {
    settings: async () => ({ agentAlias: 'ana', retentionWeeks: 26 }),
    now: () => new Date(2026, 10, 26, 12),
    download,
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<Dashboard t={t} lang="en" source={source} />, root);
  await until(() => root.querySelector('[data-state="ready"]') !== null);
  return { db, root, download };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the dashboard', () => {
  it('shows the week, charts, topics and counts', async () => {
    const { root } = await setup();
    const week = root.querySelector<HTMLSelectElement>('select[name="week"]')!;
    expect(week.value).toBe(WEEK);
    expect([...week.options].map((o) => o.value)).toContain('2026-W47');
    expect(root.querySelectorAll('[data-chart]')).toHaveLength(4);
    expect(root.querySelector('[data-kind="total"] [data-col="current"]')!.textContent).toBe('60');
    expect(root.querySelector('[data-kind="total"] [data-col="change"]')!.textContent).toBe('+30 (+100 %)');
    expect(root.querySelector('[data-list="topics"] [data-topic]')).not.toBeNull();
    expect(root.querySelector('[role="alert"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('exports the week in each format under the contract’s file name', async () => {
    const { root, download } = await setup();
    const format = root.querySelector<HTMLSelectElement>('select[name="format"]')!;
    for (const f of ['json', 'csv', 'html']) {
      format.value = f;
      format.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      root.querySelector<HTMLButtonElement>('[data-action="export"]')!.click();
      expect(download).toHaveBeenLastCalledWith(`tacto-moments-${WEEK}.${f}`, expect.any(String), expect.any(String));
    }
    expect(JSON.parse(download.mock.calls[0][2]).events).toHaveLength(60);
  });

  it('refuses a bad file in role=alert and keeps the data', async () => {
    const { root, db } = await setup();
    const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]')!;
    const file = new File(['{"format":"tacto-moments","version":1,"events":[{"id"'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !root.querySelector('[role="alert"]')!.hasAttribute('hidden'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('dashErrTruncated(broken.json)');
    expect(await db.events.count()).toBe(90);
  });

  it('deletes everything only after confirmation', async () => {
    const { root, db } = await setup();
    root.querySelector<HTMLButtonElement>('[data-action="delete-all"]')!.click();
    await until(() => root.querySelector('[data-action="confirm-delete"]') !== null);
    expect(await db.events.count()).toBe(90);
    root.querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')!.click();
    await until(() => root.querySelector('[role="status"]')!.textContent === 'dashDeleted');
    expect(await db.events.count()).toBe(0);
  });
});
