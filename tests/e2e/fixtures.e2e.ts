/**
 * The fixture pages, WITHOUT the extension: proof that they behave like the real sites
 * where it matters to Tacto (real editors and their models, hidden panes, lazily created
 * editors, Trusted Types, the sites' own send paths), and that the harness sees requests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ckeditorData, froalaHtml, gmailBodyText, openFixture, sentRecords, spanishReply, typeLines, waitFor, zendeskEditor,
} from './helpers.ts';
import { PAGES } from './server.ts';
import { sharedBrowser } from './shared';

const shared = sharedBrowser({ extension: false });

describe('Zendesk fixture', () => {
  test('two ticket panes in main#main_panes; 1187 is hidden, 1234 shown, each with a real CKEditor 5', async () => {
    const { page, errors } = await openFixture(shared.harness, 'zendesk');
    const panes = await page.$$eval('main#main_panes > *', (els) => els.map((el) => ({
      id: (el as HTMLElement).dataset.ticketId,
      anchor: el.getAttribute('data-side-conversations-anchor-id'),
      visible: el.checkVisibility(),
      display: getComputedStyle(el).display,
      editor: Boolean((el.querySelector('#editor-view [data-test-id="omnicomposer-rich-text-ckeditor"]') as unknown as { ckeditorInstance?: unknown })?.ckeditorInstance),
    })));
    assert.deepEqual(panes, [
      { id: '1187', anchor: '1187', visible: false, display: 'none', editor: true },
      { id: '1234', anchor: '1234', visible: true, display: 'grid', editor: true },
    ]);
    assert.equal(await page.getAttribute('[data-test-id="header-tab"][aria-current="page"]', 'data-entity-id'), '1234');
    // A document-wide query finds the hidden pane's editor first, as on Zendesk.
    assert.equal(await page.$eval('[data-test-id="omnicomposer-rich-text-ckeditor"]', (el) => el.checkVisibility()), false);
    const pane = page.locator('[data-side-conversations-anchor-id="1234"]');
    assert.equal(await pane.locator('input[data-test-id="omni-header-subject"]').inputValue(), 'Pedido #4471 sin entregar');
    assert.equal((await pane.locator('[data-test-id="ticket-system-field-requester-select"]').innerText()).includes('María González'), true);
    assert.equal(await pane.locator('[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]').innerText(), 'Normal');
    const latest = await pane.locator('article[data-test-id="omni-log-comment-item"] [data-test-id="omni-log-item-message"][type="end-user"]').evaluateAll((items) =>
      items.map((item) => ({ at: item.querySelector('time[data-test-id="timestamp-relative"]')!.getAttribute('datetime')!, text: item.querySelector('[data-test-id="omni-log-message-content"]')!.textContent!.trim() }))
        .sort((a, b) => b.at.localeCompare(a.at))[0]);
    assert.equal(latest?.text, 'Es la tercera vez que escribo por lo mismo y nadie me responde. Quiero hablar con un supervisor.');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('CKEditor owns the content: a raw innerHTML write is reverted, keyboard typing reaches the model', async () => {
    const { page } = await openFixture(shared.harness, 'zendesk');
    const editor = zendeskEditor(page, '1234');
    await editor.click();
    const reply = spanishReply('María');
    await typeLines(page, reply.lines);
    const expected = reply.lines.map((line) => `<p>${line}</p>`).join('');
    assert.equal(await ckeditorData(page, '1234'), expected);
    // The editable root keeps its test id after focus and typing (CKEditor re-renders it).
    assert.equal(await editor.getAttribute('data-test-id'), 'omnicomposer-rich-text-ckeditor');

    await editor.evaluate((root) => { root.innerHTML = '<p>Texto inyectado sin pasar por el editor</p>'; });
    await waitFor(async () => assert.equal((await editor.innerText()).includes('inyectado'), false), 3_000);
    assert.equal(await ckeditorData(page, '1234'), expected);
    await page.close();
  });

  test('Submit sends through the page handler: __fixtureSent, the log, a cleared editor', async () => {
    const { page } = await openFixture(shared.harness, 'zendesk');
    const pane = page.locator('[data-side-conversations-anchor-id="1234"]');
    await zendeskEditor(page, '1234').click();
    const reply = spanishReply('María');
    await typeLines(page, reply.lines);
    await pane.locator('[data-test-id="ticket-footer"] button[data-test-id="submit_button-button"]').click();
    const [sent] = await sentRecords(page);
    assert.equal(sent?.ticket, '1234');
    assert.equal(sent?.text, reply.lines.join('\n'));
    assert.equal(sent?.html, reply.lines.map((line) => `<p>${line}</p>`).join(''));
    assert.equal(sent?.via, 'submit_button-button');
    assert.equal(sent?.channel, 'web');
    assert.equal(await ckeditorData(page, '1234'), '');
    const last = pane.locator('article[data-test-id="omni-log-comment-item"]').last();
    assert.equal(await last.locator('[data-test-id="omni-log-item-message"]').getAttribute('type'), 'agent');
    assert.deepEqual(await last.locator('[data-test-id="omni-log-message-content"] p').allTextContents(), reply.lines);
    await page.close();
  });

  test('channel switcher toggles to an internal note; the Submit-as menu submits with a status', async () => {
    const { page } = await openFixture(shared.harness, 'zendesk');
    const pane = page.locator('[data-side-conversations-anchor-id="1234"]');
    const switcher = pane.locator('button[data-test-id="omnichannel-channel-switcher-button"]');
    assert.equal(await switcher.getAttribute('data-channel'), 'web');
    assert.equal(await switcher.getAttribute('aria-label'), 'Public reply');
    await switcher.click();
    assert.equal(await switcher.getAttribute('data-channel'), 'internal');
    assert.equal(await switcher.getAttribute('aria-label'), 'Internal note');
    await zendeskEditor(page, '1234').click();
    await page.keyboard.type('Nota interna: revisar con logística.');
    await pane.locator('[data-test-id="submit_button-menu-button"]').click();
    const items = pane.locator('[data-tracking-id^="submit_button-menu-"]');
    assert.deepEqual(await items.allInnerTexts(), ['Submit as Open', 'Submit as Pending', 'Submit as Solved']);
    await pane.locator('[data-tracking-id="submit_button-menu-pending"]').click();
    const [sent] = await sentRecords(page);
    assert.deepEqual({ text: sent?.text, via: sent?.via, channel: sent?.channel, status: sent?.status },
      { text: 'Nota interna: revisar con logística.', via: 'submit_button-menu-pending', channel: 'internal', status: 'pending' });
    assert.equal(await pane.locator('[data-test-id="omni-log-internal-note-tag"]').count(), 1);
    await page.close();
  });

  test('header tabs switch panes without a reload and push the URL', async () => {
    const { page } = await openFixture(shared.harness, 'zendesk');
    await page.evaluate(() => { (window as unknown as { __sameDocument: boolean }).__sameDocument = true; });
    await page.click('[data-test-id="header-tab"][data-entity-id="1187"]');
    assert.equal(new URL(page.url()).pathname, '/agent/tickets/1187');
    assert.equal(await page.locator('[data-side-conversations-anchor-id="1187"]').isVisible(), true);
    assert.equal(await page.locator('[data-side-conversations-anchor-id="1234"]').isVisible(), false);
    assert.equal(await page.getAttribute('[data-test-id="header-tab"][aria-current="page"]', 'data-entity-id'), '1187');
    await page.goBack();
    await waitFor(async () => assert.equal(await page.locator('[data-side-conversations-anchor-id="1234"]').isVisible(), true), 3_000);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true);
    await page.close();
  });

  test('REST stubs answer same-origin: /api/v2/tickets/<id>.json and /api/v2/users/<id>.json', async () => {
    const { page } = await openFixture(shared.harness, 'zendesk');
    const answer = await page.evaluate(async () => {
      const { ticket } = await (await fetch('/api/v2/tickets/1234.json')).json();
      const { user } = await (await fetch(`/api/v2/users/${ticket.requester_id}.json`)).json();
      return { id: ticket.id, subject: ticket.subject, priority: ticket.priority, name: user.name, missing: (await fetch('/api/v2/tickets/999.json')).status };
    });
    assert.deepEqual(answer, { id: 1234, subject: 'Pedido #4471 sin entregar', priority: 'normal', name: 'María González', missing: 404 });
    await page.close();
  });
});

describe('Freshdesk fixture', () => {
  test('Froala exists only after the Reply placeholder is clicked; the reply form has no [data-test-notify-to]', async () => {
    const { page, errors } = await openFixture(shared.harness, 'freshdesk');
    const before = await page.evaluate(() => ({
      elements: document.querySelectorAll('.fr-element').length,
      instances: (window as unknown as { FroalaEditor: { INSTANCES: unknown[] } }).FroalaEditor.INSTANCES.length,
    }));
    assert.deepEqual(before, { elements: 0, instances: 0 });
    assert.equal((await page.locator('.ticket-subject-heading').innerText()).split('\n')[0], 'Reembolso del pedido #88213');
    await page.click('button.editor-placeholder[data-test-id="active-editor"]');
    const element = page.locator('.fr-box > .fr-wrapper > .fr-element.fr-view[contenteditable="true"]');
    await element.waitFor();
    assert.equal(await element.count(), 1);
    assert.equal(await page.evaluate(() => (window as unknown as { FroalaEditor: { INSTANCES: unknown[] } }).FroalaEditor.INSTANCES.length), 1);
    assert.equal(await page.locator('#send-and-set').innerText(), 'Send');
    assert.equal(await page.locator('form.rich-editor-form [data-test-notify-to]').count(), 0);
    assert.deepEqual(await page.locator('a.send-and-set-item').evaluateAll((links) => links.map((link) => link.textContent)),
      ['Send and set as Pending', 'Send and set as Resolved']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('typing reaches Froala (html.get()); Send records exactly the text and closes the editor', async () => {
    const { page } = await openFixture(shared.harness, 'freshdesk');
    await page.click('button.editor-placeholder[data-test-id="active-editor"]');
    await page.locator('.fr-element.fr-view').click();
    const reply = spanishReply('Carlos');
    await typeLines(page, reply.lines);
    assert.equal(await froalaHtml(page), reply.lines.map((line) => `<p>${line}</p>`).join(''));
    await page.click('#send-and-set');
    const [sent] = await sentRecords(page);
    assert.deepEqual({ ticket: sent?.ticket, text: sent?.text, via: sent?.via, kind: sent?.kind },
      { ticket: '5678', text: reply.lines.join('\n'), via: 'send-and-set', kind: 'reply' });
    assert.equal(await page.locator('.fr-element').count(), 0);
    assert.equal(await page.locator('button.editor-placeholder[data-test-id="active-editor"]').isVisible(), true);
    assert.deepEqual(await page.locator('.ticket_note[data-note-id] [data-test-conversation="conversation-text"]').last().locator('p').allTextContents(), reply.lines);
    await page.close();
  });

  test('"Add note" opens a note form with [data-test-notify-to]; send-and-set items send with a status', async () => {
    const { page } = await openFixture(shared.harness, 'freshdesk');
    await page.click('[data-test-id="open-note-editor"]');
    await page.locator('.fr-element.fr-view').waitFor();
    assert.equal(await page.locator('#send-and-set').innerText(), 'Add note');
    assert.equal(await page.locator('form.rich-editor-form [data-test-notify-to]').count(), 1);
    await page.locator('.fr-element.fr-view').click();
    await page.keyboard.type('Finanzas confirma el reembolso.');
    await page.click('#send-and-set');
    await page.click('button.editor-placeholder[data-test-id="active-editor"]');
    await page.locator('.fr-element.fr-view').click();
    await page.keyboard.type('Gracias por su paciencia.');
    await page.click('.dropdown-toggle');
    await page.click('a.send-and-set-item[data-test-link="pending"]');
    const sent = await sentRecords(page);
    assert.deepEqual(sent.map(({ kind, via, text, status }) => ({ kind, via, text, status })), [
      { kind: 'note', via: 'send-and-set', text: 'Finanzas confirma el reembolso.', status: null },
      { kind: 'reply', via: 'send-and-set-item:pending', text: 'Gracias por su paciencia.', status: 'pending' },
    ]);
    await page.close();
  });

  test('requester in an open shadow root; REST stubs; the page CSP blocks inline scripts', async () => {
    const { page } = await openFixture(shared.harness, 'freshdesk');
    const name = await waitFor(() => page.evaluate(() => {
      const host = document.querySelector('mfe-application[app-id="fw-unified-mfe--contact-info"]');
      const text = host?.shadowRoot?.querySelector('[data-test-id="requester-name"]')?.textContent;
      if (!text) throw new Error('contact card not rendered yet');
      return text;
    }), 5_000);
    assert.equal(name, 'Carlos Méndez');
    const api = await page.evaluate(async () => {
      const init = { credentials: 'same-origin' as const, headers: { 'X-Requested-With': 'XMLHttpRequest' } };
      const ticket = await (await fetch('/api/v2/tickets/5678?include=requester', init)).json();
      const conversations: Array<{ incoming: boolean; private: boolean; body_text: string }> = await (await fetch('/api/v2/tickets/5678/conversations', init)).json();
      const latest = conversations.filter((c) => c.incoming && !c.private).at(-1);
      return { priority: ticket.priority, requester: ticket.requester.name, latest: latest?.body_text, lastIsPrivate: conversations.at(-1)?.private };
    });
    assert.deepEqual(api, { priority: 2, requester: 'Carlos Méndez', latest: '¡Es una vergüenza! Me prometieron el reembolso hace dos semanas y nada.', lastIsPrivate: true });
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((ok) => setTimeout(ok, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    assert.equal(inlineRan, false);
    await page.close();
  });
});

describe('Gmail fixture', () => {
  test('Trusted Types: string innerHTML throws, DOM building works', async () => {
    const { page } = await openFixture(shared.harness, 'gmail');
    // (No helper functions inside evaluate(): tsx would wrap them in a __name() the page lacks.)
    const result = await page.evaluate(() => {
      const el = document.createElement('div');
      const outcome = { innerHTML: 'allowed', insertAdjacentHTML: 'allowed', textContent: 'allowed', title: document.title };
      try {
        el.innerHTML = '<b>x</b>';
      } catch (error) {
        outcome.innerHTML = String(error);
      }
      try {
        el.insertAdjacentHTML('beforeend', '<b>x</b>');
      } catch (error) {
        outcome.insertAdjacentHTML = String(error);
      }
      try {
        el.textContent = '<b>x</b>';
      } catch (error) {
        outcome.textContent = String(error);
      }
      return outcome;
    });
    assert.match(result.innerHTML, /TrustedHTML/);
    assert.match(result.insertAdjacentHTML, /TrustedHTML/);
    assert.equal(result.textContent, 'allowed');
    assert.match(result.title, /agent@acme\.com/);
    await page.close();
  });

  test('Reply opens an inline compose inside .AO; the body holds what was typed; Send records it', async () => {
    const { page, errors } = await openFixture(shared.harness, 'gmail');
    assert.equal(await page.locator('h2.hP').getAttribute('data-legacy-thread-id'), '18c1a0b2c3d4e501');
    assert.equal(await page.locator('div.adn[data-message-id]').count(), 3);
    assert.equal(await page.locator('div.adn[data-message-id]').first().locator('div.a3s').count(), 0);
    await page.click('.ams.bkH');
    const compose = page.locator('.AO div.M9');
    const body = compose.locator('.Ap div[contenteditable="true"][role="textbox"][aria-multiline="true"][g_editable="true"]');
    await body.waitFor();
    assert.equal(await compose.locator('input[name="subjectbox"]').inputValue(), 'Re: Cambio de plan sin aplicar');
    const send = compose.locator('.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])');
    assert.equal(await send.count(), 1);
    assert.equal(await send.getAttribute('aria-label'), 'Send \u202a(Ctrl-Enter)\u202c');
    const reply = spanishReply('Lucía');
    await body.click();
    await typeLines(page, reply.lines);
    assert.equal(await gmailBodyText(body), reply.lines.join('\n'));
    await send.click();
    const [sent] = await sentRecords(page);
    assert.deepEqual({ ticket: sent?.ticket, text: sent?.text, via: sent?.via, compose: sent?.compose },
      { ticket: '18c1a0b2c3d4e501', text: reply.lines.join('\n'), via: 'send-button', compose: 'inline' });
    assert.equal(await compose.count(), 0);
    assert.equal(await page.locator('div.adn[data-message-id]').last().locator('div.a3s').innerText(), reply.lines.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Compose opens a pop-out [role=dialog] with a form; Ctrl+Enter sends', async () => {
    const { page } = await openFixture(shared.harness, 'gmail');
    await page.click('[gh="cm"]');
    const dialog = page.locator('[role="dialog"]');
    assert.equal(await dialog.locator('form input[name="subjectbox"]').isVisible(), true);
    assert.equal(await dialog.locator('div.M9').count(), 1);
    await page.keyboard.type('lucia.ramos@example.com');
    await dialog.locator('input[name="subjectbox"]').fill('Su cambio de plan');
    await dialog.locator('.Ap [g_editable="true"]').click();
    await page.keyboard.type('Hola Lucía, ya revisé su cuenta.');
    await page.keyboard.press('Control+Enter');
    const [sent] = await sentRecords(page);
    assert.deepEqual({ text: sent?.text, via: sent?.via, compose: sent?.compose, to: sent?.to, subject: sent?.subject },
      { text: 'Hola Lucía, ya revisé su cuenta.', via: 'ctrl-enter', compose: 'popout', to: 'lucia.ramos@example.com', subject: 'Su cambio de plan' });
    assert.equal(await dialog.count(), 0);
    await page.close();
  });
});

describe('server and request log', () => {
  test('one shared.server answered all three hosts, with the site headers, and recorded every request', async () => {
    const hosts = new Set(shared.server.requests.map((request) => request.host));
    assert.deepEqual([...hosts].sort(), ['acme.freshdesk.com', 'acme.zendesk.com', 'mail.google.com']);
    assert.ok(shared.server.requests.some((request) => request.path.startsWith('/vendor/ckeditor5/')));
    assert.ok(shared.server.requests.some((request) => request.path.startsWith('/vendor/froala/')));
    const page = await shared.harness.newPage();
    const gmail = await page.goto(PAGES.gmail);
    assert.equal(gmail?.headers()['content-security-policy'], "require-trusted-types-for 'script'");
    await page.close();
  });

  test('no request left for a host outside the test shared.server', () => {
    assert.deepEqual(shared.harness.outsideRequests(), []);
  });

  test('negative control: a request to another host is caught by the log (and never resolves)', async () => {
    const page = await shared.harness.newPage();
    await page.goto(PAGES.zendesk);
    const outcome = await page.evaluate(() => fetch('https://example.com/collect', { mode: 'no-cors' }).then(() => 'reached', (error) => String(error)));
    assert.notEqual(outcome, 'reached');
    assert.deepEqual(shared.harness.outsideRequests().map((request) => request.url), ['https://example.com/collect']);
    await page.close();
  });
});
