import type { Alternative, Finding, Lang, MomentId } from '@/lib/analysis/types';
import type { Translate } from '@/lib/i18n';

export interface MomentInfo {
  id: MomentId;
  label: string;
  advice: string;
}

export interface SidebarProps {
  lang: Lang;
  words: number;
  findings: Finding[];
  moments: MomentInfo[];
  internal: boolean;
  collapsed: boolean;
  /** A rewrite that could not be written into the editor. */
  writeError?: string;
  t: Translate;
  onToggle(): void;
  onApply(finding: Finding, suggestion: string): void;
  onInsertAlternative(finding: Finding, alternative: Alternative): void;
}

/** Buttons act without taking focus from the editor, so the caret stays where it was. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function Sidebar(props: SidebarProps) {
  const { t, findings, moments } = props;
  const count = findings.length;

  if (props.collapsed) {
    return (
      <button
        type="button"
        class="badge"
        data-tacto="badge"
        data-action="expand"
        aria-expanded="false"
        aria-label={t('sidebarExpand', String(count))}
        onMouseDown={keepFocus}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">T</span>
        {count > 0 && <span class="count">{count}</span>}
      </button>
    );
  }

  return (
    <aside class="panel" data-tacto="sidebar" aria-label={t('sidebarLabel')}>
      <header>
        <strong>Tacto</strong>
        <span class="meta">
          <span data-tacto="lang" lang="en">{props.lang}</span>
          {' · '}
          <span data-tacto="word-count">{props.words}</span> {t('words')}
        </span>
        <button
          type="button"
          class="icon"
          data-action="collapse"
          aria-expanded="true"
          aria-label={t('sidebarCollapse')}
          onMouseDown={keepFocus}
          onClick={props.onToggle}
        >
          –
        </button>
      </header>

      {moments.length > 0 && (
        <section aria-label={t('momentsLabel')} class="moments">
          {moments.map((m) => (
            <div class="moment" data-moment={m.id} key={m.id}>
              <span class="chip">{m.label}</span>
              <span class="advice">{m.advice}</span>
            </div>
          ))}
        </section>
      )}

      {props.writeError && (
        <p class="write-error" role="alert">
          {t('writeFailed')}
        </p>
      )}

      {props.internal ? (
        <p class="quiet" data-tacto="internal-note">{t('internalNote')}</p>
      ) : (
        <section aria-label={t('findingsLabel')} aria-live="polite">
          {count === 0 ? (
            <p class="quiet" data-tacto="no-findings">{t('noFindings')}</p>
          ) : (
            <ul class="findings">
              {findings.map((f) => (
                <li class="finding" data-rule={f.rule} key={`${f.rule}:${f.start}`}>
                  <p class="message">{f.message}</p>
                  <blockquote lang={props.lang}>{f.quote}</blockquote>
                  <div class="actions" role="group" aria-label={t('suggestionsLabel')}>
                    {f.suggestions.map((s) => (
                      <button
                        type="button"
                        data-action="apply-suggestion"
                        lang={props.lang}
                        key={s}
                        onMouseDown={keepFocus}
                        onClick={() => props.onApply(f, s)}
                      >
                        {s}
                      </button>
                    ))}
                  </div>
                  {f.alternatives.length > 0 && (
                    <div class="alternatives" role="group" aria-label={t('alternativesLabel')}>
                      {f.alternatives.map((a) => (
                        <button
                          type="button"
                          data-action="insert-alternative"
                          data-alternative={a.id}
                          key={a.id}
                          title={a.text}
                          onMouseDown={keepFocus}
                          onClick={() => props.onInsertAlternative(f, a)}
                        >
                          <strong>{a.title}</strong>
                          <span>{a.text}</span>
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </aside>
  );
}
