import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Commitment } from '@/lib/analysis/types';
import type { GuardView } from '@/lib/coach/view';
import type { Translate } from '@/lib/coach/i18n';

export interface SendGuardProps {
  guard: GuardView;
  draftLang: 'es' | 'en';
  t: Translate;
  onApply(commitment: Commitment, suggestion: string): void;
  onRevise(): void;
  onSendAnyway(): void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The held send: the whole sentence with the promised time marked, when it falls due and the
 * hours left (the same phrase and figures as the sidebar), the priority they were judged
 * against, and honest rewrites. A modal: Tab cycles inside it and Escape revises.
 */
export function SendGuard({ guard, draftLang, t, onApply, onRevise, onSendAnyway }: SendGuardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const revise = useRef<HTMLButtonElement>(null);
  // A held send is the one moment Tacto takes focus: the agent must decide before anything leaves.
  useLayoutEffect(() => revise.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onRevise();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // The focus trap: the dialog's first and last controls wrap to each other.
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    const at = focusable.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : at === -1 || at === focusable.length - 1 ? 0 : at + 1;
    event.preventDefault();
    event.stopPropagation();
    focusable[next].focus();
  };
  const priority = guard.priorityFromDefault
    ? t('guardPriorityDefault', t(`priority_${guard.priority}`))
    : t('guardPriorityShown', guard.priorityLabel ? `«${guard.priorityLabel}»` : t(`priority_${guard.priority}`));
  return (
    // A press on the backdrop would send focus to the page behind the modal; it stays in the dialog.
    <div class="backdrop" onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}>
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tacto-guard-title"
        aria-describedby="tacto-guard-intro"
        data-tacto="send-guard"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="tacto-guard-title">{t('guardTitle')}</h2>
        <p id="tacto-guard-intro" class="quiet">{t('guardIntro')}</p>
        <ul class="commitments">
          {guard.commitments.map((c) => (
            <li key={`${c.start}`} data-commitment={c.quote}>
              <blockquote lang={draftLang} data-tacto="sentence" aria-label={t('guardCommitmentLabel')}>
                {c.sentence.slice(0, c.markStart)}
                <mark data-tacto="time-phrase">{c.sentence.slice(c.markStart, c.markEnd)}</mark>
                {c.sentence.slice(c.markEnd)}
              </blockquote>
              <p data-tacto="due">{t('guardDue', c.due)}</p>
              <p data-tacto="window">{t('guardWindow', c.hoursLeft, guard.minHours)}</p>
              <p data-tacto="priority" data-priority={guard.priority} data-default={String(guard.priorityFromDefault)}>
                {priority}
              </p>
              {c.suggestions.length > 0 && (
                <div class="actions" role="group" aria-label={t('guardRewrites')}>
                  {/* Each rewrite is shown in its sentence, so the agent reads what the reply will say. */}
                  {c.suggestions.map((s) => (
                    <button type="button" data-action="apply-suggestion" data-suggestion={s} lang={draftLang} key={s} onClick={() => onApply(c, s)}>
                      {c.sentence.slice(0, c.markStart)}
                      <mark>{s}</mark>
                      {c.sentence.slice(c.markEnd)}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
        <div class="decide">
          <button type="button" class="primary" data-action="revise" ref={revise} onClick={onRevise}>
            {t('revise')}
          </button>
          <button type="button" data-action="send-anyway" onClick={onSendAnyway}>
            {t('sendAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
