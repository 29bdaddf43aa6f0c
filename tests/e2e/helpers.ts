/** Shared pieces of the e2e suites: the typed replies, page openers, editor readers, polling. */
import { existsSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './browser.ts';
import { PAGES, type Site } from './server.ts';

/** A Spanish reply typed on each page (accents, ¿, ñ), two paragraphs, no commitments. */
export function spanishReply(name: string): { lines: string[]; firstLineWords: number; words: number } {
  return {
    lines: [`Hola ${name}, ¿podría confirmarme su número de pedido?`, 'Entiendo su molestia y ya escalé su caso con mis compañeros.'],
    firstLineWords: 8,
    words: 19,
  };
}

/** An English reply for the other Zendesk tab (ticket 1187). */
export const ENGLISH_REPLY = {
  lines: ['Hi Daniel, thank you for your patience.', 'I checked the invoice and a corrected copy is attached.'],
  words: 17,
};

/** What each page's customer wrote last, and the moment the extension must log for it. */
export const EXPECTED_MOMENT: Record<Site, { helpdesk: Site; tickets: string[]; type: string; lang: string }> = {
  zendesk: { helpdesk: 'zendesk', tickets: ['1234'], type: 'repeat-contact', lang: 'es' },
  freshdesk: { helpdesk: 'freshdesk', tickets: ['5678'], type: 'broken-promise', lang: 'es' },
  // Gmail has no ticket number: the thread id (h2.hP[data-legacy-thread-id]) or the URL hash.
  gmail: { helpdesk: 'gmail', tickets: ['18c1a0b2c3d4e501', 'FMfcgzQXJWDsKmHkLqRnTpVbZcXxGhNs'], type: 'urgency', lang: 'es' },
};

/**
 * Customer text and personal data that must never reach the extension's log: names,
 * e-mails and phrases of the customers' messages (not single topic words such as
 * «reembolso», which the log keeps as `topic`).
 */
export const PRIVATE_STRINGS = [
  'María', 'González', 'Carlos', 'Méndez', 'Lucía', 'Ramos', 'example.com',
  'tercera vez', 'nadie me responde', 'vergüenza', 'hace dos semanas', 'hoy mismo', 'es urgente',
];

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions in the page's main world. */
  errors: string[];
  /** Console messages of type error. */
  consoleErrors: string[];
}

/** Opens a fixture page in a new tab and waits until its own scripts (and editors) are ready. */
export async function openFixture(harness: Harness, site: Site): Promise<OpenedPage> {
  const page = await harness.newPage();
  const opened: OpenedPage = { page, errors: [], consoleErrors: [] };
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  const response = await page.goto(PAGES[site]);
  if (!response?.ok()) throw new Error(`${PAGES[site]} answered ${response?.status()}`);
  await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
  return opened;
}

/** Types lines with the keyboard, Enter between them. */
export async function typeLines(page: Page, lines: string[], delay = 5): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay });
  }
}

/** Retries `check` until it stops throwing (or returns a value), then rethrows the last error. */
export async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((ok) => setTimeout(ok, intervalMs));
    }
  }
}

/** The visible Zendesk pane's editable root (the element with the test id), for a ticket. */
export function zendeskEditor(page: Page, ticket: string): Locator {
  return page.locator(`#main_panes > [data-ticket-id="${ticket}"] [data-test-id="omnicomposer-rich-text-ckeditor"]`);
}

/** CKEditor's own data for a Zendesk pane, read in the page's main world. */
export function ckeditorData(page: Page, ticket: string): Promise<string> {
  return zendeskEditor(page, ticket).evaluate((root) => (root as HTMLElement & { ckeditorInstance: { getData(): string } }).ckeditorInstance.getData());
}

/** The open Froala editor's html.get(), through the instance stored on its original element. */
export function froalaHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector('.fr-element.fr-view')?.closest('.fr-box') as (HTMLElement & Record<string, { html: { get(): string } }>) | null;
    const editor = element?.['data-froala.editor'];
    if (!editor) throw new Error('no Froala instance on the .fr-box');
    return editor.html.get();
  });
}

/** Plain text of a Gmail compose body. */
export function gmailBodyText(body: Locator): Promise<string> {
  return body.evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, ''));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no bounding box (not rendered)`);
  return found;
}

/** Area shared by two boxes (0 when they only touch or do not meet). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The window.__fixtureSent records of a page. */
export function sentRecords(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (window as unknown as { __fixtureSent: Array<Record<string, unknown>> }).__fixtureSent);
}

/** Debian's libfaketime, for a fixed clock in every world of every page (no test hook in the extension). */
export const FAKETIME_LIB = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1'].find(existsSync);

/**
 * The browser environment for Friday 2026-11-20 17:30 in Lima: «mañana» is then an
 * unrealistic commitment (0.5 business hours left) and the send guard holds it.
 */
export function fridayEveningEnv(): Record<string, string> {
  if (!FAKETIME_LIB) throw new Error('libfaketime is needed for the fixed clock: sudo apt-get install -y faketime');
  return { LD_PRELOAD: FAKETIME_LIB, FAKETIME: '@2026-11-20 17:30:00', TZ: 'America/Lima' };
}

/** The sidebar panel of a page (its host not hidden). */
export const sidebarOf = (page: Page) => page.locator('tacto-sidebar:not([hidden]) [data-tacto="sidebar"]');
/** The send guard's dialog. */
export const guardOf = (page: Page) => page.locator('tacto-sidebar [data-tacto="send-guard"]');

/**
 * Waits out a week's turn (Monday 00:00 on the clock of `timeZone`, this machine's without one) if it is under
 * `marginMs` away: a suite that reads «this week» when it starts and the page's own «this week» a minute later must see
 * the same week. A suite in UTC once named the week 2026-W50 while Chromium's pages, on Lima's clock, were still in W49
 * (forty-fourth session): read «this week» on the pages' clock, as `new TZDate(Date.now(), BROWSER_TIME_ZONE)`.
 */
export async function clearOfWeekTurn(marginMs = 180_000, timeZone?: string): Promise<void> {
  const now = timeZone ? new TZDate(Date.now(), timeZone) : new Date();
  const monday = [now.getFullYear(), now.getMonth(), now.getDate() + ((8 - now.getDay()) % 7 || 7)] as const;
  const turn = timeZone ? new TZDate(...monday, timeZone) : new Date(...monday);
  const wait = turn.getTime() - now.getTime();
  if (wait < marginMs) await new Promise((resolve) => setTimeout(resolve, wait + 2_000));
}
