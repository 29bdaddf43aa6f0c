/**
 * problem-framing: the agent restates the customer's PROBLEM («tu problema es que no
 * puedes…») instead of confirming their NEED («lo que quieres es poder…, ¿es correcto?»).
 *
 * Span: from the framing cue («Entonces», «So», «Según entiendo»…) to the end of the
 * sentence, closing punctuation included, so the suggestion can replace it whole.
 * Suggestions turn the restated problem into the need, in the sentence's own words:
 *   no puedes/podés/puede X → poder X · no (te) llegó X → que (te) llegue X ·
 *   no (le) funciona X → que (le) funcione X · X se cierra → que X no se cierre ·
 *   you can't X → to be able to X · X doesn't work → for X to work · X keeps failing → …
 * keeping the tú / vos / usted register of the original. The verb forms come from the
 * grammar room (../grammar/spanish-verbs.ts, ../grammar/english-verbs.ts).
 */
import { baseForm } from '../grammar/english-verbs';
import { attachClitics, CLITICS, infinitiveOfSecondPerson, isThirdPersonVerb, subjunctive } from '../grammar/spanish-verbs';
import { LETTER, lexiconChecker, type SpanInfo } from '../patterns';
import { byRegister, type Register } from '../grammar/register';
import type { Rule, RuleExample } from './types';
import { fromLexicons } from './lexicon-rule';

const CUE_ES =
  "(?:(?:entonces|o sea(?: que| q)?|osea(?: que| q)?|es decir|a ver|vale|ok|okay|bien|perfecto|resumiendo|en resumen|en pocas palabras|en otras palabras|para resumir|"
  + "si (?:te |le |les )?(?:entiendo|entendi) bien|segun (?:entiendo|entendi|me (?:cuentas|cuenta|contas|comentas|comenta|dices|dice|decis))|"
  + "por lo que (?:entiendo|entendi|veo|me (?:cuentas|cuenta|contas|comentas|comenta|dices|dice|decis))|"
  // Thirty-third session: «a ver si lo he entendido», «si lo entendimos bien».
  + "a ver si (?:lo |te |le |les )?(?:he |hemos )?entend\\w*|si (?:lo |te |le )?(?:he |hemos )?(?:entendido|entendimos) bien)[,: ]+){1,3}";
const PROBLEM_ES = '(?:problema|inconveniente|dificultad|falla|fallo|queja|reclamo|incidencia|lio|drama|tema)';
const HAVE_ES =
  '(?:tienes|tiene|tenes|tienen|teneis|usted tiene|te (?:pasa|ocurre|sucede)|le (?:pasa|ocurre|sucede)|estas teniendo|esta teniendo|'
  + 'presentas|presenta|reportas|reporta|reportaste|reporto|mencionas|menciona|mencionaste|comentas|comenta|comentaste|describes|describe|'
  + 'nos (?:comentas|comenta|cuentas|cuenta|contas|reportas|reporta))';

const CUE_EN =
  "(?:(?:so|ok|okay|right|alright|all right|(?:just )?to (?:confirm|recap|summari[sz]e|sum up)|in short|basically|if i (?:understand|understood|get|got) (?:you )?(?:correctly|right)|"
  // Thirty-third session: "if I've understood your email correctly", "if I'm reading this right".
  + "if i(?:'ve| have) (?:understood|read|got) (?:you|this|that|it|your \\w+) (?:correctly|right)|if i'm (?:reading|understanding) (?:you|this|that|it|your \\w+) (?:correctly|right)|"
  + "from what (?:i understand|you(?:'ve| have)? (?:said|told me|described))|as i understand it|i understand that|i see that)[,: ]+){1,3}";
const PROBLEM_EN = '(?:problem|issue|trouble|complaint|difficulty)';
const HAVE_EN =
  "(?:you(?:'re| are) (?:having|facing|experiencing|seeing|reporting|describing)|you(?:'ve| have) (?:been )?(?:having|facing|experiencing|seeing|reported|described|mentioned)|"
  + 'you (?:have|face|mentioned|reported|described)|with your (?:account|order|device|service))';

