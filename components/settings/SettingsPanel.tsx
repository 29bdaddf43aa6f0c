/**
 * The settings tab of the options page. Every change is validated and saved at once
 * (a field that does not validate shows why, in role="alert", and nothing is saved);
 * the helpdesk pages pick the change up through storage events.
 *
 *   SettingsPanel ─┬─ hours & time zone ─ holidays ─ turnaround & priority
 *                  ├─ coaching (rules, helpdesks) ─ you (alias, language, retention)
 *                  ├─ team file (export / import)
 *                  ├─ PlaybookEditor
 *                  └─ CustomDomains
 *
 * Browser access goes through `store` (the SettingsStore interface, lib/settings/settings-store.ts),
 * which the options page creates and passes in, so this stays plain Preact.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RULE_IDS, type Lang, type Playbook, type Priority } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { HELPDESKS } from '@/lib/log/messaging';
import type { ManagedKey } from '@/lib/settings/managed';
import { applyTeamSettings, exportTeamSettings, parseTeamSettingsFile } from '@/lib/settings/team-file';
import { PRIORITIES, RETENTION_WEEKS, UI_LANGUAGES, type Settings } from '@/lib/settings/types';
import { problemTexts } from '@/lib/settings/problems';
import { isValidDate } from '@/lib/settings/validation';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { AgentControls } from './AgentControls';
import { CustomDomains } from './CustomDomains';
import { Managed } from './Managed';
import { PlaybookEditor } from './PlaybookEditor';
import { TeamServer } from './TeamServer';
import type { TeamServerStore } from '@/lib/log/sync/options';
import './settings.css';
import { helpdeskName } from '@/lib/helpdesk/sites';
import { ruleNameKey } from '@/lib/log/catalog';

interface Props {
  t: Translate;
  lang: Lang;
  store: SettingsStore;
  /** The «Team server» section's store (the options page passes the browser's); none hides it. */
  teamServerStore?: TeamServerStore;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

function weekdayName(day: number, lang: Lang): string {
  // 2024-01-01 was a Monday (ISO day 1).
  return new Date(Date.UTC(2024, 0, day)).toLocaleDateString(lang, { weekday: 'short', timeZone: 'UTC' });
}

