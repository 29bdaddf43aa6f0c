/**
 * The writer or the team away for a stretch: on holiday, on a break, out of the office, offline, without a computer, less
 * available than usual («I'm on vacation until the end of August», «me tomo un descanso hasta el 24», "Over the next six
 * weeks I will be focusing on personal matters"). What such a notice says cannot be done — answer, review, fix — is the
 * writer's availability, not a refusal of the request (rules/flat-refusal), and the stretch it names is the absence's,
 * not a promise (commitments/extract). Anyone else away is read only with their return («@ana is away but will be back
 * on Monday»): `awayUntilBack`.
 *
 * Read on folded text (lower case, no accents).
 */
import type { Lang } from '../types';

/** Said by the writer, of themselves or of «we» (the team). */
const WRITER_AWAY: Record<Lang, RegExp> = {
  en: new RegExp([
    // "I'm on vacation", "we'll be out of the office", "I am away", "I'll be travelling"
    /\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we're|we\s+are|we'll\s+be|we\s+will\s+be)\s+(?:currently\s+|now\s+|still\s+)?(?:on\s+)?(?:vacation|holidays?|leave|annual\s+leave|parental\s+leave|sick\s+leave|pto|away|off\s+(?:work|sick)|out\s+of\s+(?:the\s+)?office|ooo|travell?ing|offline|unavailable)\b/.source,
    // "I'm taking a short break", "I'm doing a break from the 5th", "we're having some time off"
    /\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we're|we\s+are|we'll\s+be|we\s+will\s+be|i'm\s+going\s+to\s+be|(?:i|we)(?:\s+will|'ll)?\s+take)\s+(?:taking\s+|doing\s+|having\s+)?(?:a\s+|some\s+)?(?:short\s+|little\s+|long\s+|small\s+|well[- ]deserved\s+)?(?:break|time\s+off|vacation|holidays?|sabbatical|hiatus)\b/.source,
    // "I will not have easy access to the internet", "I won't have a computer"
    /\bi\s*(?:won't|will\s+not|wont|'ll\s+not)\s+have\s+(?:easy\s+|much\s+|any\s+|reliable\s+|regular\s+|a\s+)?(?:access\s+to\s+(?:the\s+|a\s+|my\s+)?(?:internet|computer|laptop|pc|e-?mail)\b|internet(?:\s+access)?\b(?!\s+(?:coverage|service))|(?:my\s+)?(?:computer|laptop)\b(?!\s+(?:in|at|for)\b))/.source,
    // "I'm not as available as usual", "I will be focusing on personal matters"
    /\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we're|we'll\s+be)\s+(?:not\s+(?:as|very)\s+available|less\s+available|(?:\w+\s+){0,2}on\s+personal\s+(?:matters|things|stuff|life|commitments))\b/.source,
  ].join('|')),
  es: new RegExp([
    // «estoy de vacaciones», «estaré fuera de la oficina», «voy a estar de viaje», «me encuentro de licencia»
    /\b(?:estoy|estamos|estare|estaremos|(?:voy|vamos)\s+a\s+estar|me\s+encuentro|nos\s+encontramos)\s+(?:de\s+(?:vacaciones|viaje|licencia|baja|permiso)|fuera\s+de\s+la\s+oficina|ausentes?)\b/.source,
    // …without a computer: the writer alone («estaré sin ordenador»; «estamos sin conexión en tu zona» is the service).
    /\b(?:estoy|estare|voy\s+a\s+estar|me\s+encuentro)\s+(?:desconectad[oa]|sin\s+(?:acceso\s+a\s+(?:internet|la\s+computadora|el\s+ordenador|mi\s+correo)|internet|ordenador|computadora|portatil))\b/.source,
    // «me tomo un descanso», «nos tomaremos unas vacaciones», «voy a tomarme unos días libres»
    /\b(?:me\s+tomo|me\s+tomare|me\s+voy\s+a\s+tomar|voy\s+a\s+tomarme|nos\s+tomamos|nos\s+tomaremos|nos\s+vamos\s+a\s+tomar)\s+(?:un|unos|unas)\s+(?:(?:breve|pequeno|merecido)\s+)?(?:descanso|vacaciones|dias\s+(?:libres|de\s+descanso)|respiro|paron)\b/.source,
    // «no estaré disponible», «no voy a estar tan disponible como siempre», «estaré menos disponible»
    /\b(?:no\s+(?:estare|estaremos|(?:voy|vamos)\s+a\s+estar)\s+(?:muy\s+|tan\s+)?|(?:estare|estaremos|(?:voy|vamos)\s+a\s+estar)\s+(?:menos|poco)\s+)(?:disponibles?|activ[oa]s?|conectad[oa]s?)\b/.source,
    // «estaré fuera por asuntos personales»: the writer's own matters, with the writer as subject.
    /\b(?:estare|estaremos|(?:voy|vamos)\s+a\s+estar|estoy|estamos)\s+(?:\w+\s+){0,3}(?:por|con)\s+(?:asuntos|motivos|temas)\s+personales\b/.source,
  ].join('|')),
};

/** The writer (or «we») announces being away for a stretch. */
export function announcesAbsence(folded: string, lang: Lang): boolean {
  return WRITER_AWAY[lang].test(folded);
}

/** Someone away, the writer or not, and when they come back, read over a clause: "@ana is unavailable but will be back early next week". */
const AWAY_UNTIL_BACK: Record<Lang, RegExp> = {
  es: /\b(?:de vacaciones|de viaje|de licencia|fuera de la oficina|no (?:esta|estara) disponible)\b[^.!?]{0,40}\b(?:vuelve|volvera|regresa|regresara|estara de vuelta)\b/,
  en: /\b(?:unavailable|away|out of (?:the )?office|on (?:leave|vacation|holiday))\b[^.!?]{0,40}\bwill be back\b(?! (?:to|in touch|with|online|up))/,
};

/** Someone (not only the writer) is away and says when they will be back: their return is no promise (commitments/extract). */
export function awayUntilBack(folded: string, lang: Lang): boolean {
  return AWAY_UNTIL_BACK[lang].test(folded);
}