/**
 * What follows «the problem is» when the agent gives its cause, a diagnosis rather than the customer's problem said back:
 * "the issue is caused by your proxy", "is due to", «el problema es causado por», «se debe a» (thirty-eighth session).
 */
const NOT_A_CAUSE_EN = '(?! (?:caused|due|because|down to|coming from|related to|linked to|(?:the |a )?result of)\\b)';
const NOT_A_CAUSE_ES = '(?! (?:causad[oa]|provocad[oa]|generad[oa]|producid[oa]|debido|por culpa)\\b)';

/**
 * A cue that is also an adverb is no cue after its verb: «la app funciona perfecto, el tema es que tenés que…», "it works
 * ok, the issue is…" (thirty-eighth session); after a handle or a name, or with a colon («lo tengo bien: el problema
 * es…»), it still opens the restatement.
 */
const OPENING_CUE_ES = `(?!(?<=[${LETTER}] )(?:perfecto|bien|vale|ok|okay),)${CUE_ES}`;
const OPENING_CUE_EN = `(?!(?<=[${LETTER}] )(?:ok|okay|right|alright|all right),)${CUE_EN}`;

const LEFT_ES = `${CUE_ES}(?:(?:entiendo|veo|me (?:dices|dice|decis|comentas|comenta|cuentas|cuenta|contas)) (?:que|q) )?|(?:entiendo|veo|me (?:dices|dice|decis|comentas|comenta|cuentas|cuenta|contas)) (?:que|q) `;
const LEFT_EN = `${CUE_EN}(?:i understand (?:that )?)?|i understand (?:that )?`;

const checker = lexiconChecker(
  {
    es: {
      patterns: [
        {
          match: [
            `(?:tu|su|vuestro) (?:principal |unico |gran )?${PROBLEM_ES} (?:entonces |principal |aqui |actual |ahora )?(?:es|seria|viene a ser)${NOT_A_CAUSE_ES}(?: entonces)?(?: que| q| el hecho de que)?`,
            `(?:el|la) ${PROBLEM_ES} (?:que |q )?${HAVE_ES} (?:entonces |ahora )?(?:es|seria)${NOT_A_CAUSE_ES}(?: entonces)?(?: que| q)?`,
            `lo que (?:te|le|les|os) (?:pasa|ocurre|sucede) (?:entonces )?es (?:que|q)`,
            // Thirty-third session: the formal restatement, «entendemos que el inconveniente consiste en que…».
            `(?:tu|su|el|la) ${PROBLEM_ES} (?:consiste|radica) en (?:que|q)`,
          ],
          span: 'toEnd',
          left: { match: LEFT_ES },
        },
        {
          match: [`(?:el ${PROBLEM_ES}|lo que (?:pasa|ocurre|sucede|paso)) (?:entonces )?(?:es|seria|fue)${NOT_A_CAUSE_ES} (?:entonces )?(?:que|q)?`],
          span: 'toEnd',
          left: { match: OPENING_CUE_ES, required: true },
        },
        {
          // «o sea que el pedido no te llegó», «o sea que tu pedido figura entregado pero no te llegó nada»: the customer's
          // thing and what failed, said back (thirty-third session).
          match: ['(?:o sea|osea)(?: que| q)? (?:tu|su|el|la|los|las) [^.!?]{0,50}?(?:\\bno\\b|\\bsin\\b|\\bnunca\\b)'],
          span: 'toEnd',
        },
      ],
      gate: ['problem', 'inconvenient', 'dificultad', 'falla', 'fallo', 'queja', 'reclamo', 'incidencia', 'lio', 'drama', 'tema', 'pasa', 'ocurre', 'sucede', 'o sea', 'osea'],
      // The agent explaining a cause on our side is not a restatement of the customer's problem.
      unless: ['(?:el|la) ' + PROBLEM_ES + ' (?:es|era|fue) que (?:nuestr[oa]s?|nosotros|hubo|tuvimos|estamos|estabamos|el sistema)'],
    },
    en: {
      patterns: [
        {
          match: [
            `your (?:main |only |real )?${PROBLEM_EN}(?: here)? (?:is|seems to be|was)${NOT_A_CAUSE_EN}(?: that)?`,
            `the (?:main |only |real )?${PROBLEM_EN} ${HAVE_EN}(?: here)? (?:is|seems to be|was)${NOT_A_CAUSE_EN}(?: that)?`,
            // Thirty-third session: the formal restatement, "we understand your complaint to be that…".
            `(?:we|i) understand your ${PROBLEM_EN} to (?:be|concern)(?: that)?`,
          ],
          span: 'toEnd',
          left: { match: LEFT_EN },
        },
        {
          match: [
            `the (?:main |only |real )?${PROBLEM_EN}(?: here)? (?:is|seems to be)(?: that)?(?= you | your )`,
            `what(?:'s| is) (?:wrong|happening|going on)(?: is that)?(?= you | your )`,
            // Thirty-third session: the customer's thing, not only "you", after the cue ("So the problem is the build fails
            // on macOS", "So what's happening is the dishwasher is leaking", "So the bug is: …"); not a cause on our side.
            `the (?:main |only |real )?(?:${PROBLEM_EN}|bug)(?: here)? (?:is|seems to be)${NOT_A_CAUSE_EN}(?: that)?:?(?! (?:our|we|on our|with our|in our|now|fixed|resolved|that (?:our|we))\\b)(?= \\S)`,
            `what(?:'s| is| has) (?:happening|happened|going on)(?: here)? is(?: that)?(?! (?:our|we|on our|with our|in our)\\b)(?= \\S)`,
          ],
          span: 'toEnd',
          left: { match: OPENING_CUE_EN, required: true },
        },
      ],
      gate: ['problem', 'issue', 'trouble', 'complaint', 'difficult', 'wrong', 'happening', 'happened', 'going on', 'bug'],
      // Nor is telling a report apart from another («your issue is not the startup crash»).
      unless: ['the ' + PROBLEM_EN + ' (?:is|was) that (?:our|we|there was)', 'your ' + PROBLEM_EN + ' (?:is|was) not'],
    },
  },
  suggest,
);

