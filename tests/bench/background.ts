/**
 * Background section: storing one event, in Debian's Chromium with the built extension.
 * An extension page sends `log/append` (one event) and times the answer:
 *  - cold: right after the service worker was stopped (CDP ServiceWorker.stopAllWorkers),
 *    so the time holds the worker's start, the background bundle's evaluation and the write;
 *  - warm: the same worker, already running.
 * Each with a sentence whose topic the lexicon names («reembolso») and one that needs the
 * NLP fallback (compromise / es-compromise).
 * Target (issue 14): a cold store of one event ≤ 50 ms.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { percentile, type BenchRow, type BenchSection } from './lib';

const RUNS = 7;
const SENTENCES = {
  lexicon: 'Quiero el reembolso de mi pedido ya.',
  fallback: 'La lavadora nueva hace un ruido horrible desde ayer.',
} as const;

/** Sends one event from the extension page and returns the round trip in ms (throws on a refusal). */
async function storeOne(page: Page, id: string, topicSource: string): Promise<number> {
  return page.evaluate(
    async ([id, topicSource]) => {
      const message = {
        type: 'log/append',
        events: [{ id, at: new Date().toISOString(), helpdesk: 'zendesk', ticket: '1234', kind: 'moment', type: 'anger', action: 'seen', lang: 'es', topicSource }],
      };
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
      const t0 = performance.now();
      const answer = await runtime.sendMessage(message);
      const took = performance.now() - t0;
      if (!answer?.ok) throw new Error(`refused: ${answer?.error}`);
      return took;
    },
    [id, topicSource] as const,
  );
}

async function stopWorker(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
}

const background: BenchSection = {
  name: 'background',
  description: 'storing one event (real Chromium, built extension, message from an extension page)',
  async run() {
    const { launch, CHROMIUM, EXTENSION_DIR } = await import('../e2e/browser.ts');
    if (!existsSync(CHROMIUM) || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      return [{ measure: 'background: skipped', note: 'needs /usr/bin/chromium and `npm run build`' }];
    }
    const { startServer } = await import('../e2e/server.ts');
    const server = await startServer();
    const harness = await launch(server);
    const rows: BenchRow[] = [];
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    try {
      const page = await harness.newPage();
      await page.goto(`chrome-extension://${await harness.extensionId()}/manifest.json`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      let n = 0;
      for (const [kind, sentence] of Object.entries(SENTENCES)) {
        const cold: number[] = [];
        const warm: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          await stopWorker(cdp, page);
          cold.push(await storeOne(page, `bench:cold:${kind}:${n++}`, sentence));
          warm.push(await storeOne(page, `bench:warm:${kind}:${n++}`, sentence));
        }
        const c = sorted(cold);
        const w = sorted(warm);
        // The topic the background stored, so a fallback that failed (topic '') shows here.
        const topics = new Set((await harness.readEvents()).filter((e) => String(e.id).includes(`:${kind}:`)).map((e) => JSON.stringify(e.topic)));
        rows.push({ measure: `cold worker: store one event, topic from the ${kind}`, median: percentile(c, 50), p99: percentile(c, 99), note: `${kind === 'lexicon' ? '≤ 50 ms; ' : ''}topic ${[...topics].join(' ')}` });
        rows.push({ measure: `warm worker: store one event, topic from the ${kind}`, median: percentile(w, 50), p99: percentile(w, 99) });
      }
    } finally {
      await harness.close();
      await server.close();
    }
    return rows;
  },
};

export default background;
