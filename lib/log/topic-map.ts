/**
 * One topic, two languages: the log stores each event's topic in the language the ticket
 * was written in («reembolso», «refund»), so a team answering in both would see the same
 * cause twice. This map pairs the Spanish and English names of the lexicon's topics
 * (lib/log/topic.ts); counts are merged under one key and shown in the reader's language.
 * Topics outside the map (nouns the NLP stage found) are kept as they are.
 */

/** [English, Spanish] names of the same support topic. */
export const TOPIC_PAIRS: ReadonlyArray<readonly [en: string, es: string]> = [
  ['refund', 'reembolso'],
  ['return', 'devolución'],
  ['invoice', 'factura'],
  ['charge', 'cobro'],
  ['shipping', 'envío'],
  ['password', 'contraseña'],
  ['warranty', 'garantía'],
  ['cancellation', 'cancelación'],
  ['subscription', 'suscripción'],
  ['damaged product', 'producto defectuoso'],
  ['discount', 'descuento'],
  ['order', 'pedido'],
  ['payment', 'pago'],
  ['account', 'cuenta'],
  ['price', 'precio'],
  ['delay', 'retraso'],
];

/** Accents and case do not make a different topic («envio» written without its accent). */
function fold(topic: string): string {
  return topic.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const KEY_OF = new Map<string, string>();
const NAMES = new Map<string, { en: string; es: string }>();
for (const [en, es] of TOPIC_PAIRS) {
  KEY_OF.set(fold(en), en);
  KEY_OF.set(fold(es), en);
  NAMES.set(en, { en, es });
}

/** The merge key of a topic: the English name for a mapped topic, else the topic itself. */
export function topicKey(topic: string): string {
  return KEY_OF.get(fold(topic)) ?? topic;
}

/** How a merge key reads in the interface language. */
export function topicName(key: string, lang: 'es' | 'en'): string {
  return NAMES.get(key)?.[lang] ?? key;
}

/** True when two stored topics name the same cause. */
export function sameTopic(a: string, b: string): boolean {
  return topicKey(a) === topicKey(b);
}