// ---------------------------------------------------------------- Spanish rewriting

interface Token {
  word: string; // folded
  raw: string; // original
  start: number;
  end: number;
}

function tokens(raw: string, folded: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}']+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    out.push({ word: m[0], raw: raw.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Forms of «poder» (and «lograr», «conseguir»), «tener» and «haber» the rewrites turn on. */
const PODER = new Set(['puedes', 'podes', 'puede', 'pueden', 'podeis', 'puedo', 'podemos', 'pudiste', 'pudo', 'pudieron', 'pude', 'logras', 'logra', 'lograis', 'consigues', 'consigue', 'conseguis']);
const TENER = new Set(['tienes', 'tenes', 'tiene', 'tienen', 'teneis', 'tuviste', 'tuvo']);
const HABER = new Set(['ha', 'han', 'has', 'haya']);

const NEED_ES: Record<'want' | 'need', { tu: string; vos: string; usted: string }> = {
  want: { tu: 'quieres', vos: 'querés', usted: 'quiere' },
  need: { tu: 'necesitas', vos: 'necesitás', usted: 'necesita' },
};

/** The customer's need, from the content of the restated problem; null when no safe rewrite. */
export function needEs(content: string, folded: string): { verb: 'want' | 'need'; obj: string } | null {
  const toks = tokens(content, folded);
  if (toks.length === 0) return null;
  const rest = (i: number) => (i < toks.length ? content.slice(toks[i].start).trim() : '');
  let i = 0;
  if (toks[i].word === 'ya') i++;
  if (toks[i]?.word === 'no') {
    i++;
    const clitics: string[] = [];
    while (i < toks.length && clitics.length < 2 && CLITICS.has(toks[i].word)) clitics.push(toks[i++].raw.toLowerCase());
    const v = toks[i];
    if (!v) return null;
    if (PODER.has(v.word) && i + 1 < toks.length) return { verb: 'want', obj: `poder ${attachClitics(rest(i + 1), clitics)}` };
    if (TENER.has(v.word) && i + 1 < toks.length) return { verb: 'need', obj: `tener ${attachClitics(rest(i + 1), clitics)}` };
    if (infinitiveOfSecondPerson(v.word) && i + 1 < toks.length) {
      return { verb: 'want', obj: `poder ${attachClitics(`${infinitiveOfSecondPerson(v.word)} ${rest(i + 1)}`, clitics)}` };
    }
    if (HABER.has(v.word) && toks[i + 1] && /(?:ado|ido)$/.test(toks[i + 1].word)) {
      const subj = subjunctive(toks[i + 1].word, toks[i + 1].raw);
      return { verb: 'need', obj: `que ${[...clitics, subj].join(' ')}${rest(i + 2) ? ' ' + rest(i + 2) : ''}` };
    }
    if (isThirdPersonVerb(v.word)) {
      const subj = subjunctive(v.word, v.raw);
      return { verb: 'need', obj: `que ${[...clitics, subj].join(' ')}${rest(i + 1) ? ' ' + rest(i + 1) : ''}` };
    }
    return null;
  }
  // Positive statement of a fault: «el router se reinicia solo» → «que el router no se reinicie solo».
  if (!/^(?:el|la|los|las|mi|mis|tu|tus|su|sus|este|esta|estos|estas|ese|esa|un|una)$/.test(toks[0].word)) return null;
  for (let k = 1; k < Math.min(toks.length - 1, 6); k++) {
    const t = toks[k];
    if (t.word === 'se' && /^[\p{L}]+[aei]n?$/u.test(toks[k + 1].word)) {
      const subjText = content.slice(0, t.start).trim();
      const verb = subjunctive(toks[k + 1].word, toks[k + 1].raw);
      const tail = rest(k + 2);
      return { verb: 'need', obj: `que ${subjText} no se ${verb}${tail ? ' ' + tail : ''}` };
    }
    if (t.word === 'no' && k + 1 < toks.length && isThirdPersonVerb(toks[k + 1].word)) {
      const subjText = content.slice(0, t.start).trim();
      const verb = subjunctive(toks[k + 1].word, toks[k + 1].raw);
      const tail = rest(k + 2);
      return { verb: 'need', obj: `que ${subjText} ${verb}${tail ? ' ' + tail : ''}` };
    }
    if (isThirdPersonVerb(t.word) && !['es', 'da', 've', 'va'].includes(t.word)) {
      let s = k;
      while (s > 1 && CLITICS.has(toks[s - 1].word) && toks[s - 1].word !== 'se') s--;
      const subjText = content.slice(0, toks[s].start).trim();
      const clitics = toks.slice(s, k).map((c) => c.raw.toLowerCase());
      const verb = subjunctive(t.word, t.raw);
      const tail = rest(k + 1);
      return { verb: 'need', obj: `que ${subjText} no ${[...clitics, verb].join(' ')}${tail ? ' ' + tail : ''}` };
    }
  }
  return null;
}

