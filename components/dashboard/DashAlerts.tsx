/**
 * The dashboard's alert (role="alert"): refused files, failed reads and the background's
 * storage problem, the first few shown and the rest folded; the problem can be dismissed.
 */
import type { Translate } from '@/lib/coach/i18n';
import type { StorageProblem } from '@/lib/log/health';

/** Alerts shown unfolded. */
const ALERTS_SHOWN = 3;

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  messages: string[];
  problem: StorageProblem | null;
  onDismiss(): void;
}

export function DashAlerts({ t, lang, messages, problem, onDismiss }: Props) {
  const alerts = [...messages, ...(problem ? [t(problem.quota ? 'dashErrBackgroundFull' : 'dashErrBackground', new Date(problem.at).toLocaleString(lang), problem.message)] : [])];
  return (
    <div class="dash-alert" role="alert" hidden={alerts.length === 0}>
      {/* Many refused files stay short too: the first few, the rest folded. */}
      {alerts.slice(0, ALERTS_SHOWN).map((message) => (
        <p key={message}>{message}</p>
      ))}
      {alerts.length > ALERTS_SHOWN && (
        <details>
          <summary>{t('dashAlertMore', String(alerts.length - ALERTS_SHOWN))}</summary>
          {alerts.slice(ALERTS_SHOWN).map((message) => (
            <p key={message}>{message}</p>
          ))}
        </details>
      )}
      {problem && (
        <button type="button" data-action="dismiss-problem" onClick={onDismiss}>
          {t('dashDismiss')}
        </button>
      )}
    </div>
  );
}
