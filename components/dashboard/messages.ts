/** Messages the dashboard shows for import refusals and storage failures. */
import type { Translate } from '@/lib/coach/i18n';
import { MAX_IMPORT_BYTES, type ImportError } from '@/lib/log/import';
import { errorText, isQuotaError } from '@/lib/log/store';

export function importErrorMessage(t: Translate, name: string, error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('dashErrTooLarge', name, String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
    case 'too-many':
      return t('dashErrTooMany', name);
    case 'empty':
      return t('dashErrEmpty', name);
    case 'not-json':
      return t('dashErrNotJson', name);
    case 'truncated':
      return t('dashErrTruncated', name);
    case 'format':
      return t('dashErrFormat', name);
    case 'version':
      return t('dashErrVersion', name, error.detail ?? '?');
    case 'invalid-header':
      return t('dashErrHeader', name, error.detail ?? '?');
    case 'invalid-event':
      return t('dashErrInvalid', name, error.detail ?? '?');
    case 'duplicate-id':
      return t('dashErrDuplicate', name, error.detail ?? '?');
  }
}

export function storageMessage(t: Translate, error: unknown): string {
  return isQuotaError(error) ? t('dashErrStorageFull', errorText(error)) : t('dashErrStorage', errorText(error));
}
