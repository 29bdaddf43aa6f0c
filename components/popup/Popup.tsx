/**
 * The toolbar popup: whether Tacto is active on this tab (and why not), the pause
 * controls, and links to the weekly dashboard and the settings. Plain Preact fed by
 * entrypoints/popup (which asks the tab and writes the pause).
 */
import { useState } from 'preact/hooks';
import type { PauseDuration, PauseScope } from '@/lib/coach/control/pause';
import type { TabState } from '@/lib/coach/control/tab-state';
import type { Translate } from '@/lib/coach/i18n';
import { helpdeskName } from '@/lib/helpdesk/sites';


export interface PopupProps {
  t: Translate;
  state: TabState;
  formatTime(until: number): string;
  onPause(scope: PauseScope, duration: PauseDuration): void;
  onResume(): void;
  onOpen(section: 'dashboard' | 'settings'): void;
}

export function Popup({ t, state, formatTime, onPause, onResume, onOpen }: PopupProps) {
  const [duration, setDuration] = useState<PauseDuration>('1h');
  const helpdesk = state.helpdesk ? helpdeskName(state.helpdesk) : '';
  const message =
    state.state === 'active'
      ? t('popupActive', helpdesk)
      : state.state === 'paused' && state.pause
        ? t(`paused_${state.pause.scope}`, formatTime(state.pause.until))
        : t(`popupInactive_${(state.reason ?? 'not-helpdesk').replace(/-/g, '_')}`, helpdesk);
  const canPauseHere = state.place !== null && state.state !== 'inactive';
  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <strong>Tacto</strong>
      </header>
      <p class="state" data-tacto="state" data-state={state.state} data-reason={state.reason ?? ''} data-helpdesk={state.helpdesk ?? ''}>
        {message}
      </p>
      {state.state === 'paused' ? (
        <button type="button" class="primary" data-action="resume" onClick={onResume}>
          {t('pauseResume')}
        </button>
      ) : (
        <fieldset class="pause">
          <legend>{t('pauseMenu')}</legend>
          <div class="durations">
            {(['1h', 'tomorrow'] as const).map((d) => (
              <label key={d}>
                <input type="radio" name="pause-duration" value={d} checked={duration === d} onChange={() => setDuration(d)} />
                {t(d === '1h' ? 'pause1h' : 'pauseTomorrow')}
              </label>
            ))}
          </div>
          <button type="button" data-action="pause-ticket" disabled={!canPauseHere || !state.place?.ticket} onClick={() => onPause('ticket', duration)}>
            {t('pauseTicket')}
          </button>
          <button type="button" data-action="pause-site" disabled={!canPauseHere} onClick={() => onPause('site', duration)}>
            {t('pauseSite')}
          </button>
          <button type="button" data-action="pause-everywhere" onClick={() => onPause('everywhere', duration)}>
            {t('pauseEverywhere')}
          </button>
        </fieldset>
      )}
      <nav>
        <button type="button" class="link" data-action="open-dashboard" onClick={() => onOpen('dashboard')}>
          {t('openDashboard')}
        </button>
        <button type="button" class="link" data-action="open-settings" onClick={() => onOpen('settings')}>
          {t('openSettings')}
        </button>
      </nav>
    </main>
  );
}
