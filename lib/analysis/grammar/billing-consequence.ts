/**
 * A billing consequence of what was just done: «ya cancelé la suscripción; no se volverá a
 * cobrar», "it won't renew and you won't be charged again". A fact, not a pledge
 * (docs/labelling.md). Read by overpromise's lexicon (its `unless` phrases) and by the learned
 * layer's overpromise gate, so the model does not flag what the lexicon lets pass.
 */
import type { Lang } from '../types';

/** Pattern sources (folded text), for `compile` and lexicon `unless` lists. */
export const BILLING_CONSEQUENCE: Record<Lang, readonly string[]> = {
  es: [
    '(?:no )?(?:se )?(?:te |le |les )?(?:volvera|volveran|va a volver|van a volver) a (?:cobrar|facturar|debitar|renovar|cargar)', 'ningun (?:cargo|cobro|debito|recargo) mas',
    'no (?:se )?(?:te |le |les )?(?:volvera a |volveran a |va a |van a )?(?:cobrar|renovar|debitar|cargar)[a-z]*(?: (?:mas|de nuevo|otra vez|nada))?',
  ],
  en: [
    "(?:won't|will not|will never) be (?:charged|billed|debited|invoiced|renewed) again", "(?:won't|will not) (?:auto-?)?renew",
    "(?:you|it|this|the (?:plan|subscription|account|card))(?: will|'ll)? (?:not|never|won't) (?:be )?(?:charged|billed|renew(?:ed)?|debited|taken)(?: (?:again|anymore|any more|from now on))?",
  ],
};
