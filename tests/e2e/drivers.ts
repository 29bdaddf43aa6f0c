/** How the e2e suites drive each fixture helpdesk: open and focus its reply editor, read its model, send, undo. */
import type { Locator, Page } from 'playwright-core';
import type { Site } from './server.ts';

export interface Driver {
  site: Site;
  ticket: string | null;
  /** Opens the reply editor and focuses it. */
  focusEditor(page: Page): Promise<Locator>;
  /** The draft as the editor's own model holds it, as plain text (paragraphs joined by \n). */
  model(page: Page): Promise<string>;
  send(page: Page): Locator;
  /** One step back in the editor's own undo history. */
  undo(page: Page): Promise<void>;
}

const pressUndo = (page: Page) => page.keyboard.press('Control+z');

/** Plain text of editor HTML (CKEditor getData, Froala html.get): one line per paragraph. */
const HTML_TO_TEXT = (html: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.children];
  return (blocks.length ? blocks.map((b) => b.textContent ?? '') : [doc.body.textContent ?? '']).join('\n').replace(/\u00a0/g, ' ');
};

export const DRIVERS: Driver[] = [
  {
    site: 'zendesk',
    ticket: '1234',
    async focusEditor(page) {
      const editor = page.locator('[data-ticket-id="1234"] [data-test-id="omnicomposer-rich-text-ckeditor"]');
      await editor.click();
      return editor;
    },
    model: (page) =>
      page.evaluate(`(${HTML_TO_TEXT.toString()})(document.querySelector('[data-ticket-id="1234"] [data-test-id="omnicomposer-rich-text-ckeditor"]').ckeditorInstance.getData())`) as Promise<string>,
    send: (page) => page.locator('[data-ticket-id="1234"] button[data-test-id="submit_button-button"]'),
    undo: pressUndo,
  },
  {
    site: 'freshdesk',
    ticket: '5678',
    async focusEditor(page) {
      await page.click('button.editor-placeholder[data-test-id="active-editor"]');
      const editor = page.locator('.fr-element.fr-view');
      await editor.click();
      return editor;
    },
    model: (page) =>
      page.evaluate(`(${HTML_TO_TEXT.toString()})(document.querySelector('.fr-element.fr-view').closest('.fr-box')['data-froala.editor'].html.get())`) as Promise<string>,
    send: (page) => page.locator('#send-and-set'),
    // The fixture's unlicensed Froala 5.4 build ignores its own Ctrl+Z shortcut and toolbar
    // command (its command layer is inert without a licence; checked by hand, with and
    // without Tacto), so the step is taken with Froala's undo module directly: the same
    // history a licensed editor's Ctrl+Z walks.
    undo: (page) =>
      page.evaluate(() => {
        const box = document.querySelector('.fr-element.fr-view')?.closest('.fr-box') as unknown as Record<string, { undo: { run(): void } }>;
        box['data-froala.editor'].undo.run();
      }),
  },
  {
    site: 'gmail',
    ticket: '18c1a0b2c3d4e501',
    async focusEditor(page) {
      await page.click('.ams.bkH');
      const editor = page.locator('.AO div.M9 .Ap [g_editable="true"]');
      await editor.click();
      return editor;
    },
    // Gmail's body is the DOM itself (no string parsing under Trusted Types).
    model: (page) =>
      page.locator('.AO div.M9 .Ap [g_editable="true"]').evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, '')),
    send: (page) => page.locator('.AO div.M9 .IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])'),
    undo: pressUndo,
  },
];

