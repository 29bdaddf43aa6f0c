/**
 * A part of the settings the organisation's policy fixes: shown as it is, read-only (a
 * disabled fieldset disables every control inside), marked `data-managed="true"`, with a
 * line saying who set it. Parts the policy does not touch render unchanged.
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/coach/i18n';
import type { ManagedKey } from '@/lib/settings/managed';

interface Props {
  t: Translate;
  /** The settings this part edits. */
  keys: readonly ManagedKey[];
  managed: ReadonlySet<ManagedKey>;
  children: ComponentChildren;
}

export function Managed({ t, keys, managed, children }: Props) {
  if (!keys.some((k) => managed.has(k))) return <>{children}</>;
  return (
    <fieldset class="set-managed" disabled data-managed="true" data-managed-keys={keys.filter((k) => managed.has(k)).join(' ')}>
      <p class="set-managed-note" data-tacto="managed-note">
        {t('setManagedNote')}
      </p>
      {children}
    </fieldset>
  );
}
