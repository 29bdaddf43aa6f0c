// @vitest-environment happy-dom
/**
 * CoachSession on its own: a contenteditable editor, the real engine (with its shipped
 * model), and deps the test controls. What an agent relies on: nothing is judged before
 * the engine has loaded, a failing analysis leaves the draft and the view alone, a
 * finding the agent ignored stays ignored while they edit elsewhere, a paused or internal
 * note is not coached, a rewrite goes through the editor's own writer (and a refused one
 * says so), and the ticket's moments and the findings' fate reach the log.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { AnalyzeInput } from '../../lib/analysis/types';
import type { EventReport } from '../../lib/log/messaging';
import type { HelpdeskAdapter, TicketContext } from '../../lib/helpdesk/adapters/types';
import { CoachSession, type CoachDeps } from '../../lib/coach/session';
import type { CoachView } from '../../lib/coach/view';

const TICKET: TicketContext = { helpdesk: 'zendesk', ticketId: '1234' } as TicketContext;

function editorWith(text: string): HTMLElement {
  document.body.replaceChildren();
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = text;
  document.body.append(editor);
  return editor;
}

function setup(text: string, over: Partial<CoachDeps> = {}, internal = false) {
  const editor = editorWith(text);
  let release!: () => void;
  const engine = new Promise<void>((resolve) => (release = resolve));
  const views: CoachView[] = [];
  const writes: Array<[number, number, string]> = [];
  const adapter = {
    id: 'zendesk',
    isInternalNote: () => internal,
    readContext: async () => TICKET,
  } as unknown as HelpdeskAdapter;
  const deps: CoachDeps = {
    adapter,
    engineReady: () => engine,
    analyze: (input: AnalyzeInput) => analyze(input),
    report: async () => undefined,
    mountView: () => ({ update: (view) => views.push(structuredClone(view)), guardElement: () => null, remove: () => undefined }),
    analysisContext: () => ({ timezone: 'America/Lima' }),
    write: async (_editor, start, end, replacement) => {
      writes.push([start, end, replacement]);
      return { ok: true } as never;
    },
    now: () => new Date('2026-11-18T15:00:00Z'),
    ...over,
  };
  const session = new CoachSession(editor, deps);
  return { editor, session, views, writes, ready: async () => { release(); await engine; await Promise.resolve(); } };
}

const rules = (session: CoachSession) => session.view.findings.map((f) => f.rule);

afterEach(() => vi.restoreAllMocks());

describe('CoachSession', () => {
  it('judges nothing before the engine has loaded, then analyses the draft', async () => {
    const { session, ready } = setup('Le garantizo que no volverá a pasar.');
    session.start();
    session.analyseNow();
    expect(session.result).toBeUndefined();
    await ready();
    expect(rules(session)).toEqual(['overpromise']);
    expect(session.view.words).toBe(7);
    session.dispose();
  });

  it('keeps the draft and shows nothing when the analysis throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { editor, session, ready } = setup('Le garantizo que no volverá a pasar.', {
      analyze: () => {
        throw new Error('injected fault');
      },
    });
    session.start();
    await ready();
    expect(session.result).toBeUndefined();
    expect(session.view.findings).toEqual([]);
    expect(editor.textContent).toBe('Le garantizo que no volverá a pasar.');
    session.dispose();
  });

  it('an ignored finding stays ignored while the agent edits elsewhere in the draft', async () => {
    const { editor, session, ready } = setup('Le garantizo que no volverá a pasar.');
    session.start();
    await ready();
    session.ignore(session.view.findings[0]!);
    expect(rules(session)).toEqual([]);
    editor.textContent = 'Hola, Marta. Le garantizo que no volverá a pasar.';
    session.analyseNow();
    expect(rules(session)).toEqual([]);
    session.dispose();
  });

  it('undoes the last ignore, and the last never-flag through the settings writer', async () => {
    const forgotten: string[] = [];
    const { session, ready } = setup('Le garantizo que no volverá a pasar.', { forgetPhrase: async (p) => void forgotten.push(p) });
    session.start();
    await ready();
    session.ignore(session.view.findings[0]!);
    expect(session.view.silenced?.kind).toBe('ignore');
    await session.undoSilence();
    expect(rules(session)).toEqual(['overpromise']);
    expect(session.view.silenced).toBeUndefined();
    await session.ignoreAlways(session.view.findings[0]!);
    await session.undoSilence();
    expect(forgotten).toEqual(['Le garantizo que no volverá a pasar']);
    expect(rules(session)).toEqual(['overpromise']);
    session.dispose();
  });

  it('coaches neither a paused ticket nor an internal note', async () => {
    const paused = setup('Le garantizo que no volverá a pasar.', {
      pausedAt: () => ({ scope: 'ticket', until: Date.parse('2026-11-18T16:00:00Z') }) as never,
    });
    paused.session.start();
    await paused.ready();
    expect(paused.session.view.findings).toEqual([]);
    expect(paused.session.view.paused).toBeTruthy();
    paused.session.dispose();

    const note = setup('Le garantizo que no volverá a pasar.', {}, true);
    note.session.start();
    await note.ready();
    expect(note.session.view.findings).toEqual([]);
    expect(note.session.view.internal).toBe(true);
    note.session.dispose();
  });

  it('applies a suggestion through the editor writer, on the finding\'s own span', async () => {
    const { session, writes, ready } = setup('Le garantizo que no volverá a pasar.');
    session.start();
    await ready();
    const finding = session.view.findings[0]!;
    await session.apply(finding, finding.suggestions[0]!);
    expect(writes).toEqual([[finding.start, finding.end, finding.suggestions[0]]]);
    session.dispose();
  });

  it('adds an alternative after a refusal the agent finished typing since the panel drew it, and not after one deleted', async () => {
    const { editor, session, writes, ready } = setup('No es posible, no aceptamos archivos de más de 10');
    session.start();
    await ready();
    const shown = session.view.findings.find((f) => f.rule === 'flat-refusal')!;
    expect(shown).toBeDefined();
    const alternative = { id: 'link', text: 'Puedo recibirlo por enlace.' } as never;
    editor.textContent = 'No es posible, no aceptamos archivos de más de 10 MB.';
    expect(await session.insertAlternative(shown, alternative)).toBe(true);
    expect(writes).toEqual([[editor.textContent.length, editor.textContent.length, ' Puedo recibirlo por enlace.']]);
    editor.textContent = 'Claro, lo revisamos hoy.';
    expect(await session.insertAlternative(shown, alternative)).toBe(false);
    expect(writes).toHaveLength(1);
    session.dispose();
  });

  it('reports the ticket\'s moments once it is read, and what became of the findings when the reply leaves', async () => {
    const reported: EventReport[][] = [];
    const ticket = { ...TICKET, customerMessage: 'Es la tercera vez que escribo y nadie me responde. Estoy harto.' } as TicketContext;
    const { session, ready } = setup('Hola. Le garantizo que no volverá a pasar.', {
      report: async (events) => void reported.push(events),
      adapter: { id: 'zendesk', isInternalNote: () => false, readContext: async () => ticket } as unknown as HelpdeskAdapter,
    });
    session.start();
    await ready();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the ticket is read
    const moments = reported.flat().filter((e) => e.kind === 'moment');
    expect(moments.length).toBeGreaterThan(0);
    expect(moments.every((e) => e.id.startsWith('moment:zendesk:1234:') && e.action === 'seen')).toBe(true);
    expect(session.view.moments).toEqual(moments.map((e) => e.type));
    session.sent('sent-anyway');
    const findings = reported.flat().filter((e) => e.kind === 'finding');
    expect(findings.map((e) => [e.type, e.action])).toEqual([['overpromise', 'sent']]);
    session.dispose();
  });

  it('says on the panel when a rewrite could not be written, and logs nothing for it', async () => {
    const reported: EventReport[] = [];
    const { session, ready } = setup('Le garantizo que no volverá a pasar.', {
      report: async (events) => void reported.push(...events),
      write: async () => ({ ok: false, error: 'the editor refused' }) as never,
    });
    session.start();
    await ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const finding = session.view.findings[0]!;
    expect(await session.apply(finding, finding.suggestions[0]!)).toBe(false);
    expect(session.view.writeError).toBe('the editor refused');
    expect(reported.filter((e) => e.kind === 'finding')).toEqual([]);
    session.dispose();
  });
});

describe('the send guard view the session draws', () => {
  it('says the due time and hours as explained, names the helpdesk\'s priority, or that the default was used', async () => {
    const explained: string[] = [];
    const friday = () => new Date('2026-11-20T22:30:00Z'); // Friday 17:30 in Lima
    const explainCommitment: CoachDeps['explainCommitment'] = (c, context) => {
      explained.push(`${c.quote}@${context.priority}`);
      return { due: 'at the end of Saturday, November 21', hoursLeft: '0.5', minHours: '8' };
    };
    const context = (priority?: 'normal') => () => ({ timezone: 'America/Lima', ...(priority ? { priority } : {}) });
    for (const shown of [{ priority: 'normal', priorityLabel: 'Medium' }, {}] as const) {
      const { session, ready } = setup('Hola. Mañana te lo resuelvo.', {
        now: friday,
        explainCommitment,
        analysisContext: context('priority' in shown ? 'normal' : undefined),
        adapter: { id: 'freshdesk', isInternalNote: () => false, readContext: async () => ({ ...TICKET, ...shown }) } as unknown as HelpdeskAdapter,
      });
      session.start();
      await ready();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the ticket is read
      const unrealistic = session.result!.commitments.filter((c) => !c.realistic);
      expect(unrealistic.map((c) => c.quote)).toEqual(['Mañana']);
      session.showGuard(unrealistic);
      const guard = session.view.guard!;
      expect(guard.commitments[0]).toMatchObject({ sentence: 'Mañana te lo resuelvo.', markStart: 0, markEnd: 6, due: 'at the end of Saturday, November 21', hoursLeft: '0.5' });
      expect(guard.minHours).toBe('8');
      expect(guard.priorityFromDefault).toBe(!('priority' in shown));
      expect(guard.priorityLabel).toBe('priority' in shown ? 'Medium' : undefined);
      session.dispose();
    }
    expect(explained.length).toBeGreaterThan(0);
  });
});
