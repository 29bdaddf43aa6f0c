/**
 * Content script on the helpdesks' agent pages: a small loader. A page where the agent never
 * works in a reply editor pays only for this file; the rest of Tacto (app.ts, built as
 * `coach.js` by a hook in wxt.config.ts) is imported when the agent first clicks or types
 * in a reply editor, or when the toolbar popup asks what Tacto is doing in this tab; the
 * analysis engine at that first input, or when a session needs it.
 *
 * Fail open: until that module runs nothing here touches a send, and if it cannot load the
 * page works as if Tacto were not installed.
 */
import type { EngineFiles, TactoPage } from './app';
import { EDITOR_TESTS } from '@/lib/helpdesk/adapters/editor-tests';
import { HELPDESK_MATCHES, siteForHost, type HelpdeskId } from '@/lib/helpdesk/sites';
import { isTabStateQuery, type TabReport } from '@/lib/coach/control/tab-state';
import { listenForAgentInput } from '@/lib/coach/agent-input';

export default defineContentScript({
  matches: [...HELPDESK_MATCHES],
  runAt: 'document_idle',
  // WXT would announce the extension's id to the page with postMessage; Tacto keeps it.
  noScriptStartedPostMessage: true,
  // WXT's context is not used: a page can end it with a forged event (see lib/coach/lifetime.ts).
  main() {
    // A custom domain's helpdesk is named in the settings, which this loader does not read:
    // there any helpdesk's reply editor counts, and app.ts picks the adapter. Only the
    // adapters' editor tests are here (lib/helpdesk/adapters/editor-tests.ts), not the adapters.
    const known = siteForHost(location.hostname)?.id as HelpdeskId | undefined;
    const tests = known ? [EDITOR_TESTS[known]] : Object.values(EDITOR_TESTS);
    const isReplyEditor = (target: Element) => tests.some((editorFor) => editorFor(target));
    const stop = new AbortController();
    let page: Promise<TactoPage> | undefined;
    let started: TactoPage | undefined;
    // The analysis engine (engine.js, built by a hook in wxt.config.ts) and its learned weights
    // (model.bin: binary compresses better than text in JS), each fetched once. Written as
    // `import(chrome.runtime.getURL(…))` on purpose: Firefox's add-on linter accepts a dynamic
    // import only of our own packaged file spelled exactly so (see scripts/lint-firefox.ts);
    // through a variable, or WXT's bundled `browser`, it warns.
    let engine: ReturnType<EngineFiles> | undefined;
    const engineFiles: EngineFiles = () =>
      (engine ??= Promise.all([
        import(/* @vite-ignore */ chrome.runtime.getURL('/engine.js')),
        fetch(chrome.runtime.getURL('/model.bin'))
          .then((response) => (response.ok ? response.arrayBuffer() : null))
          .catch(() => null),
      ]));
    const load = (firstEditor?: Element): Promise<TactoPage> => {
      stop.abort();
      // When the agent's input reached Tacto: the first analysis is timed from here (lib/coach/session.ts).
      const firstInputAt = performance.now();
      // Input in a reply editor: the engine loads beside Tacto's page code rather than after it
      // (its download and off-thread compile were most of the agent's wait for a first analysis).
      if (firstEditor) engineFiles().catch(() => undefined);
      page ??= (async () => {
        const module = (await import(/* @vite-ignore */ chrome.runtime.getURL('/coach.js'))) as typeof import('./app');
        started = await module.startTacto(engineFiles, firstEditor, firstInputAt);
        return started;
      })();
      page.catch((error: unknown) => console.warn('[Tacto] could not start', error));
      return page;
    };

    // The same agent input that opens a session in lib/coach/coach.ts: a trusted click or
    // key in a reply editor, or a focus that follows one (a page script cannot forge these).
    listenForAgentInput((target) => {
      if (isReplyEditor(target)) void load(target);
    }, stop.signal);

    // The toolbar popup's question: answered by Tacto once it runs (its own listener), and
    // before that by loading it here.
    // (`browser` is the browser's own object in this bundle, not webextension-polyfill's, see
    // wxt.config.ts: the answer goes through `sendResponse`, kept open by returning true.)
    browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }, sendResponse: (answer: TabReport | null) => void) => {
      if (started || sender.id !== browser.runtime.id || !isTabStateQuery(raw)) return false;
      load().then(
        (tacto) => sendResponse(tacto.tabReport()),
        () => sendResponse(null), // the popup reads no answer as «Tacto is not running here»
      );
      return true;
    });
  },
});
