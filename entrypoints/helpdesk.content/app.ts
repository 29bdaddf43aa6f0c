/**
 * Tacto on a helpdesk's agent page: picks the site's adapter and starts the coach and the
 * send guard. The content script (index.ts, a small loader) imports this module, built as
 * `coach.js` by a hook in wxt.config.ts, when the agent first works in a reply editor, and
 * passes that editor so its session opens at once.
 */
import { browser } from 'wxt/browser';
import { mountSidebar } from '@/components/mountSidebar';
import type { AnalysisContext, Priority } from '@/lib/analysis/types';
import { adapterForHost } from '@/lib/helpdesk/adapters/registry';
import { startCoach } from '@/lib/coach/coach';
import { PanelTexts } from '@/lib/coach/panel-texts';
import type { CoachSession } from '@/lib/coach/session';
import { addAllowPhrase, normalisePhrase } from '@/lib/coach/control/dismissals';
import { activePause, emptyPause, pauseEnd, withoutPause, withPause, type Place } from '@/lib/coach/control/pause';
import { loadPause, updatePause, watchPause } from '@/lib/coach/control/pause-storage';
import { isTabStateQuery, type TabReport } from '@/lib/coach/control/tab-state';
import { replaceText } from '@/lib/helpdesk/editors/writer';
import { translatorFor } from '@/lib/coach/i18n';
import { fromOurBackground, isFocusSuggestionsCommand, type ContentMessage, type EventReport, type MessageResponse } from '@/lib/log/messaging';
import { extensionLifetime } from '@/lib/coach/lifetime';
import { startSendGuard } from '@/lib/coach/send-guard';
import { analysisContextFromSettings, helpdeskEnabled } from '@/lib/settings/coach-context';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/types';
import { resolveUiLanguage } from '@/lib/settings/ui-language';

const REPORT_ATTEMPTS = 4;
/** How long an editor takes to settle a focus given back from the panel (CKEditor renders its selection 50 ms later). */
const FOCUS_SETTLE_MS = 80;
/**
 * The page does not wait for the browser's policy (managed settings) before starting:
 * Chromium answers storage.managed slowly in a fresh page (even with no policy), and the
 * agent's first click must open a session. The policy's values arrive through watchSettings.
 */
const MANAGED_WAIT_MS = 0;
/** A draft touching every rule's patterns in both languages, analysed once while the page is idle. */
const WARM_UP = 'Hola, no es posible, te lo envío mañana y te garantizo que no pasa nada. Hi, we cannot do that, someone will contact you tomorrow.';

type Engine = typeof import('@/lib/analysis/page-engine');
/** The engine module and its weights' bytes (null when they did not arrive), as the loader (index.ts) fetches them. */
export type EngineFiles = () => Promise<[Engine, ArrayBuffer | null]>;
let engine: Engine | undefined;
let engineLoading: Promise<void> | undefined;

/** Installs the engine and its weights once their files arrive (the loader starts fetching them at the agent's first input). */
function loadEngine(files: EngineFiles): Promise<void> {
  engineLoading ??= files().then(([module, bytes]) => {
    // The learned layer's weights; if they do not arrive, the lexicons work alone.
    module.useShippedWeights(bytes ? new Uint8Array(bytes) : null);
    engine = module;
  });
  return engineLoading;
}

function analyzeWithEngine(input: Parameters<Engine['analyze']>[0]): ReturnType<Engine['analyze']> {
  if (!engine) throw new Error('the analysis engine is not loaded yet');
  return engine.analyze(input);
}

