/**
 * Interface strings come from the extension's _locales and follow the browser's
 * language. Components receive `t` as a prop, so they never touch browser APIs.
 */
export type Translate = (key: string, ...substitutions: string[]) => string;

export function createTranslator(getMessage: (key: string, subs?: string[]) => string): Translate {
  return (key, ...subs) => getMessage(key, subs.length ? subs : undefined) || key;
}

/** The interface language (es or en) for the browser's UI language. */
export function uiLanguage(browserLanguage: string): 'es' | 'en' {
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
