/**
 * The words the sidebar shows for a finding or a moment, in the interface language (the
 * panel speaks it; only what is inserted follows the draft, docs/spec/ui.md).
 *
 * The panel renders on every analysis, so both are kept instead of rebuilt per key: a
 * commitment's message (its due time is formatted through Intl) per commitment, language,
 * priority and minute; a moment's label, advice and playbook entries until the settings, the
 * interface language or the engine change.
 */
import type { Alternative, AnalysisContext, Commitment, Finding, Lang, MomentId, Priority } from '../analysis/types';
import type { Settings } from '../settings/types';

type Engine = typeof import('../analysis/page-engine');

/** What a moment's chip shows (the sidebar's MomentInfo). */
export interface MomentText {
  id: MomentId;
  label: string;
  advice: string;
  /** The playbook entries that answer this moment, in the draft's language. */
  alternatives: Alternative[];
}

/** Where the texts come from, read at each call: the engine loads late, settings change. */
export interface PanelTextSources {
  engine(): Engine | undefined;
  settings(): Settings;
  uiLang(): Lang;
  analysisContext(priority?: Priority): AnalysisContext;
  now?(): number;
}

/** The part of a coaching session a finding's text depends on. */
export interface FindingSession {
  result?: { commitments: Commitment[] };
  context?: { priority?: Priority };
}

/** Kept commitment messages are few (a draft's commitments); past this many, start over. */
const KEPT_MESSAGES = 64;

export class PanelTexts {
  private readonly messages = new Map<string, string>();
  private moments: { settings: Settings; uiLang: Lang; engine?: Engine; byKey: Map<string, MomentText> } | undefined;

  constructor(private readonly from: PanelTextSources) {}

  /** A finding's message: a commitment's names its due time and figures (the send guard repeats them). */
  finding(session: FindingSession, finding: Finding): string {
    const engine = this.from.engine();
    const uiLang = this.from.uiLang();
    if (finding.rule === 'unrealistic-commitment' && engine) {
      const commitment = session.result?.commitments.find((c) => c.start === finding.start && c.end === finding.end);
      if (commitment) {
        const now = this.from.now?.() ?? Date.now();
        const priority = session.context?.priority;
        const key = [commitment.quote, commitment.due, commitment.windowBusinessHours, uiLang, priority, Math.floor(now / 60_000)].join('|');
        let message = this.messages.get(key);
        if (message === undefined) {
          if (this.messages.size > KEPT_MESSAGES) this.messages.clear();
          message = engine.explainCommitment(commitment, uiLang, new Date(now), this.from.analysisContext(priority)).message;
          this.messages.set(key, message);
        }
        return message;
      }
    }
    return engine?.RULES.find((r) => r.id === finding.rule)?.message[uiLang] ?? finding.message;
  }

  /** A moment's chip: its label and advice, and the playbook's entries for it in the draft's language. */
  moment(id: MomentId, draftLang: Lang): MomentText {
    const settings = this.from.settings();
    const uiLang = this.from.uiLang();
    const engine = this.from.engine();
    if (this.moments?.settings !== settings || this.moments.uiLang !== uiLang || this.moments.engine !== engine) {
      this.moments = { settings, uiLang, engine, byKey: new Map() };
    }
    const key = `${id}|${draftLang}`;
    let text = this.moments.byKey.get(key);
    if (!text) {
      const moment = engine?.MOMENTS.find((m) => m.id === id);
      text = {
        id,
        label: moment?.label[uiLang] ?? id,
        advice: moment?.advice[uiLang] ?? '',
        alternatives: engine?.alternativesForMoment(settings.playbook, id, draftLang) ?? [],
      };
      this.moments.byKey.set(key, text);
    }
    return text;
  }
}