/** Sends events to the log; retried while the service worker wakes up (ids make retries safe). */
async function report(events: EventReport[]): Promise<void> {
  const message: ContentMessage = { type: 'log/append', events };
  for (let attempt = 1; ; attempt++) {
    try {
      const response = (await browser.runtime.sendMessage(message)) as MessageResponse | undefined;
      if (response?.ok) return;
      throw new Error(response ? response.error : 'no answer from the background');
    } catch (error) {
      if (attempt >= REPORT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}

/** What the loader asks of Tacto once it runs. */
export interface TactoPage {
  /** The answer to the toolbar popup's question (lib/coach/control/tab-state.ts). */
  tabReport(): TabReport;
}

/**
 * Starts Tacto on this page; `firstEditor` is the reply editor the agent is working in,
 * `firstInputAt` when the agent's input in it reached the loader (`performance.now()`), and
 * `engineFiles` fetches the engine (once; the loader may have started it already).
 */
export async function startTacto(engineFiles: EngineFiles, firstEditor?: Element, firstInputAt?: number): Promise<TactoPage> {
  {
    const lifetime = extensionLifetime(() => browser.runtime?.id != null);
    // Read together: the agent's first click must find Tacto started.
    let [settings, pause] = await Promise.all([loadSettings(MANAGED_WAIT_MS), loadPause().catch(() => emptyPause())]);
    const adapter = adapterForHost(location.hostname, settings.customDomains);
    /** The coached editors, once the coach starts (below). */
    const coach: { sessions?: Map<HTMLElement, CoachSession> } = {};
    /** The ticket of the editor the agent worked in last (for a ticket pause from the popup). */
    let lastTicket: Place | undefined;
    /** The session whose editor the agent focused last (the command's target when focus is elsewhere). */
    let lastFocused: CoachSession | undefined;
    const place = (): Place => ({ host: location.hostname, ...lastTicket });

    // The toolbar popup asks each tab what Tacto is doing there (lib/coach/control/tab-state.ts).
    const tabReport = (): TabReport => {
      const enabled = adapter ? helpdeskEnabled(settings, adapter.id) : false;
      return { helpdesk: adapter?.id ?? null, enabled, place: place(), pause: activePause(pause, place(), Date.now()) };
    };
    const answerPopup = (raw: unknown, sender: { id?: string }, sendResponse: (answer: TabReport) => void) => {
      if (sender.id !== browser.runtime.id || !isTabStateQuery(raw)) return false;
      sendResponse(tabReport());
      return false;
    };
    browser.runtime.onMessage.addListener(answerPopup);
    lifetime.signal.addEventListener('abort', () => browser.runtime?.onMessage?.removeListener(answerPopup));

    // The keyboard command (manifest `commands`) reaches the background, which forwards it
    // here; only our background's message is obeyed, never a page's or another tab's.
    const onCommand = (raw: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
      if (!isFocusSuggestionsCommand(raw) || !fromOurBackground(sender, browser.runtime.id, browser.runtime.getURL('/'))) return false;
      const active = document.activeElement;
      const sessions = [...(coach.sessions?.values() ?? [])];
      const session =
        sessions.find((s) => s.panelHasFocus()) ??
        sessions.find((s) => active instanceof Node && s.editor.contains(active)) ??
        lastFocused;
      session?.toggleFocus();
      return false;
    };
    browser.runtime.onMessage.addListener(onCommand);
    lifetime.signal.addEventListener('abort', () => browser.runtime?.onMessage?.removeListener(onCommand));
    if (!adapter || !helpdeskEnabled(settings, adapter.id)) return { tabReport };

    // A change made anywhere (options page, popup, another tab) shows at once in every panel.
    let pauseTimer: ReturnType<typeof setTimeout> | undefined;
    const rerun = () => {
      for (const session of coach.sessions?.values() ?? []) session.analyseNow();
      // A pause ends on its own: look again when the first one in force here runs out.
      clearTimeout(pauseTimer);
      const ends = [pause.everywhere ?? 0, ...Object.values(pause.sites), ...Object.values(pause.tickets)].filter((t) => t > Date.now());
      if (ends.length) pauseTimer = setTimeout(rerun, Math.min(Math.min(...ends) - Date.now() + 50, 2 ** 31 - 1));
    };
    lifetime.signal.addEventListener('abort', () => clearTimeout(pauseTimer));
    lifetime.signal.addEventListener(
      'abort',
      watchSettings((next) => {
        settings = next;
        followUiLanguage();
        rerun();
      }),
    );
    lifetime.signal.addEventListener(
      'abort',
      watchPause((next) => {
        pause = next;
        rerun();
      }),
    );
    const changeSettings = async (change: (current: Settings) => Settings) => {
      settings = await updateSettings(change);
    };
    const changePause = async (change: Parameters<typeof updatePause>[0]) => {
      pause = await updatePause(change);
      rerun();
    };
    // The analysis context only changes with the settings or the ticket's priority.
    let contextCache: { settings: Settings; priority?: Priority; context: AnalysisContext } | undefined;
    const analysisContext = (priority?: Priority): AnalysisContext => {
      if (contextCache?.settings !== settings || contextCache.priority !== priority) {
        contextCache = { settings, priority, context: analysisContextFromSettings(settings, priority) };
      }
      return contextCache.context;
    };
    // The interface language follows the setting while the page is open (read at each paint).
    let uiLang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
    let t = translatorFor(uiLang);
    const followUiLanguage = () => {
      const next = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
      if (next === uiLang) return;
      uiLang = next;
      t = translatorFor(next);
    };
    // What the panel shows for a finding or a moment, kept between renders (lib/coach/panel-texts.ts).
    const texts = new PanelTexts({ engine: () => engine, settings: () => settings, uiLang: () => uiLang, analysisContext });

    /**
     * A rewrite chosen from the keyboard: the button held the focus, so it goes back to the
     * editor first and the rewrite waits until the editor has settled its focus (CKEditor
     * restores its selection on a short timer); the writer then leaves the caret after it.
     */
    const editorFocusedForWrite = (session: CoachSession): Promise<void> => {
      if (!session.panelHasFocus()) return Promise.resolve();
      session.focusEditor();
      return new Promise((resolve) => setTimeout(resolve, FOCUS_SETTLE_MS));
    };

    const mountView = (session: CoachSession) =>
      mountSidebar({
        editor: session.editor,
        composer: adapter.composerOf(session.editor),
        sendControls: () =>
          adapter.sendSelectors.flatMap((s) => [...adapter.sendScopeOf(session.editor).querySelectorAll(s)]),
        protectedElements: () => adapter.protectedSelectors.flatMap((s) => [...document.querySelectorAll(s)]),
        roomSelector: adapter.roomSelector,
        signal: session.signal,
        get t() {
          return t;
        },
        get uiLang() {
          return uiLang;
        },
        describeMoment: (id, draftLang) => texts.moment(id, draftLang),
        describeFinding: (finding) => texts.finding(session, finding),
        // From the keyboard the button held the focus: it goes back to the editor first, so the
        // caret lands after the change there.
        onApply: (finding, suggestion) => void editorFocusedForWrite(session).then(() => session.apply(finding, suggestion)),
        onInsertAlternative: (finding, alternative) => void editorFocusedForWrite(session).then(() => session.insertAlternative(finding, alternative)),
        onInsertMomentAlternative: (alternative) => void editorFocusedForWrite(session).then(() => session.insertForMoment(alternative)),
        onEscape: () => session.returnToEditor(),
        onRevealFinding: (finding) => session.revealFinding(finding),
        onApplyToCommitment: (commitment, suggestion) => {
          pending.get(session)?.revise();
          session.closeGuard();
          // The dialog held the focus; the rewrite goes in with the caret back in the editor.
          session.editor.focus({ preventScroll: true });
          const finding = session.result?.findings.find(
            (f) => f.rule === 'unrealistic-commitment' && f.start === commitment.start,
          );
          if (finding) void session.apply(finding, suggestion);
        },
        onRevise: () => {
          pending.get(session)?.revise();
          session.revise(session.view.guard?.commitments[0]);
        },
        onSendAnyway: () => pending.get(session)?.sendAnyway(),
        onIgnore: (finding) => session.ignore(finding),
        onIgnoreAlways: (finding) => void session.ignoreAlways(finding),
        onDisableRule: (finding) => void session.disableRule(finding),
        onUndoDisableRule: () => void session.undoDisableRule(),
        onUndoSilence: () => void session.undoSilence(),
        onPause: (scope, duration) => {
          const where: Place = { host: location.hostname, helpdesk: session.context?.helpdesk, ticket: session.context?.ticketId };
          void changePause((state, now) => withPause(state, scope, where, pauseEnd(duration, new Date(now)), now));
        },
        onResume: () => {
          const where: Place = { host: location.hostname, helpdesk: session.context?.helpdesk, ticket: session.context?.ticketId };
          void changePause((state, now) => withoutPause(state, where, now));
        },
        onOpenDashboard: () => {
          const message: ContentMessage = { type: 'ui/open-options', section: 'dashboard' };
          browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('[Tacto] could not open the dashboard', error));
        },
      });

    /** The agent's two answers to a held send, by session. */
    const pending = new WeakMap<CoachSession, { sendAnyway(): void; revise(): void }>();

    // Every phrase never flagged here (the agent's, the team file's, the playbook's), rebuilt
    // when the settings change, not on each keystroke's analysis.
    let allowedFor: { settings: Settings; phrases: string[] } | undefined;
    const allowedPhrases = (): string[] => {
      if (allowedFor?.settings !== settings) {
        const phrases = [...settings.allowPhrases, ...settings.teamAllowPhrases, ...(settings.playbook.accepted ?? []).map(normalisePhrase)];
        allowedFor = { settings, phrases };
      }
      return allowedFor.phrases;
    };

    // What is inserted speaks the draft's language: playbook alternatives written in the
    // other language are not offered (the playbook's languages, indexed when the settings change).
    let entryLanguages: { settings: Settings; byId: Map<string, string> } | undefined;
    const inDraftLanguage = (result: ReturnType<Engine['analyze']>): ReturnType<Engine['analyze']> => {
      if (!result.findings.some((f) => f.alternatives.length > 0)) return result;
      if (entryLanguages?.settings !== settings) entryLanguages = { settings, byId: new Map(settings.playbook.entries.map((e) => [e.id, e.lang])) };
      const byId = entryLanguages.byId;
      return { ...result, findings: result.findings.map((f) => ({ ...f, alternatives: f.alternatives.filter((a) => byId.get(a.id) === result.lang) })) };
    };

    const sessions = startCoach(
      {
        adapter,
        // The playbook's index is built once, right after the engine loads, not on a keystroke.
        // Then, when the page is idle, one small analysis builds what an agent's first sentence
        // needs (its language's lexicons, the time expressions, the weights, the time zone's
        // formatter), so the agent's first keystroke does not pay for it. (The rest in idle
        // slices as well was measured and left: the slices fell between the agent's keys.)
        engineReady: () =>
          loadEngine(engineFiles).then(() => {
            engine?.indexPlaybook(settings.playbook);
            requestIdleCallback(() => {
              try {
                engine?.analyze({ text: WARM_UP, role: 'agent' });
              } catch {
                /* a warm-up only: the real analyses report their own failures */
              }
            }, { timeout: 2_000 });
          }),
        analyze: (input) => inDraftLanguage(analyzeWithEngine({ ...input, playbook: settings.playbook, disabledRules: settings.disabledRules })),
        report,
        write: (editor, start, end, text) => replaceText(adapter, editor, start, end, text),
        now: () => new Date(),
        analysisContext: (ticket) => analysisContext(ticket?.priority),
        explainCommitment: (commitment, context) => {
          if (!engine) throw new Error('the analysis engine is not loaded yet');
          return engine.explainCommitment(commitment, uiLang, new Date(), analysisContext(context.priority));
        },
        mountView,
        suppression: () => ({ allowed: allowedPhrases(), disabledRules: settings.disabledRules }),
        pausedAt: (ticket) => {
          if (ticket) lastTicket = { host: location.hostname, helpdesk: ticket.helpdesk, ticket: ticket.ticketId };
          return activePause(pause, { host: location.hostname, helpdesk: ticket?.helpdesk, ticket: ticket?.ticketId }, Date.now());
        },
        allowPhrase: (phrase) => changeSettings((s) => ({ ...s, allowPhrases: addAllowPhrase(s.allowPhrases, phrase) })),
        forgetPhrase: (phrase) => changeSettings((s) => ({ ...s, allowPhrases: s.allowPhrases.filter((p) => p !== normalisePhrase(phrase)) })),
        setRuleEnabled: (rule, enabled) =>
          changeSettings((s) => ({
            ...s,
            disabledRules: enabled ? s.disabledRules.filter((r) => r !== rule) : [...new Set([...s.disabledRules, rule])],
          })),
      },
      lifetime.signal,
      firstEditor,
      firstInputAt,
    );

    coach.sessions = sessions;
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (!(target instanceof Node)) return;
        for (const session of sessions.values()) if (session.editor.contains(target)) lastFocused = session;
      },
      { capture: true, signal: lifetime.signal },
    );
    startSendGuard(
      {
        adapter,
        sessions: () => sessions.values(),
        hold: ({ session, commitments, sendAnyway, revise }) => {
          pending.set(session, {
            sendAnyway: () => {
              pending.delete(session);
              session.closeGuard();
              sendAnyway();
            },
            revise: () => {
              pending.delete(session);
              revise();
            },
          });
          const dialog = session.showGuard(commitments);
          if (!dialog) throw new Error('the send guard was not drawn');
          return dialog;
        },
        dismiss: (session) => {
          pending.delete(session);
          session.closeGuard();
        },
        sent: (session, how) => session.sent(how),
        alive: lifetime.alive,
      },
      lifetime.signal,
    );
    return { tabReport };
  }
}
