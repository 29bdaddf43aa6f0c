import { useEffect, useRef } from 'preact/hooks';
import type { Commitment } from '@/lib/analysis/types';
import type { GuardView } from '@/lib/coach/coach';
import type { Translate } from '@/lib/coach/i18n';

export interface SendGuardProps {
  guard: GuardView;
  uiLang: 'es' | 'en';
  draftLang: 'es' | 'en';
  t: Translate;
  onApply(commitment: Commitment, suggestion: string): void;
  onRevise(): void;
  onSendAnyway(): void;
}

function formatDue(iso: string, lang: 'es' | 'en', timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function formatHours(hours: number, lang: 'es' | 'en'): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(hours);
}

/** The held send: why each commitment is unrealistic and what to write instead. */
export function SendGuard({ guard, uiLang, draftLang, t, onApply, onRevise, onSendAnyway }: SendGuardProps) {
  const revise = useRef<HTMLButtonElement>(null);
  // A held send is the one moment Tacto takes focus: the agent must decide before anything leaves.
  useEffect(() => revise.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onRevise();
    }
  };
  return (
    <div class="backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tacto-guard-title"
        aria-describedby="tacto-guard-intro"
        data-tacto="send-guard"
        onKeyDown={onKeyDown}
      >
        <h2 id="tacto-guard-title">{t('guardTitle')}</h2>
        <p id="tacto-guard-intro" class="quiet">{t('guardIntro')}</p>
        <ul class="commitments">
          {guard.commitments.map((c) => (
            <li key={`${c.start}`} data-commitment={c.quote}>
              <blockquote lang={draftLang}>«{c.quote}»</blockquote>
              <p data-tacto="due">{t('guardDue', formatDue(c.due, uiLang, guard.timezone))}</p>
              <p data-tacto="window">
                {t(
                  'guardWindow',
                  formatHours(c.windowBusinessHours, uiLang),
                  t(`priority_${guard.priority}`),
                  formatHours(guard.minBusinessHours, uiLang),
                )}
              </p>
              {c.suggestions.length > 0 && (
                <div class="actions" role="group" aria-label={t('guardRewrites')}>
                  {c.suggestions.map((s) => (
                    <button type="button" data-action="apply-suggestion" lang={draftLang} key={s} onClick={() => onApply(c, s)}>
                      {s}
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
