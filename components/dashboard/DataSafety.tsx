/** Retention, persistent storage, and deleting everything (after confirmation). */
import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';

interface Props {
  t: Translate;
  retentionWeeks: number | undefined;
  persisted: boolean | null | undefined;
  disabled: boolean;
  onDeleteAll(): void;
}

export function DataSafety({ t, retentionWeeks, persisted, disabled, onDeleteAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <h2>{t('dashDataSafety')}</h2>
      <p>{t('dashRetention', String(retentionWeeks ?? ''))}</p>
      {persisted !== undefined && <p data-persisted={String(persisted)}>{t(persisted ? 'dashPersisted' : 'dashNotPersisted')}</p>}
      {!confirming ? (
        <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirming(true)} disabled={disabled}>
          {t('dashDeleteAll')}
        </button>
      ) : (
        <div class="dash-confirm" role="alertdialog" aria-label={t('dashDeleteAll')}>
          <p>{t('dashDeleteConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-action="confirm-delete"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            {t('dashDeleteYes')}
          </button>{' '}
          <button type="button" data-action="cancel-delete" onClick={() => setConfirming(false)}>
            {t('dashCancel')}
          </button>
        </div>
      )}
    </>
  );
}
