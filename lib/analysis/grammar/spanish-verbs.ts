/**
 * Spanish verb forms, for the rules that rewrite the agent's words and the grammar that
 * reads them: the spelling change before -e («llegue», «comuniqué», «actualice»), the
 * present subjunctive of a 3rd-person form («no llegó» → «que llegue»), the imperatives of
 * a regular stem («reinicia», «reinicie», «reinicien»), the infinitive of a 2nd-person
 * form («no recibes» → «recibir») and clitics joined to an infinitive («poder enviarte»).
 *
 * Words come folded (lower case, no accents) unless a parameter says `raw`.
 */
import { capitalise } from './case';
import { WEEKDAY } from './calendar-words';

/** An -ar stem spelled for an ending in -e: c → qu, g → gu, z → c («lleg» → «llegu»). */
export function softenBeforeE(stem: string): string {
  return stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c');
}

/**
 * Present subjunctive, 3rd person, of a regular verb from its stem: -ar «llegue»,
 * «lleguen»; -er / -ir «abra», «abran».
 */
export function regularSubjunctive(stem: string, conjugation: 'ar' | 'er-ir', plural = false): string {
  const singular = conjugation === 'ar' ? `${softenBeforeE(stem)}e` : `${stem}a`;
  return plural ? `${singular}n` : singular;
}

/**
 * The imperatives of a regular stem, folded: tú, usted, ustedes, and vos where its folded
 * form differs from tú's (-er / -ir: «escribe», «escriba», «escriban», «escribi»).
 */
export function imperatives(stem: string, conjugation: 'ar' | 'er-ir'): string[] {
  const forms = conjugation === 'ar' ? [`${stem}a`] : [`${stem}e`];
  forms.push(regularSubjunctive(stem, conjugation), regularSubjunctive(stem, conjugation, true));
  if (conjugation === 'er-ir') forms.push(`${stem}i`);
  return forms;
}

/**
 * Present subjunctive of a 3rd-person indicative (present, preterite) or participle. The
 * word lists are Maps: a plain object would answer «constructor» with Object's own.
 */
const IRREGULAR_SUBJ = new Map<string, string>(Object.entries({
  es: 'sea', son: 'sean', esta: 'esté', estan: 'estén', va: 'vaya', van: 'vayan', da: 'dé', dan: 'den', hay: 'haya',
  sale: 'salga', salen: 'salgan', salio: 'salga', salieron: 'salgan', salido: 'salga',
  viene: 'venga', vienen: 'vengan', vino: 'venga', vinieron: 'vengan', venido: 'venga',
  tiene: 'tenga', tienen: 'tengan', hace: 'haga', hacen: 'hagan', hizo: 'haga', pone: 'ponga', ponen: 'pongan',
  cae: 'caiga', caen: 'caigan', cayo: 'caiga', trae: 'traiga', ve: 'vea', ven: 'vean', dice: 'diga', dicen: 'digan',
  aparece: 'aparezca', aparecen: 'aparezcan', aparecio: 'aparezca', aparecido: 'aparezca',
  reconoce: 'reconozca', reconocen: 'reconozcan', conoce: 'conozca', ofrece: 'ofrezca',
  envia: 'envíe', envian: 'envíen', enviado: 'envíe', envio: 'envíe', sirve: 'sirva', sirven: 'sirvan',
  enciende: 'encienda', encienden: 'enciendan', prende: 'prenda', muestra: 'muestre', muestran: 'muestren',
  suena: 'suene', cuelga: 'cuelgue', llega: 'llegue', llegan: 'lleguen', llego: 'llegue', llegaron: 'lleguen', llegado: 'llegue',
  carga: 'cargue', cargan: 'carguen', cargo: 'cargue', descarga: 'descargue', descargan: 'descarguen', paga: 'pague', apaga: 'apague',
  actualiza: 'actualice', sincroniza: 'sincronice', realiza: 'realice', aplica: 'aplique', notifica: 'notifique', verifica: 'verifique',
  abre: 'abra', abren: 'abran', abierto: 'abra',
}));

/** Verbs known as 3rd-person forms (so a noun after «no» is not read as a verb). */
const KNOWN_3P = new Set([
  ...IRREGULAR_SUBJ.keys(),
  'funciona', 'funcionan', 'funciono', 'funcionado', 'anda', 'andan', 'entra', 'entran', 'responde', 'responden', 'contesta',
  'deja', 'dejan', 'permite', 'permiten', 'acepta', 'aceptan', 'conecta', 'conectan', 'manda', 'mandan', 'llama', 'llaman',
  'llamo', 'cobra', 'refleja', 'reflejan', 'figura', 'figuran', 'imprime', 'procesa', 'guarda', 'guardan', 'marca', 'detecta',
  'arranca', 'inicia', 'abre', 'lee', 'toma', 'recibe', 'reciben', 'baja', 'sube', 'avanza', 'corre', 'genera', 'emite',
]);

/** True when the folded word is a verb this module knows as a 3rd-person form. */
export function isThirdPersonVerb(word: string): boolean {
  return KNOWN_3P.has(word);
}

