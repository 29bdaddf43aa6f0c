/**
 * The team lead's week in Chromium with the built extension (`npm run build`, then
 * `npx tsx --test tests/e2e/lead.e2e.ts`): six weeks of five agents' weekly files are
 * imported the way a lead does it (30 files at once, one agent's last file missing); the
 * dashboard opens on the latest week with data, reads as a roll call, draws the trend,
 * the per-agent table with the team's average and the merged topics; a topic drills down
 * to ticket links that open the ticket in its helpdesk; the HTML report and a range's JSON
 * and CSV exports carry the same numbers.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TZDate } from '@date-fns/tz';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { BROWSER_TIME_ZONE, launch, type Harness } from './browser.ts';
import { startServer, type FixtureServer } from './server.ts';
import { clearOfWeekTurn } from './helpers.ts';
import { isoWeek, shiftWeek, weekRange } from '../../lib/log/week.ts';

const AGENTS = ['ana', 'bruno', 'carla', 'diego', 'elena'];
/** Six weeks ending with the previous one: the current week stays empty. Set in `before`, clear of a week's turn. */
let LAST: string;
let WEEKS: string[];
let CURRENT: string;

interface Event {
  id: string;
  at: string;
  helpdesk: 'zendesk' | 'freshdesk' | 'gmail';
  ticket: string;
  kind: 'moment' | 'finding';
  type: string;
  action: string;
  lang: 'es' | 'en';
  topic: string;
  agent: string;
}

/**
 * One agent's week. Every week: 2 angry customers (shipping), 2 findings sent, 1 revised;
 * broken promises: 1 a week, 4 in the last week (about refunds, half in Spanish); Ana
 * also applies a rewrite and sends one anyway each week.
 */
function agentWeek(agent: string, a: number, week: string, w: number): Event[] {
  const [start] = weekRange(week);
  const events: Event[] = [];
  let n = 0;
  const add = (e: Omit<Event, 'id' | 'at' | 'agent'>) => {
    events.push({ ...e, id: `${agent}0000000:${week}:${n}`, at: new Date(start + 86_400_000 + n * 600_000 + a * 60_000).toISOString(), agent });
    n++;
  };
  for (let i = 0; i < 2; i++) add({ helpdesk: 'freshdesk', ticket: String(2000 + a * 100 + w * 10 + i), kind: 'moment', type: 'anger', action: 'seen', lang: 'es', topic: i ? 'envío' : 'shipping' });
  const promises = w === 5 ? 4 : 1;
  for (let i = 0; i < promises; i++) {
    const gmail = i === 3;
    add({
      helpdesk: gmail ? 'gmail' : 'zendesk',
      ticket: gmail ? `18c${a}f${w}a1b2c3d4e5`.slice(0, 16) : String(5000 + a * 100 + w * 10 + i),
      kind: 'moment',
      type: 'broken-promise',
      action: 'seen',
      lang: i % 2 ? 'en' : 'es',
      topic: w === 5 ? (i % 2 ? 'refund' : 'reembolso') : 'factura',
    });
  }
  for (let i = 0; i < 2; i++) add({ helpdesk: 'zendesk', ticket: String(7000 + a * 100 + w * 10 + i), kind: 'finding', type: 'blame', action: 'sent', lang: 'es', topic: '' });
  add({ helpdesk: 'zendesk', ticket: String(7050 + a * 100 + w), kind: 'finding', type: 'unrealistic-commitment', action: 'revised', lang: 'en', topic: 'refund' });
  if (agent === 'ana') {
    add({ helpdesk: 'zendesk', ticket: String(7080 + w), kind: 'finding', type: 'unrealistic-commitment', action: 'applied-suggestion', lang: 'es', topic: 'reembolso' });
    add({ helpdesk: 'zendesk', ticket: String(7090 + w), kind: 'finding', type: 'unrealistic-commitment', action: 'sent-anyway', lang: 'es', topic: '' });
  }
  return events;
}

let server: FixtureServer;
let h: Harness;
let options: Page;
let dir: string;
const all: Event[] = [];

