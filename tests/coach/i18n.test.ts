import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { translatorFor, uiLanguage } from '../../lib/coach/i18n';

describe('interface strings', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills named placeholders like browser.i18n', () => {
    expect(translatorFor('es')('sidebarExpand', '3 sugerencias')).toBe('Abrir Tacto: 3 sugerencias');
    expect(translatorFor('en')('guardWindow', '0.5', '8')).toBe('0.5 business hours are left before then; at this priority the team needs at least 8.');
    expect(translatorFor('es')('guardPriorityShown', '«Medium»')).toBe('Prioridad del ticket: «Medium».');
  });

  it('keeps formatted messages apart by their substitutions', () => {
    const t = translatorFor('en');
    const first = t('sidebarExpand', '1 suggestion');
    expect(t('sidebarExpand', '2 suggestions')).not.toBe(first);
    expect(t('sidebarExpand', '1 suggestion')).toBe(first);
    expect(t('sidebarExpand')).not.toBe(first);
  });

  it('returns unknown keys as themselves and picks the language from the browser', () => {
    expect(translatorFor('en')('noSuchKey')).toBe('noSuchKey');
    expect(uiLanguage('es-419')).toBe('es');
    expect(uiLanguage('pt-BR')).toBe('en');
  });
});