function suggestEs(content: string, folded: string, reg: Register): string[] {
  const need = needEs(content, folded);
  const ver = byRegister(reg, { tu: 'te', usted: 'le' });
  if (need) {
    const v = byRegister(reg, NEED_ES[need.verb]);
    return [
      `Lo que ${v} es ${need.obj}, ¿es correcto?`,
      `Si ${ver} entendí bien, lo que ${v} es ${need.obj}. ¿Es así?`,
    ];
  }
  // No safe rewrite of this wording: confirm the need in general terms, then invite the
  // customer to say it in their own words (no restatement of the problem).
  const v = byRegister(reg, NEED_ES.need);
  return [
    `Lo que ${v} es que esto quede resuelto y funcione como ${byRegister(reg, { tu: 'esperas', vos: 'esperás', usted: 'espera' })}, ¿es correcto?`,
    byRegister(reg, {
      tu: 'Para ayudarte mejor, cuéntame qué necesitas lograr y lo resolvemos juntos.',
      vos: 'Para ayudarte mejor, contame qué necesitás lograr y lo resolvemos juntos.',
      usted: 'Para ayudarle mejor, cuénteme qué necesita lograr y lo resolvemos juntos.',
    }),
  ];
}

// ---------------------------------------------------------------- English rewriting

const EN_NEG = "(?:can't|cannot|can not|couldn't|could not|isn't|is not|aren't|are not|doesn't|does not|don't|do not|won't|will not|didn't|did not|hasn't|has not|haven't|have not|never|still hasn't|still haven't|still isn't|still aren't|still doesn't|still won't)";
const YOU_UNABLE = /^(?:you )?(?:can't|cannot|can not|couldn't|could not|are unable to|were unable to|aren't able to|are not able to|haven't been able to|have not been able to|can't seem to|don't seem to be able to)\s+(.+)$/;
const YOU_NOT_GET = /^(?:you )?(?:don't|do not|didn't|did not|haven't|have not|aren't|are not|'re not|re not|never)\s+(?:been\s+)?(get|getting|got|gotten|receive|receiving|received|see|seeing|have|find|finding)\s+(.+)$/;
const SUBJ_NEG = new RegExp(`^((?:the|your|my|our|this|that|these|those|a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?)${EN_NEG}\\s+(?:yet\\s+)?(?:be\\s+|been\\s+)?([\\p{L}]+)(.*)$`, 'u');
const SUBJ_ING = /^((?:the|your|my|our|this|that|these|those|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?)(?:is|are|keeps|keep)\s+([\p{L}]+ing)(\s.*)?$/u;
const SUBJ_STATE = /^((?:the|your|my|our|this|that|these|those|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?)(?:is|are)\s+(?:still\s+|always\s+)?(late|delayed|missing|broken|down|wrong|incorrect|stuck|gr[ae]yed\s+out|disabled|blocked|locked|frozen|unavailable|offline|blank|empty|not\s+working)(\s.*)?$/u;
const YOU_KEEP = /^(?:you\s+)(?:keep|keep\s+on|are\s+always|are\s+constantly)\s+(.+)$/;
const SUBJ_VS = /^((?:the|your|my|our|this|that|these|those|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?)([\p{L}]+s)(\s.*)?$/u;

/** «for X to work» style need from the restated problem; null when no safe rewrite. */
export function needEn(content: string): { obj: string; bare: string } | null {
  const c = content.trim();
  const lc = c.toLowerCase().replace(/[’‘]/g, "'");
  const cut = (m: RegExpMatchArray, group: number) => {
    // Slice the original by the length of the folded prefix (same length).
    const idx = lc.length - m[group].length;
    return c.slice(idx);
  };
  let m = lc.match(YOU_UNABLE);
  if (m) return { obj: `to be able to ${cut(m, 1)}`, bare: `to be able to ${cut(m, 1)}` };
  m = lc.match(YOU_KEEP);
  if (m) return { obj: `to stop ${cut(m, 1)}`, bare: `to stop ${cut(m, 1)}` };
  m = lc.match(YOU_NOT_GET);
  if (m) {
    const obj = `to ${baseForm(m[1])} ${cut(m, 2)}`;
    return { obj, bare: obj };
  }
  m = lc.match(SUBJ_NEG);
  if (m) {
    const subj = c.slice(0, m[1].length).trim();
    const tail = c.slice(c.length - (m[3] ?? '').length).trim().replace(/^yet\b\s*/, '').replace(/\s+yet$/, '');
    const obj = `${subj} to ${baseForm(m[2])}${tail ? ' ' + tail : ''}`;
    return { obj: `for ${obj}`, bare: obj };
  }
  m = lc.match(SUBJ_STATE);
  if (m) {
    const subj = c.slice(0, m[1].length).trim();
    const state = m[2];
    const tail = m[3] ? c.slice(c.length - m[3].length).trim() : '';
    if (state === 'late' || state === 'delayed') return { obj: `to get ${decap(subj)} as soon as possible`, bare: `to get ${decap(subj)} as soon as possible` };
    if (state === 'missing') return { obj: `to get ${decap(subj)}${tail ? ' ' + tail : ''}`, bare: `to get ${decap(subj)}${tail ? ' ' + tail : ''}` };
    if (state === 'wrong' || state === 'incorrect') return { obj: `for ${subj} to be right${tail ? ' ' + tail : ''}`, bare: `${subj} to be right${tail ? ' ' + tail : ''}` };
    return { obj: `for ${subj} to work again`, bare: `${subj} to work again` };
  }
  m = lc.match(SUBJ_ING);
  if (m) {
    const subj = c.slice(0, m[1].length).trim();
    const tail = m[3] ? c.slice(c.length - m[3].length).trim() : '';
    const ing = c.slice(m[1].length).match(/\S+\s+(\S+)/)?.[1] ?? m[2];
    const obj = `${subj} to stop ${ing}${tail ? ' ' + tail : ''}`;
    return { obj: `for ${obj}`, bare: obj };
  }
  m = lc.match(SUBJ_VS);
  if (m && !/^(?:is|was|has|does|always|sometimes|also|just)$/.test(m[2])) {
    const subj = c.slice(0, m[1].length).trim();
    const tail = m[3] ? c.slice(c.length - m[3].length).trim() : '';
    const obj = `${subj} not to ${baseForm(m[2])}${tail ? ' ' + tail : ''}`;
    return { obj: `for ${obj}`, bare: obj };
  }
  return null;
}

function decap(s: string): string {
  return s.replace(/^(The|Your|My|Our|This|That|These|Those|A|An)\b/, (w) => w.toLowerCase());
}

function suggestEn(content: string, lead: string): string[] {
  const need = needEn(content);
  const so = lead ? `${lead} what` : 'What';
  if (need) {
    return [
      `${so} you need is ${need.obj}, is that right?`,
      `Just to check I've understood: you'd like ${need.bare}, right?`,
    ];
  }
  return [
    `${so} you need is for this to be sorted and working the way you expect, is that right?`,
    'To make sure I help with the right thing, could you tell me what you need to be able to do?',
  ];
}

// ---------------------------------------------------------------- glue

function suggest(info: SpanInfo): string[] | null {
  const { text, folded, cueEnd, end } = info;
  let contentEnd = end;
  while (contentEnd > cueEnd && /[\s.!?…;:,"'»)]/.test(text[contentEnd - 1])) contentEnd--;
  const content = text.slice(cueEnd, contentEnd).trim();
  const contentStart = text.indexOf(content, cueEnd);
  const contentFolded = folded.slice(contentStart, contentStart + content.length);
  if (content.length === 0) return null;
  if (info.lang === 'es') return suggestEs(content, contentFolded, info.register);
  const cue = info.folded.slice(info.start, cueEnd);
  const lead = /^(?:(?:ok|okay|right|alright|all right)[, ]+)?so\b/.test(cue.replace(/^[¿¡]/, '')) ? 'So' : '';
  return suggestEn(content, lead);
}

/** Test cases and training examples: `[[…]]` marks the span the rule must find. Not shipped to the page (nothing there imports them). */
export const examples: RuleExample[] = [
  // Thirty-seventh session: a cause found is a diagnosis, not the problem said back.
  { lang: 'es', text: 'Por lo que cuentas, el fallo viene de la versión del controlador; instala la 5.2 y me dices.', lexiconOnly: true },
  { lang: 'es', text: '[[Entonces tu problema es que no puedes enviar correos desde el móvil.]]', suggest: ['Lo que quieres es poder enviar correos desde el móvil, ¿es correcto?', 'Si te entendí bien, lo que quieres es poder enviar correos desde el móvil. ¿Es así?'] },
  { lang: 'es', text: 'Entiendo. [[Entonces el problema es que no le funciona el wifi en la habitación.]]', suggest: ['Lo que necesita es que le funcione el wifi en la habitación, ¿es correcto?', 'Si le entendí bien, lo que necesita es que le funcione el wifi en la habitación. ¿Es así?'] },
  { lang: 'es', text: '[[Entonces tu problema es que no te llegó el pedido.]]', suggest: ['Lo que necesitas es que te llegue el pedido, ¿es correcto?', 'Si te entendí bien, lo que necesitas es que te llegue el pedido. ¿Es así?'] },
  { lang: 'es', text: '[[Entonces tu problema es que no podés entrar al home banking desde el celular.]]', suggest: ['Lo que querés es poder entrar al home banking desde el celular, ¿es correcto?', 'Si te entendí bien, lo que querés es poder entrar al home banking desde el celular. ¿Es así?'] },
  { lang: 'es', text: 'Buenas tardes, Rosa. [[O sea que su problema es que la app se cierra cada vez que intenta pagar.]]', suggest: ['Lo que necesita es que la app no se cierre cada vez que intenta pagar, ¿es correcto?', 'Si le entendí bien, lo que necesita es que la app no se cierre cada vez que intenta pagar. ¿Es así?'] },
  { lang: 'es', text: 'Hola Luis. [[Según entiendo, el problema que tienes es que el router se reinicia solo varias veces al día.]]' },
  { lang: 'es', text: '[[Su problema entonces es que la factura electrónica sale con el RFC equivocado.]]' },
  { lang: 'es', text: '[[osea q tu problema es q no podes pagar con tarjeta]]' },
  { lang: 'es', text: '[[Vale, lo que te pasa es que no te deja iniciar sesión.]]' },
  { lang: 'es', text: '[[El inconveniente que usted tiene es que no recibe las facturas por correo.]]' },
  { lang: 'es', text: 'Lo que quieres es poder enviar correos desde tu móvil, ¿es correcto?' },
  { lang: 'es', text: 'El problema del cargo duplicado ya quedó corregido y el reverso ya figura en tu cuenta.' },
  { lang: 'es', text: 'El problema es que nuestro servidor estuvo caído toda la mañana; ya está restablecido.' },
  { lang: 'es', text: 'Quieres que tu equipo pueda seguir cobrando aunque se caiga internet, ¿lo entendí bien?' },
  { lang: 'es', text: 'Si el problema sigue, escríbeme y lo reviso contigo.' },
  { lang: 'en', text: '[[So your problem is that you can\'t log in to the portal.]]', suggest: ['So what you need is to be able to log in to the portal, is that right?', "Just to check I've understood: you'd like to be able to log in to the portal, right?"] },
  { lang: 'en', text: 'Thanks for the details. [[So your problem is that the package is late.]]', suggest: ['So what you need is to get the package as soon as possible, is that right?', "Just to check I've understood: you'd like to get the package as soon as possible, right?"] },
  { lang: 'en', text: '[[OK, so the problem you\'re having is that the invoices are going to the wrong address.]]', suggest: ['So what you need is for the invoices to stop going to the wrong address, is that right?', "Just to check I've understood: you'd like the invoices to stop going to the wrong address, right?"] },
  { lang: 'en', text: '[[So your issue is that the app doesn’t work on your tablet.]]', suggest: ['So what you need is for the app to work on your tablet, is that right?', "Just to check I've understood: you'd like the app to work on your tablet, right?"] },
  { lang: 'en', text: '[[If I understand correctly, the issue you have is that you cannot reset your password.]]' },
  { lang: 'en', text: 'So what you need is to be able to send invoices straight from your phone — is that right?' },
  { lang: 'en', text: 'The problem was that our payment provider had an outage; it is fixed now.' },
  { lang: 'en', text: 'If the problem comes back, reply here and I will look at it myself.' },
  { lang: 'es', text: "[[Por lo que me cuentas, el problema es que no recibes los SMS de verificación.]]" },
  { lang: 'es', text: "[[Ok, entonces tu problema es que se te corta la llamada.]]" },
  { lang: 'en', text: "[[So the issue is that you are not getting the verification emails.]]" },
  { lang: 'en', text: "[[Okay, your problem is that the app keeps crashing when you upload photos.]]" },
  { lang: 'en', text: "The issue was on our side and has been fixed." },
  { lang: 'en', text: 'Your issue is not the startup crash from last week, so please open a separate report with your logs.' },
  // Generalisation pass: clitics before the verb, «Resumiendo:», «just to recap», «you keep…».
  { lang: 'es', text: "[[O sea que el problema que tenés es que la app te cobra dos veces la suscripción.]]", suggest: ['Lo que necesitás es que la app no te cobre dos veces la suscripción, ¿es correcto?', 'Si te entendí bien, lo que necesitás es que la app no te cobre dos veces la suscripción. ¿Es así?'] },
  { lang: 'es', text: "[[Resumiendo: tu inconveniente es que no te deja pagar con la tarjeta de débito.]]" },
  { lang: 'en', text: "[[Just to recap, your problem is you can't connect the printer to the wifi.]]" },
  { lang: 'en', text: "[[So, what's happening is that you keep getting logged out of the app.]]", suggest: ['So what you need is to stop getting logged out of the app, is that right?', "Just to check I've understood: you'd like to stop getting logged out of the app, right?"] },
  { lang: 'en', text: "[[So the issue you're facing is that the export button is greyed out.]]", suggest: ['So what you need is for the export button to work again, is that right?', "Just to check I've understood: you'd like the export button to work again, right?"] },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'en', text: "[[Just to confirm, the problem is that your card keeps getting declined.]]" },
  // A problem that may go on, in a condition before a next step, restates nothing (twenty-eighth session).
  { lang: 'es', text: 'Corregimos el error de permisos. Si seguís experimentando problemas podés reabrir este issue.', lexiconOnly: true },
  { lang: 'en', text: 'We fixed the login bug. If the issue persists, you can reopen this ticket.', lexiconOnly: true },
  // A cause given is a diagnosis, not the customer's problem said back (thirty-eighth session).
  { lang: 'en', text: 'So the issue is caused by your proxy rewriting the headers; adding our domain to its allow list fixes it.', lexiconOnly: true },
  { lang: 'es', text: 'Entonces el problema es causado por el proxy de tu empresa: si añaden nuestro dominio a su lista de permitidos, se soluciona.', lexiconOnly: true },
  // Thirty-third session: the problem said back after other cues, of the customer's thing, formally; a cause on our side,
  // a fix and good news said back are no framing.
  { lang: 'en', text: "[[If I've understood your message correctly, the issue is that the invoice shows the wrong address.]]", lexiconOnly: true },
  { lang: 'en', text: "[[So what's happening is the heater switches off after ten minutes.]]", lexiconOnly: true },
  { lang: 'es', text: '[[O sea que la factura no te llegó al correo.]]', lexiconOnly: true },
  { lang: 'es', text: 'Entendemos que [[el inconveniente consiste en que el recibo salió duplicado.]]', lexiconOnly: true },
  { lang: 'en', text: 'So the problem was on our side: a server ran out of disk, and it is fixed now.', lexiconOnly: true },
  { lang: 'en', text: 'So the bug is fixed in version 4.1.', lexiconOnly: true },
  { lang: 'es', text: 'O sea que el pedido ya está en camino y llega el jueves.', lexiconOnly: true },
  // Thirty-eighth session: an adverb after its verb is no cue.
  { lang: 'es', text: 'La app funciona perfecto, el tema es que tenés que activar la ubicación en Ajustes.', lexiconOnly: true },
];

const rule: Rule = {
  id: 'problem-framing',
  languages: ['es', 'en'],
  suggest,
  message: {
    es: 'Repites el problema del cliente. Confirma mejor lo que necesita: «Lo que quieres es…, ¿es correcto?».',
    en: "You're restating the customer's problem. Confirm their need instead: “What you need is…, is that right?”",
  },
  ...fromLexicons(checker),
};

export default rule;