async function download(page: Page, format: string, range: string): Promise<{ name: string; text: string }> {
  await page.locator('select[name="range"]').selectOption(range);
  await page.locator('select[name="format"]').selectOption(format);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('the team lead’s week in Chromium', () => {
  before(async () => {
    await clearOfWeekTurn(180_000, BROWSER_TIME_ZONE);
    CURRENT = isoWeek(new TZDate(Date.now(), BROWSER_TIME_ZONE));
    LAST = shiftWeek(CURRENT, -1);
    WEEKS = Array.from({ length: 6 }, (_, i) => shiftWeek(LAST, i - 5));
    dir = mkdtempSync(join(tmpdir(), 'tacto-e2e-lead-'));
    server = await startServer();
    h = await launch(server);
    options = await h.newPage();
    await options.goto(`chrome-extension://${await h.extensionId()}/options.html#dashboard`);
    await options.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${CURRENT}"]`).waitFor({ timeout: 15_000 });
  });

  after(async () => {
    await h?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports 30 weekly files as a roll call, saying who is missing', async () => {
    const files: string[] = [];
    AGENTS.forEach((agent, a) =>
      WEEKS.forEach((week, w) => {
        if (agent === 'elena' && w === 5) return; // Elena has not sent last week's file.
        const events = agentWeek(agent, a, week, w);
        all.push(...events);
        const path = join(dir, `${agent}-${week}.json`);
        writeFileSync(path, JSON.stringify({ format: 'tacto-moments', version: 1, week, agent, generatedAt: new Date().toISOString(), events, summary: {} }));
        files.push(path);
      }),
    );
    files.push(join(dir, 'notes.json'));
    writeFileSync(files.at(-1)!, 'not json');
    await options.locator('input[type="file"][name="import"]').setInputFiles(files);
    await options.locator('[data-list="roll-call"]').waitFor();
    await options.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${LAST}"]`).waitFor();
    assert.equal(await options.locator('.dash-status').textContent(), `30 files read: 29 agent-weeks with ${all.length} new events; 1 refused.`);
    assert.equal(await options.locator('[data-list="roll-call"] li').count(), 29);
    assert.equal(await options.locator('[data-list="roll-call"]').getAttribute('open'), null, 'the detail list starts folded');
    assert.match((await options.locator(`[data-list="roll-call"] li[data-agent="bruno"][data-week="${LAST}"]`).textContent()) ?? '', /bruno · .*: 9 events added, 0 already stored/);
    assert.deepEqual(await options.locator('[data-list="missing"] [data-agent]').evaluateAll((els) => els.map((e) => e.getAttribute('data-agent'))), ['elena']);
    assert.equal(await options.locator('[role="alert"] p').count(), 1);
    assert.equal((await h.readEvents()).length, all.length);
  });

  it('opens on the latest week with data, with the trend, the headline and the per-agent table', async () => {
    await options.reload();
    await options.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${LAST}"]`).waitFor({ timeout: 15_000 });
    assert.equal(await options.locator('select[name="week"]').inputValue(), LAST);
    const trendWeeks = (await options.locator('[data-section="trend"]').getAttribute('data-weeks'))!.split(' ');
    assert.equal(trendWeeks.length, 12);
    assert.equal(trendWeeks.at(-1), LAST);
    for (const name of ['trend-moments', 'trend-findings']) {
      const drawn = await options.locator(`[data-chart="${name}"] canvas`).evaluate((c: HTMLCanvasElement) => {
        const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return painted;
      });
      assert.ok(drawn > 1000, `${name} is drawn (${drawn} pixels)`);
    }
    // Broken promises: 5 agents × 1 → 4 agents × 4 = 16 (+220 %), all about refunds in one language or the other.
    assert.equal(await options.locator('.dash-headline li[data-id="broken-promise"]').textContent(), 'Broken promise +220 %, mostly «refund»');

    const rows = await options.locator('[data-table="agents"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-agent'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    // Columns: moments met, sent with the finding, rewrite applied, revised, sent anyway, dismissed.
    assert.deepEqual(rows, [
      ['ana', '6', '2', '1', '1', '1', '0'],
      ['bruno', '6', '2', '0', '1', '0', '0'],
      ['carla', '6', '2', '0', '1', '0', '0'],
      ['diego', '6', '2', '0', '1', '0', '0'],
    ]);
    const average = await options.locator('[data-table="agents"] tr[data-row="average"] td').allTextContents();
    assert.deepEqual(average, ['6', '2', '0.3', '1', '0.3', '0']);
  });

  it('merges topics across languages and drills down to links that open the tickets', async () => {
    const refund = options.locator('[data-list="topics"] [data-moment="broken-promise"] [data-topic-key="refund"]');
    assert.equal(await refund.textContent(), 'refund (16)');
    assert.equal(await options.locator('[data-list="topics"] [data-topic="reembolso"]').count(), 0);
    assert.equal(await options.locator('[data-list="finding-topics"] [data-rule="unrealistic-commitment"] [data-topic-key="refund"]').textContent(), 'refund (5)');

    await refund.locator('[data-action="drill"]').click();
    const list = options.locator('[data-list="tickets"]');
    await list.waitFor();
    // No Zendesk host known yet: tickets listed without links (Gmail needs none).
    assert.equal(await list.locator('li').count(), 16);
    assert.equal(await list.locator('li[data-ticket^="zendesk:"] a').count(), 0);
    await options.locator('input[name="zendeskHost"]').fill('acme');
    await options.locator('[data-action="save-hosts"]').click();
    await list.locator('li[data-ticket^="zendesk:"] a').first().waitFor();
    const hrefs = await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = all
      .filter((e) => e.type === 'broken-promise' && Date.parse(e.at) >= weekRange(LAST)[0])
      .map((e) => (e.helpdesk === 'gmail' ? `https://mail.google.com/mail/u/0/#all/${e.ticket}` : `https://acme.zendesk.com/agent/tickets/${e.ticket}`));
    assert.deepEqual([...hrefs].sort(), [...expected].sort());

    // The link opens the ticket in its helpdesk (the fixture server plays acme.zendesk.com).
    const first = list.locator('li[data-ticket^="zendesk:"] a').first();
    const href = (await first.getAttribute('href'))!;
    const [tab] = await Promise.all([h.context.waitForEvent('page'), first.click()]);
    await tab.waitForLoadState('domcontentloaded');
    assert.equal(tab.url(), href);
    await tab.close();

    // A chart bar drills too: the trend's last bar (this week's, the tallest) near the canvas's right edge.
    await options.locator('[data-action="close-drill"]').click();
    await options.locator('.dash-tickets').waitFor({ state: 'detached' });
    const canvas = options.locator('[data-chart="trend-moments"] canvas');
    const size = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: size.width - 24, y: size.height * 0.45 } });
    await options.locator('.dash-tickets').waitFor();
    const title = (await options.locator('.dash-tickets').getAttribute('data-drill-title')) ?? '';
    assert.doesNotMatch(title, /topic/, 'a bar, not the topic drilled before');
    assert.match(title, new RegExp(` · ${LAST}$`), title);
    const type = title.split(' · ')[0];
    const expectedTickets = new Set(all.filter((e) => e.kind === 'moment' && Date.parse(e.at) >= weekRange(LAST)[0] && ({ Anger: 'anger', 'Broken promise': 'broken-promise' } as Record<string, string>)[type] === e.type).map((e) => `${e.helpdesk}:${e.ticket}`));
    assert.ok(expectedTickets.size > 0, `a moment of this week: ${type}`);
    assert.deepEqual(new Set(await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-ticket')))), expectedTickets);

    // The host is kept: after a reload, a count drills straight to links.
    await options.reload();
    await options.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${LAST}"]`).waitFor({ timeout: 15_000 });
    await options.locator('tr[data-kind="moment"][data-id="anger"] [data-col="current"] [data-action="drill"]').click();
    await list.waitFor();
    assert.equal(await list.locator('li').count(), 8);
    assert.deepEqual(await list.locator('a').evaluateAll((as) => as.length), 0, 'Freshdesk tickets wait for a Freshdesk host');
    assert.equal(await options.locator('input[name="zendeskHost"]').inputValue(), 'acme.zendesk.com');
  });

  it('exports a report a lead forwards, and the range as JSON and CSV', async () => {
    const report = await download(options, 'html', '1');
    assert.equal(report.name, `tacto-moments-${LAST}.html`);
    const html = report.text;
    assert.match(html, /Week of [A-Z][a-z]{2} \d{1,2} – [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    assert.match(html, /Team: none named in the team settings/);
    assert.match(html, /Broken promise \+220 %, mostly «refund»/);
    assert.match(html, /Trend over the last 8 weeks/);
    assert.equal((html.match(/<svg /g) ?? []).length, 4);
    for (const agent of ['ana', 'bruno', 'carla', 'diego']) assert.match(html, new RegExp(`<th scope="row">${agent}</th>`));
    assert.match(html, /Team average/);
    assert.match(html, /@page\{size:auto;margin:14mm\}/);
    assert.doesNotMatch(html, /<td>0<\/td><td>0<\/td><td>0<\/td><\/tr>/, 'no zero rows in the counts');
    assert.doesNotMatch(html, /<script|\ssrc=|\shref=/i);
    assert.doesNotMatch(html, / by agent\b/, 'the default alias names nobody');

    // Print-ready: at the printable width of A4 and of Letter (14 mm margins) nothing sticks out,
    // and Chromium prints it on a few pages of either size.
    const print = await h.newPage();
    await print.setContent(html);
    await print.emulateMedia({ media: 'print' });
    for (const [paper, width] of [['A4', 688], ['Letter', 710]] as const) {
      await print.setViewportSize({ width, height: 1000 });
      const overflow = await print.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${paper}: ${overflow}px wider than the page`);
      const pdf = (await print.pdf({ format: paper })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
      assert.ok(pages >= 1 && pages <= 5, `${paper}: ${pages} pages`);
    }
    await print.close();

    const json = await download(options, 'json', '4');
    assert.equal(json.name, `tacto-moments-${WEEKS[2]}_${LAST}.json`);
    const file = JSON.parse(json.text);
    assert.deepEqual(file.weeks, WEEKS.slice(2));
    const inRange = all.filter((e) => Date.parse(e.at) >= weekRange(WEEKS[2])[0]);
    assert.equal(file.events.length, inRange.length);
    assert.deepEqual(file.report.trend.moments['broken-promise'], [5, 5, 5, 16]);
    assert.equal(file.report.agents.rows.length, 4);

    const csv = await download(options, 'csv', '4');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    assert.equal(rows.length, inRange.length);

    // The range file imports back as a roll call of what is already there.
    writeFileSync(join(dir, json.name), json.text);
    await options.locator('input[type="file"][name="import"]').setInputFiles(join(dir, json.name));
    await options.locator('.dash-status', { hasText: '1 files read: 0 agent-weeks with 0 new events; 0 refused.' }).waitFor();
    assert.equal(await options.locator('[data-list="roll-call"] li').count(), 19);
  });
});