export function SettingsPanel({ t, lang, store, teamServerStore }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [teamError, setTeamError] = useState<string[]>([]);
  const [teamStatus, setTeamStatus] = useState('');
  const [newDate, setNewDate] = useState('');
  const pendingInvalid = useRef(false);
  const [managed, setManaged] = useState<ReadonlySet<ManagedKey>>(new Set());
  const [teamPhrases, setTeamPhrases] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    void store.managed?.().then((m) => {
      if (!live) return;
      setManaged(new Set(m.keys));
      setTeamPhrases(m.value.allowPhrases ?? []);
    });
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    let live = true;
    void store.load().then((s) => live && setSettings(s));
    const unwatch = store.watch((s) => {
      // Another tab (or an import) saved: show it, unless the user is fixing an invalid field here.
      if (!pendingInvalid.current) setSettings(s);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const countries = useMemo(() => store.countries(lang), [store, lang]);
  const regions = useMemo(() => (settings?.holidays.country ? store.regions(settings.holidays.country, lang) : []), [store, lang, settings?.holidays.country]);
  const zones = useMemo(() => store.timeZones(), [store]);

  if (!settings) return <p class="set-loading">{t('setLoading')}</p>;

  /** Validates and saves; on a problem shows it and keeps the edit on screen, unsaved. */
  const commit = async (next: Settings): Promise<boolean> => {
    setSettings(next);
    try {
      await store.save(next);
      pendingInvalid.current = false;
      setProblems([]);
      setStatus(t('setSaved'));
      return true;
    } catch (error) {
      pendingInvalid.current = true;
      setStatus('');
      setProblems(problemTexts(error, t));
      return false;
    }
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => void commit({ ...settings, [key]: value });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

  const setHolidayPlace = (country: string, region: string) =>
    set('holidays', store.withPublicHolidays({ ...settings.holidays, country, region: country ? region : '' }));

  const addTeamDate = () => {
    if (!isValidDate(newDate)) return;
    set('holidays', { ...settings.holidays, teamDates: [...new Set([...settings.holidays.teamDates, newDate])].sort() });
    setNewDate('');
  };

  const importTeam = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setTeamStatus('');
    let team;
    try {
      team = parseTeamSettingsFile(await file.text());
    } catch (error) {
      setTeamError(problemTexts(error, t));
      return;
    }
    // Public holidays are recomputed here (the file may come from an older year).
    const next = applyTeamSettings(settings, { ...team, holidays: store.withPublicHolidays(team.holidays) });
    try {
      await store.save(next);
    } catch (error) {
      setTeamError(problemTexts(error, t));
      return;
    }
    pendingInvalid.current = false;
    setProblems([]);
    setSettings(next);
    setTeamError([]);
    await store.syncDomains(next).catch(() => []);
    setTeamStatus(t('setTeamImported', file.name));
  };

  const upcoming = settings.holidays.publicDates.filter((d) => d >= new Date().toISOString().slice(0, 10)).slice(0, 4);
  const onPlaybook = (playbook: Playbook) => commit({ ...settings, playbook });

  return (
    <div class="set-panel" data-tacto="settings">
      <div class="set-feedback" aria-live="polite">
        {problems.length > 0 && (
          <div role="alert" class="set-error" data-error-for="settings">
            <strong>{t('setNotSaved')}</strong>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {status && problems.length === 0 && (
          <p role="status" class="set-status" data-status="settings">
            {status}
          </p>
        )}
      </div>

      <Managed t={t} keys={['timezone', 'businessHours']} managed={managed}>
      <section class="set-section" data-section="hours" aria-labelledby="set-hours-title">
        <h2 id="set-hours-title">{t('setHoursTitle')}</h2>
        <p class="set-help">{t('setHoursHelp')}</p>
        <fieldset class="set-days">
          <legend>{t('setDays')}</legend>
          {DAYS.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                name="businessDay"
                value={String(day)}
                checked={settings.businessHours.days.includes(day)}
                onChange={(e) => {
                  const days = checked(e) ? [...settings.businessHours.days, day] : settings.businessHours.days.filter((d) => d !== day);
                  set('businessHours', { ...settings.businessHours, days: [...new Set(days)].sort((a, b) => a - b) });
                }}
              />
              {weekdayName(day, lang)}
            </label>
          ))}
        </fieldset>
        <div class="set-row">
          <label>
            {t('setOpens')}
            <input type="time" name="businessHoursStart" value={settings.businessHours.start} onChange={(e) => set('businessHours', { ...settings.businessHours, start: value(e) })} />
          </label>
          <label>
            {t('setCloses')}
            <input type="time" name="businessHoursEnd" value={settings.businessHours.end === '24:00' ? '23:59' : settings.businessHours.end} onChange={(e) => set('businessHours', { ...settings.businessHours, end: value(e) === '23:59' ? '24:00' : value(e) })} />
          </label>
          <label>
            {t('setTimezone')}
            <select name="timezone" value={settings.timezone} onChange={(e) => set('timezone', value(e))}>
              <option value="">{t('setTimezoneBrowser', Intl.DateTimeFormat().resolvedOptions().timeZone)}</option>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
              {settings.timezone && !zones.includes(settings.timezone) && <option value={settings.timezone}>{settings.timezone}</option>}
            </select>
          </label>
        </div>
      </section>

      </Managed>

      <section class="set-section" data-section="holidays" aria-labelledby="set-holidays-title">
        <h2 id="set-holidays-title">{t('setHolidaysTitle')}</h2>
        <div class="set-row">
          <label>
            {t('setCountry')}
            <select name="holidaysCountry" value={settings.holidays.country} onChange={(e) => setHolidayPlace(value(e), '')}>
              <option value="">{t('setNoCountry')}</option>
              {countries.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {regions.length > 0 && (
            <label>
              {t('setRegion')}
              <select name="holidaysRegion" value={settings.holidays.region} onChange={(e) => setHolidayPlace(settings.holidays.country, value(e))}>
                <option value="">{t('setWholeCountry')}</option>
                {regions.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {settings.holidays.country && (
          <p class="set-help" data-public-holidays={String(settings.holidays.publicDates.length)}>
            {t('setPublicHolidays', String(settings.holidays.publicDates.length))} {upcoming.length > 0 && `${t('setNext')} ${upcoming.join(', ')}`}
          </p>
        )}
        <h3>{t('setTeamDates')}</h3>
        <div class="set-row">
          <input type="date" name="teamHoliday" aria-label={t('setTeamDates')} value={newDate} onInput={(e) => setNewDate(value(e))} />
          <button type="button" data-action="add-holiday" disabled={!isValidDate(newDate)} onClick={addTeamDate}>
            {t('setAdd')}
          </button>
        </div>
        <ul class="set-dates">
          {settings.holidays.teamDates.map((d) => (
            <li key={d} data-date={d}>
              {d}{' '}
              <button type="button" data-action="remove-holiday" aria-label={t('setRemoveDate', d)} onClick={() => set('holidays', { ...settings.holidays, teamDates: settings.holidays.teamDates.filter((x) => x !== d) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </section>

      <Managed t={t} keys={['minBusinessHours', 'defaultPriority']} managed={managed}>
      <section class="set-section" data-section="turnaround" aria-labelledby="set-turnaround-title">
        <h2 id="set-turnaround-title">{t('setTurnaroundTitle')}</h2>
        <p class="set-help">{t('setTurnaroundHelp')}</p>
        <div class="set-row">
          {PRIORITIES.map((p) => (
            <label key={p}>
              {t(`setPriority_${p}`)}
              <input
                type="number"
                name={`minBusinessHours.${p}`}
                min="0"
                step="0.5"
                value={String(settings.minBusinessHours[p])}
                onChange={(e) => {
                  const n = value(e).trim() === '' ? NaN : Number(value(e));
                  set('minBusinessHours', { ...settings.minBusinessHours, [p]: n });
                }}
              />
            </label>
          ))}
        </div>
        <label>
          {t('setDefaultPriority')}
          <select name="defaultPriority" value={settings.defaultPriority} onChange={(e) => set('defaultPriority', value(e) as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`setPriority_${p}`)}
              </option>
            ))}
          </select>
        </label>
        <p class="set-help">{t('setDefaultPriorityHelp')}</p>
      </section>

      </Managed>

      <Managed t={t} keys={['helpdesks', 'disabledRules']} managed={managed}>
      <section class="set-section" data-section="coaching" aria-labelledby="set-coaching-title">
        <h2 id="set-coaching-title">{t('setCoachingTitle')}</h2>
        <fieldset>
          <legend>{t('setHelpdesks')}</legend>
          {HELPDESKS.map((h) => (
            <label key={h}>
              <input type="checkbox" name="helpdesk" value={h} checked={settings.helpdesks[h]} onChange={(e) => set('helpdesks', { ...settings.helpdesks, [h]: checked(e) })} />
              {helpdeskName(h)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('setRules')}</legend>
          {RULE_IDS.map((rule) => (
            <label key={rule} class="set-rule">
              <input
                type="checkbox"
                name="rule"
                value={rule}
                checked={!settings.disabledRules.includes(rule)}
                onChange={(e) =>
                  set('disabledRules', checked(e) ? settings.disabledRules.filter((r) => r !== rule) : [...settings.disabledRules, rule])
                }
              />
              {t(ruleNameKey(rule))} <code>{rule}</code>
            </label>
          ))}
        </fieldset>
      </section>

      </Managed>

      <AgentControls t={t} settings={settings} commit={commit} teamPhrases={teamPhrases} />

      <section class="set-section" data-section="you" aria-labelledby="set-you-title">
        <h2 id="set-you-title">{t('setYouTitle')}</h2>
        <div class="set-row">
          <label>
            {t('setAlias')}
            <input name="agentAlias" maxLength={40} value={settings.agentAlias} onChange={(e) => set('agentAlias', value(e))} />
          </label>
          <label>
            {t('setUiLanguage')}
            <select name="uiLanguage" value={settings.uiLanguage} onChange={(e) => set('uiLanguage', value(e) as Settings['uiLanguage'])}>
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`setUiLanguage_${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('setRetention')}
            <input
              type="number"
              name="retentionWeeks"
              min={String(RETENTION_WEEKS.min)}
              max={String(RETENTION_WEEKS.max)}
              step="1"
              value={String(settings.retentionWeeks)}
              onChange={(e) => set('retentionWeeks', Number(value(e)))}
            />
          </label>
        </div>
        <p class="set-help">{t('setYouHelp')}</p>
      </section>

      <section class="set-section" data-section="team" aria-labelledby="set-team-title">
        <h2 id="set-team-title">{t('setTeamTitle')}</h2>
        <p class="set-help">{t('setTeamHelp')}</p>
        <div class="set-row">
          <button
            type="button"
            data-action="export-settings"
            onClick={() => store.download('tacto-team-settings.json', `${JSON.stringify(exportTeamSettings(settings), null, 2)}\n`, 'application/json')}
          >
            {t('setTeamExport')}
          </button>
          <label class="set-file">
            {t('setTeamImport')}
            <input type="file" name="settingsImport" accept=".json,application/json" onChange={importTeam} />
          </label>
        </div>
        {teamError.length > 0 && (
          <div role="alert" class="set-error" data-error-for="team">
            <strong>{t('setTeamImportFailed')}</strong>
            <ul>
              {teamError.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {teamStatus && teamError.length === 0 && (
          <p role="status" class="set-status">
            {teamStatus}
          </p>
        )}
      </section>

      {teamServerStore && <TeamServer t={t} store={teamServerStore} />}

      <Managed t={t} keys={['playbook']} managed={managed}>
        <PlaybookEditor t={t} lang={lang} playbook={settings.playbook} onChange={onPlaybook} download={store.download} />
      </Managed>
      <Managed t={t} keys={['customDomains']} managed={managed}>
        <CustomDomains t={t} settings={settings} store={store} commit={commit} />
      </Managed>
    </div>
  );
}