/** 3rd-person present indicative → subjunctive: «funciona» → «funcione», «recibe» → «reciba». */
function subjunctiveOfPresent(w: string): string {
  if (w.endsWith('a')) return regularSubjunctive(w.slice(0, -1), 'ar');
  if (w.endsWith('e')) return regularSubjunctive(w.slice(0, -1), 'er-ir');
  return w;
}

/**
 * The present subjunctive of a 3rd-person indicative (present or preterite) or participle:
 * «llegó» → «llegue», «funcionan» → «funcionen», «recibido» → «reciba». `word` is folded,
 * `raw` as written: its accent tells the preterite «llamó» from «llamo», and its capital
 * is kept.
 */
export function subjunctive(word: string, raw: string): string {
  const irr = IRREGULAR_SUBJ.get(word);
  if (irr) return matchCase(irr, raw);
  let w = word;
  let plural = '';
  if (/[ae]n$/.test(w) && w.length > 4) {
    plural = 'n';
    w = w.slice(0, -1);
  }
  let out: string;
  if (/io$/.test(w) && /ió$/.test(raw)) out = regularSubjunctive(w.slice(0, -2), 'er-ir'); // preterite -ió (er / ir verbs)
  else if (/o$/.test(w) && /ó$/.test(raw)) out = regularSubjunctive(w.slice(0, -1), 'ar'); // preterite -ó (ar verbs)
  else if (/ado$/.test(w)) out = regularSubjunctive(w.slice(0, -3), 'ar');
  else if (/ido$/.test(w)) out = regularSubjunctive(w.slice(0, -3), 'er-ir');
  else out = subjunctiveOfPresent(w);
  return matchCase(out + plural, raw);
}

function matchCase(out: string, raw: string): string {
  return raw[0] && raw[0] !== raw[0].toLowerCase() ? capitalise(out) : out;
}

/** 2nd-person (tú / vos / usted) forms and their infinitive: «no recibes X» → «recibir X». */
const SECOND_PERSON_INF = new Map<string, string>(Object.entries({
  recibes: 'recibir', recibis: 'recibir', ves: 'ver', encuentras: 'encontrar', encontras: 'encontrar', accedes: 'acceder',
  entras: 'entrar', ingresas: 'ingresar', consigues: 'conseguir', logras: 'lograr', sabes: 'saber', descargas: 'descargar',
  envias: 'enviar', mandas: 'mandar', pagas: 'pagar', usas: 'usar', abres: 'abrir', abris: 'abrir', cargas: 'cargar',
}));

/** The infinitive of a known 2nd-person form (folded), or undefined. */
export function infinitiveOfSecondPerson(word: string): string | undefined {
  return SECOND_PERSON_INF.get(word);
}

/** The clitic pronouns (folded). */
export const CLITICS: ReadonlySet<string> = new Set(['me', 'te', 'le', 'nos', 'les', 'se', 'lo', 'la', 'los', 'las', 'os']);

/**
 * Clitics joined to the infinitive that opens `rest` («enviar correos» + te → «enviarte
 * correos»); «se» is dropped; without an infinitive they go before the words.
 */
export function attachClitics(rest: string, clitics: readonly string[]): string {
  const cl = clitics.filter((c) => c !== 'se');
  if (cl.length === 0) return rest;
  const m = /^([\p{L}]+?(?:ar|er|ir))(?![\p{L}])/u.exec(rest);
  if (!m) return `${cl.join(' ')} ${rest}`;
  return m[1] + cl.join('') + rest.slice(m[1].length);
}

/**
 * Irregular preterites, folded, that no ending tells apart from the present: «pudimos» (not «podemos»), «tuve»,
 * «dijeron». Regular «-amos» is both tenses and is left out.
 */
export const IRREGULAR_PRETERITES =
  'fue|fui|fueron|fuimos|dijo|dije|dijeron|dijimos|hizo|hice|hicieron|hicimos|tuvo|tuve|tuvieron|tuvimos|pudo|pude|pudieron|pudimos|vino|vine|vinieron|vinimos|hubo|estuvo|estuve|estuvieron|estuvimos|dio|dimos|dieron|vimos|quisimos|quiso|supimos|supo|trajimos|trajo|pusimos|puso';

/**
 * What a report says still lies ahead, on folded text: a future or conditional verb («vendrá»,
 * «se resolvería», «tendrán»), «iba/va a», a span («en 3 días») or a day. «Me dicen que el técnico
 * vendrá el jueves» reports a promise; «me dicen que para eso tengo que ir a la tienda» an instruction.
 * Regular forms need two letters before the ending, so «para», «era» and «cara» are not futures.
 */
export const REPORTED_AHEAD = String.raw`(?:\b[a-z]{2,}(?:ar|er|ir)(?:a|an|ia|ian)\b|\b(?:tendr|vendr|saldr|pondr|har|dir|podr|sabr|habr|querr|valdr)(?:a|an|ia|ian)\b|\b(?:iba|iban|va|van) a\b|\ben (?:\d+|un|una|dos|tres|cinco|diez) (?:dias?|horas?|semanas?)\b|\b(?:el (?:mismo )?dia|manana|${WEEKDAY.es})\b)`;
