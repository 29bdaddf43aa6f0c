/** Where Tacto coaches and on what: the helpdesks it runs on and the rules it applies. */
import { RULE_IDS } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { helpdeskName } from '@/lib/helpdesk/sites';
import { ruleNameKey } from '@/lib/log/catalog';
import { HELPDESKS } from '@/lib/log/messaging';
import type { Settings } from '@/lib/settings/types';
import type { SetSetting } from './useSettingsForm';

interface Props {
  t: Translate;
  settings: Settings;
  set: SetSetting;
}

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

export function CoachingSection({ t, settings, set }: Props) {
  return (
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
              onChange={(e) => set('disabledRules', checked(e) ? settings.disabledRules.filter((r) => r !== rule) : [...settings.disabledRules, rule])}
            />
            {t(ruleNameKey(rule))} <code>{rule}</code>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
