/**
 * Interface strings come from the extension's _locales. By default they follow the
 * browser's language; the interface-language setting can pin Spanish or English, which
 * browser.i18n cannot do, so both message files are bundled and read here. Components
 * receive `t` as a prop, so they never touch browser APIs.
 */
import enMessages from '../../public/_locales/en/messages.json';
import esMessages from '../../public/_locales/es/messages.json';

export type Translate = (key: string, ...substitutions: string[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, MessageEntry>;

const MESSAGES: Record<'es' | 'en', Messages> = { es: esMessages as Messages, en: enMessages as Messages };

const fillPositional = (text: string, subs: string[]) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

/** Formats one message as browser.i18n.getMessage does: named placeholders, then $1…$9, then $$. */
export function formatMessage(entry: MessageEntry | undefined, subs: string[]): string | undefined {
  if (!entry) return undefined;
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fillPositional(placeholder.content, subs) : '';
  });
  return fillPositional(named, subs).replace(/\$\$/g, '$');
}

/** Formatted messages kept per translator (the panel asks for the same few on every render). */
const MAX_KEPT = 500;

/** A translator for one interface language; unknown keys come back as themselves. */
export function translatorFor(lang: 'es' | 'en'): Translate {
  const messages = MESSAGES[lang];
  const kept = new Map<string, string>();
  return (key, ...subs) => {
    const id = subs.length === 0 ? key : `${key}\u0000${subs.join('\u0000')}`;
    let text = kept.get(id);
    if (text === undefined) {
      text = formatMessage(messages[key], subs) ?? formatMessage(MESSAGES.en[key], subs) ?? key;
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(id, text);
    }
    return text;
  };
}

/** The interface language (es or en) for the browser's UI language. */
export function uiLanguage(browserLanguage: string): 'es' | 'en' {
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
