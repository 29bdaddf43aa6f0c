/**
 * Custom helpdesk domains. Adding one asks the browser for that host's permission at
 * that moment (the request is the first thing the click does, so the browser sees the
 * user's gesture); only when it is granted is the domain saved and its content scripts
 * registered. Removing one unregisters the scripts and gives the permission back.
 * Domains that came in a team file show "Allow" until this browser grants them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import { parseHost } from '@/lib/settings/hosts';
import { CUSTOM_DOMAIN_HELPDESKS, type CustomDomainHelpdesk, type Settings } from '@/lib/settings/types';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { Feedback } from './Feedback';
import { helpdeskName } from '@/lib/helpdesk/sites';

interface Props {
  t: Translate;
  settings: Settings;
  store: SettingsStore;
  /** Saves settings; resolves false (and shows why) when they were not saved. */
  commit(next: Settings): Promise<boolean>;
}


export function CustomDomains({ t, settings, store, commit }: Props) {
  const [host, setHost] = useState('');
  const [helpdesk, setHelpdesk] = useState<CustomDomainHelpdesk>('zendesk');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  /** Re-reads the permission of these hosts (merged: an older list must not undo a newer answer). */
  const refresh = async (hosts: string[]) => {
    const entries = await Promise.all(hosts.map(async (h) => [h, await store.hostGranted(h)] as const));
    setGranted((prev) => ({ ...prev, ...Object.fromEntries(entries) }));
  };
  useEffect(() => {
    void refresh(settings.customDomains.map((d) => d.host));
  }, [settings.customDomains]);

  const grantAndSave = async (permission: Promise<boolean>, domainHost: string, next: Settings) => {
    let ok: boolean;
    try {
      ok = await permission;
    } catch (e) {
      setError(`${t('setDomainPermissionFailed', domainHost)} ${(e as Error).message}`);
      return;
    }
    if (!ok) {
      setStatus('');
      setError(t('setDomainPermissionDenied', domainHost));
      return;
    }
    if (!(await commit(next))) return;
    await store.syncDomains(next);
    setError('');
    setHost('');
    setStatus(t('setDomainActive', domainHost));
    await refresh([domainHost]);
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseHost(host);
    if ('error' in parsed) {
      setStatus('');
      setError(`${t('setDomainInvalid')} ${t(parsed.error.key, ...parsed.error.subs)}`);
      return;
    }
    // The permission request comes first, synchronously in the click: a user gesture.
    const permission = store.requestHost(parsed.host);
    const domains = [...settings.customDomains.filter((d) => d.host !== parsed.host), { host: parsed.host, helpdesk }];
    void grantAndSave(permission, parsed.host, { ...settings, customDomains: domains });
  };

  const grant = (domainHost: string) => {
    const permission = store.requestHost(domainHost);
    void grantAndSave(permission, domainHost, settings);
  };

  const remove = async (domainHost: string) => {
    const next = { ...settings, customDomains: settings.customDomains.filter((d) => d.host !== domainHost) };
    if (!(await commit(next))) return;
    await store.syncDomains(next);
    await store.removeHost(domainHost);
    await refresh([domainHost]);
    setError('');
    setStatus(t('setDomainRemoved', domainHost));
  };

  return (
    <section class="set-section" data-section="domains" aria-labelledby="set-domains-title">
      <h2 id="set-domains-title">{t('setDomainsTitle')}</h2>
      <p class="set-help">{t('setDomainsHelp')}</p>
      <form class="set-row" onSubmit={add}>
        <input
          name="customDomainHost"
          placeholder="support.acme.com"
          aria-label={t('setDomainHost')}
          value={host}
          onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
        />
        <select
          name="customDomainHelpdesk"
          aria-label={t('setDomainHelpdesk')}
          value={helpdesk}
          onChange={(e) => setHelpdesk((e.currentTarget as HTMLSelectElement).value as CustomDomainHelpdesk)}
        >
          {CUSTOM_DOMAIN_HELPDESKS.map((id) => (
            <option key={id} value={id}>
              {helpdeskName(id)}
            </option>
          ))}
        </select>
        <button type="submit" data-action="add-domain">
          {t('setDomainAdd')}
        </button>
      </form>
      <Feedback error={error} status={status} area="domains" />
      <ul class="set-domains">
        {settings.customDomains.map((d) => (
          <li key={d.host} data-domain={d.host} data-granted={String(!!granted[d.host])}>
            <code>{d.host}</code> <span class="set-tag">{helpdeskName(d.helpdesk)}</span>{' '}
            <span class="set-domain-state">{granted[d.host] ? t('setDomainStateActive') : t('setDomainStateNeedsPermission')}</span>
            <span class="set-spacer" />
            {!granted[d.host] && (
              <button type="button" data-action="grant-domain" onClick={() => grant(d.host)}>
                {t('setDomainGrant')}
              </button>
            )}
            <button type="button" data-action="remove-domain" onClick={() => void remove(d.host)}>
              {t('setRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
