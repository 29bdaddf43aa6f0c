// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents, dexieLogWriter } from '../../lib/log/writer';
import { createDexieSource, type DashboardSettings, type LogSource } from '../../lib/log/source';
import { chartConfig, chartHeight } from '../../components/dashboard/ChartView';
import { makeEvents } from './fixtures';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
const WEEK = '2026-W48';

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; DOM: ${(document.querySelector(".dash-tickets") ?? document.body).innerHTML.slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function setup(now = new Date(2026, 10, 26, 12), extra: DashboardSettings = { agentAlias: 'ana', retentionWeeks: 26 }) {
  const db = new TactoDatabase(`dash-${Math.random()}`);
  await appendEvents(db, [...makeEvents(WEEK, 60), ...makeEvents('2026-W47', 30, 'ana', 'p'), ...makeEvents(WEEK, 9, 'luis', 'l'), ...makeEvents('2026-W47', 6, 'marta', 'm')]);
  const download = vi.fn();
  const saveTicketHosts = vi.fn(async () => {});
  const source: LogSource = createDexieSource(db, dexieLogWriter(db, { retention: async () => extra.retentionWeeks, now: () => now }), {
    settings: async () => extra,
    now: () => now,
    download,
    saveTicketHosts,
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<Dashboard t={t} lang="en" source={source} />, root);
  await until(() => root.querySelector('[data-state="ready"][data-trend="ready"]') !== null);
  return { db, root, download, saveTicketHosts };
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
    expect(root.querySelectorAll('[data-chart]')).toHaveLength(6);
    expect(root.querySelector('[data-kind="total"] [data-col="current"]')!.textContent).toBe('69');
    expect(root.querySelector('[data-kind="total"] [data-col="change"]')!.textContent).toBe('+33 (+92 %)');
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
    expect(JSON.parse(download.mock.calls[0][2]).events).toHaveLength(69);
  });

  it('refuses a bad file in role=alert and keeps the data', async () => {
    const { root, db } = await setup();
    const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]')!;
    const file = new File(['{"format":"tacto-moments","version":1,"events":[{"id"'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !root.querySelector('[role="alert"]')!.hasAttribute('hidden'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('dashErrTruncated(broken.json)');
    expect(await db.events.count()).toBe(105);
  });

  it('deletes everything only after confirmation', async () => {
    const { root, db } = await setup();
    root.querySelector<HTMLButtonElement>('[data-action="delete-all"]')!.click();
    await until(() => root.querySelector('[data-action="confirm-delete"]') !== null);
    expect(await db.events.count()).toBe(105);
    root.querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')!.click();
    await until(() => root.querySelector('[role="status"]')!.textContent === 'dashDeleted');
    expect(await db.events.count()).toBe(0);
  });

  it('opens on the latest week with events, not on an empty current week', async () => {
    const { root } = await setup(new Date(2026, 11, 16, 12)); // 2026-W51
    expect(root.querySelector<HTMLSelectElement>('select[name="week"]')!.value).toBe(WEEK);
    expect(root.querySelector('.dash')!.getAttribute('data-week')).toBe(WEEK);
  });

  it('shows the trend, the per-agent table with the team average, and who is missing', async () => {
    const { root } = await setup();
    const trend = root.querySelector('[data-section="trend"]')!;
    expect(trend.getAttribute('data-weeks')!.split(' ')).toHaveLength(12);
    expect(trend.getAttribute('data-weeks')!.split(' ').at(-1)).toBe(WEEK);
    const rows = [...root.querySelectorAll('[data-table="agents"] tbody tr')].map((r) => r.getAttribute('data-agent'));
    expect(rows).toEqual(['ana', 'luis']);
    // ana: 20 moments of 60 events (i % 3 == 0); luis: 3 of 9; average 11.5.
    expect(root.querySelector('[data-table="agents"] tr[data-agent="ana"] [data-col="moments"]')!.textContent).toBe('20');
    expect(root.querySelector('[data-table="agents"] tr[data-row="average"] [data-col="moments"]')!.textContent).toBe('11.5');
    expect([...root.querySelectorAll('[data-list="missing"] [data-agent]')].map((e) => e.textContent!.replace(/^, /, ''))).toEqual(['marta']);
    // The agents line and the totals drill too.
    [...root.querySelectorAll<HTMLButtonElement>('.dash-agents [data-action="drill"]')].find((b) => b.textContent === 'luis (9)')!.click();
    await until(() => root.querySelectorAll('[data-list="tickets"] li').length === 9);
    root.querySelector<HTMLButtonElement>('.dash-totals [data-action="drill"]')!.click();
    await until(() => root.querySelectorAll('[data-list="tickets"] li').length === 60);
  });

  it('narrows the week, the trend and the drill-down to one agent, the table still showing the team', async () => {
    const { root } = await setup();
    const select = root.querySelector<HTMLSelectElement>('select[name="agent"]')!;
    select.value = 'luis';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('.dash')!.getAttribute('data-events') === '9' && root.querySelector('[data-trend="ready"]') !== null);
    expect(root.querySelector('[data-kind="total"] [data-col="current"]')!.textContent).toBe('9');
    expect([...root.querySelectorAll('[data-table="agents"] tbody tr')].map((r) => r.getAttribute('data-agent'))).toEqual(['ana', 'luis']);
    expect(root.querySelector('[data-table="agents"] tr.selected')!.getAttribute('data-agent')).toBe('luis');
    root.querySelector<HTMLButtonElement>('tr[data-kind="total"] [data-col="current"] [data-action="drill"]')!.click();
    await until(() => root.querySelector('[data-list="tickets"]') !== null);
    expect(root.querySelectorAll('[data-list="tickets"] li')).toHaveLength(9);
    expect([...root.querySelectorAll('[data-list="tickets"] li')].every((li) => li.textContent!.includes('luis') && !li.textContent!.includes('ana'))).toBe(true);
  });

  it('merges topics across languages and drills down to the tickets, each a link into its helpdesk', async () => {
    const { root, saveTicketHosts } = await setup(undefined, { agentAlias: 'ana', retentionWeeks: 26, ticketHosts: { zendesk: 'acme.zendesk.com', freshdesk: '' } });
    const refund = root.querySelectorAll('[data-list="topics"] [data-topic-key="refund"]');
    expect(refund.length).toBeGreaterThan(0);
    expect(root.querySelector('[data-list="topics"] [data-topic="reembolso"]')).toBeNull(); // shown in the reader's language, once
    expect(root.querySelector('[data-list="finding-topics"] [data-topic-key]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('[data-list="topics"] [data-topic-key="refund"] [data-action="drill"]')!.click();
    await until(() => root.querySelector('[data-list="tickets"]') !== null);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-list="tickets"] a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/(acme\.zendesk\.com\/agent\/tickets\/\d+|mail\.google\.com\/mail\/u\/0\/#all\/\d+)$/);
    // A count in the table drills too.
    root.querySelector<HTMLButtonElement>('tr[data-kind="total"] [data-col="current"] [data-action="drill"]')!.click();
    // 69 events on 60 distinct helpdesk:ticket pairs (luis's 9 share ana's first nine).
    await until(() => root.querySelectorAll('[data-list="tickets"] li').length === 60);
    // Freshdesk has no host yet: listed without a link until one is typed.
    expect(root.querySelector('[data-list="tickets"] [data-ticket^="freshdesk:"] a')).toBeNull();
    const input = root.querySelector<HTMLInputElement>('input[name="freshdeskHost"]')!;
    input.value = 'acme';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20)); // Preact renders the typed value first
    root.querySelector<HTMLButtonElement>('[data-action="save-hosts"]')!.click();
    await until(() => root.querySelector('[data-list="tickets"] [data-ticket^="freshdesk:"] a') !== null);
    expect(root.querySelector('[data-list="tickets"] [data-ticket^="freshdesk:"] a')!.getAttribute('href')).toMatch(/^https:\/\/acme\.freshdesk\.com\/a\/tickets\/\d+$/);
    expect(saveTicketHosts).toHaveBeenCalledWith({ zendesk: 'acme.zendesk.com', freshdesk: 'acme.freshdesk.com' });

    root.querySelector<HTMLButtonElement>('[data-action="close-drill"]')!.click();
    await until(() => root.querySelector('[data-list="tickets"]') === null);
  });

  it('imports many files as a roll call: a summary line and one folded line per agent and week', async () => {
    const { root } = await setup();
    const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]')!;
    const file = (agent: string, n: number) =>
      new File([JSON.stringify({ format: 'tacto-moments', version: 1, week: '2026-W47', agent, generatedAt: '2026-11-30T09:00:00.000Z', events: makeEvents('2026-W47', n, agent, `f${agent}`), summary: {} })], `${agent}.json`);
    const files = [...Array.from({ length: 31 }, (_, i) => file(`agent${i}`, 3)), ...Array.from({ length: 5 }, (_, i) => new File(['nope'], `bad${i}.json`))];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('[data-list="roll-call"]') !== null && root.querySelector('[data-state="ready"][data-trend="ready"][data-week="2026-W47"]') !== null, 10_000);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('dashRollCall(36|31|93|5)');
    expect(root.querySelectorAll('[data-list="roll-call"] li')).toHaveLength(31);
    expect(root.querySelector('[data-list="roll-call"]')!.hasAttribute('open')).toBe(false);
    // Five refusals: three shown, two folded.
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll(':scope > p')).toHaveLength(3);
    expect(alert.querySelector('details summary')!.textContent).toBe('dashAlertMore(2)');
    expect(alert.textContent).toContain('bad4.json');
  });
});

describe('charts', () => {
  it('draw every label and report the clicked bar', () => {
    const onSelect = vi.fn();
    const labels = Array.from({ length: 12 }, (_, i) => `W${i}`);
    const config = chartConfig({ name: 'x', title: 'x', type: 'bar', labels, series: [{ label: 'a', color: '#000000', values: labels.map(() => 1) }], onSelect }) as unknown as {
      options: { scales: { x: { ticks: { autoSkip: boolean } } }; onClick(e: unknown, hits: Array<{ datasetIndex: number; index: number }>): void };
    };
    expect(config.options.scales.x.ticks.autoSkip).toBe(false);
    config.options.onClick(null, [{ datasetIndex: 0, index: 7 }]);
    config.options.onClick(null, []);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(0, 7);
    expect(chartHeight({ horizontal: true, labels })).toBeGreaterThan(12 * 20);
  });
});
