/**
 * escalation-demand: the customer asks for a manager, supervisor or someone «who can
 * decide». Negated requests («no necesito hablar con un supervisor», «I don't need a
 * manager») do not fire.
 */
import { phraseDetector } from '../patterns';
import type { Moment, MomentExample } from './types';

const BOSS_ES = '(?:supervisor|supervisora|gerente|jefe|jefa|encargado|encargada|responsable|superior|director|directora|coordinador|coordinadora|manager|duen[oa]|gerencia)';
const BOSS_EN = '(?:manager|supervisor|boss|superior|team lead|team leader|someone senior|higher-up|director|(?:upper |senior )?management|someone (?:in|from) (?:upper |senior )?management|vp|vice president|head of [a-z]+|owner|ceo)';

const detect = phraseDetector(
  [
    `(?:hablar|comunicarme|hable|comunicar) con (?:su |tu |el |la |un |una |algun |alguna |vuestro |vuestra )?${BOSS_ES}`,
    `(?:paseme|pasame|pasenme|comuniqueme|comunicame|transfierame|transferime|derivenme|comuniquenme) con (?:su |tu |el |la |un |una |algun |alguien)`,
    `(?:que me (?:llame|atienda|conteste|responda|escriba)|quiero que me atienda|que lo (?:revise|vea)|que esto lo (?:revise|vea)|lo revise|lo vea) (?:su |tu |el |la |un |una |algun )?${BOSS_ES}`,
    `(?:quiero|necesito|exijo|pido|solicito|queremos) (?:hablar con |que me atienda |que me llame )?(?:a )?(?:su |tu |el |la |un |una |algun )?${BOSS_ES}`,
    'alguien (?:que|q) (?:pueda|tenga poder de|tenga autoridad para) (?:decidir|tomar (?:una )?decision(?:es)?|resolver|hacer algo|autorizar)',
    'alguien con (?:mas )?(?:autoridad|poder de decision|capacidad de decision|rango|jerarquia|cargo|poder)',
    `(?:que )?(?:intervenga|se involucre|tome (?:el|mi) caso|se haga cargo|me atienda|me llame) (?:su |tu |el |la |un |una |algun |alguna )${BOSS_ES}`,
    `(?:mandeme|mandame|mandenme|paseme|pasame|pasenme|comuniqueme|comunicame|derivenme|derivame|transfierame|transferime) (?:con |a |al |a la )(?:su |tu |el |la |un |una |algun )?${BOSS_ES}`,
    // Nineteenth session: any case, claim or complaint as the object: «quiero escalar el reclamo», "I need to escalate the claim".
    `(?:escalar|escalen|escale) (?:esto|(?:el|mi|la|este|esta|su) (?:caso|reclamo|reclamacion|queja|ticket|incidencia|solicitud|tema|asunto))|(?:escalarlo|escalenlo|escalelo|escalalo)\\b`,
    // English
    `(?:speak|talk|speak to|talk to|get|put me through to|transfer me to|connect me (?:to|with)|let me speak to|i want|i need|i demand|i'd like|get me) (?:to |with )?(?:a |your |the |my |an? )?${BOSS_ES}`,
    `(?:speak|talk) (?:to|with) (?:a |your |the )?${BOSS_EN}`,
    `(?:get|put|transfer|connect) me (?:a |your |to |through to |onto |on to |with |in touch with |in contact with )?(?:a |your |the )?${BOSS_EN}`,
    // Thirty-sixth session: the company's top asked for by its seat: "who do I actually write to at head office?",
    // «¿a quién le escribo en la oficina central?».
    "who (?:do|can|should|could) (?:i|we) (?:actually |even )?(?:write|speak|talk|complain|escalate|go) to (?:at|in) (?:your |the )?(?:head office|headquarters|hq|corporate|head office level)",
    '(?:a quien|con quien) (?:le |les )?(?:escribo|hablo|me dirijo|reclamo|recurro|acudo) (?:en|de) (?:la |su )?(?:casa matriz|oficina central|sede central|gerencia|direccion general)',
    // …and the case sent up: «que derives mi reclamo a alguien de más arriba», «que mi queja sea escalada a una instancia superior».
    '(?:derive|derives|derivar|deriven|pase|pases|pasen|eleve|eleves|elevar|eleven|lleve|lleves|lleven) (?:mi |el |este |esta |la )?(?:reclamo|caso|queja|reclamacion|solicitud|tema)? ?a (?:alguien|una persona|un responsable) (?:de )?mas arriba',
    '(?:sea|fuera|sean) (?:escalad[oa]s?|elevad[oa]s?|derivad[oa]s?) a (?:una |un |la |el )?(?:instancia|area|nivel|autoridad) superior', 'a (?:una|la) instancia superior',
    `(?:i want|i need|i demand|i'd like|i would like)(?: to (?:speak|talk) (?:to|with))? (?:a |your |the )?${BOSS_EN}`,
    'someone (?:who|that) can (?:actually )?(?:make (?:a|the) decision|decide|authori[sz]e|do something|approve)',
    '(?:someone|somebody|anyone|a person) (?:with|who has|that has) (?:(?:actual|real|some|more|proper) )?(?:authority|power|clout)',
    "(?:whoever(?:'s| is)|someone|somebody|the person) (?:in charge|higher up|more senior|above you)",
    'higher[- ]ups?',
    // Seventeenth session: the case put before someone above: "get this in front of someone senior", «¿quién está por
    // encima de la persona que me atendió?», «que me comuniquen con la jefatura».
    "(?:get|put|bring|take) (?:this|it|my (?:case|complaint|issue)) (?:in front of|before|to) (?:someone|somebody|a person|anyone) (?:senior|higher up|more senior|in charge|with (?:authority|power))",
    '(?:quien|alguien) (?:esta|que este) por encima de (?:la persona|el|la|usted|ti|vos|esta persona|este agente|este asesor)', '(?:con )?la jefatura(?: de @(?: @)?)?',
    "(?:who(?:'s| is)|someone|somebody|anyone|anybody) above (?:you|them|the (?:agent|person|rep)|this (?:agent|person|rep))",
    '(?:escalate|escalating) (?:this|it|(?:my|the|this|our) (?:case|complaint|claim|ticket|issue|matter|dispute|request))',
    // Thirty-ninth session: the call or the case passed up («please transfer call to your supervisor»), someone above asked
    // to call or to look at it, said subject first («que un responsable de hipotecas contacte conmigo», "I'd like a call from
    // you or the medical director"), writing over the heads of the usual desk, and asking the way up.
    `(?:transfer|put|connect|pass|forward)(?: (?:me|my call|the call|call|this call|this|it|my case))? (?:to|through to|on to|onto|with) (?:a |your |the )?${BOSS_EN}`,
    `(?:i'd like|i want|i need|i demand|i would like|i expect) (?:a call|to hear|a response|an answer|someone)(?: [a-z]+){0,3}? from (?:you or )?(?:a |your |the )?(?:[a-z]+ )?${BOSS_EN}`,
    `(?:i need|i want|i demand) someone from [a-z]+ or (?:a |your |the )?${BOSS_EN}`,
    `(?:que|quiero que|necesito que|pido que) (?:un|una|el|la|su|algun|alguna) ${BOSS_ES}(?: [a-z]+){0,4} (?:me |nos )?(?:contacte|llame|atienda|responda|escriba|revise|vea)`,
    `(?:que|pido que) (?:esto )?l[oa] (?:revise|vea) (?:directamente |personalmente )?(?:su |tu |el |la |un |una )?${BOSS_ES}`,
    "(?:i'm|i am) writing (?:to you )?directly", "(?:asking|ask|need|want|urge) you (?:personally )?to (?:step in|intervene|get involved)",
    '(?:le|te|les) escribo directamente',
    'escalation (?:path|process|route|contact|channel|procedure)',
    // Forty-third session: the case sent up in other words ("pass this up the chain", "raise it with your management",
    // «¿pueden pasar esto a un superior?»). "Passed upstream" is left out: in software it is the project's own hand-off.
    '(?:pass|push|send) (?:this|it|my (?:case|issue|complaint)) up the (?:chain|ladder|line)',
    `raise (?:this|it|my (?:case|complaint|issue)) (?:with|to) (?:a |your |the )?${BOSS_EN}`,
    `(?:pas|elev|deriv)(?:ar|en|e) (?:esto|mi caso|mi reclamo|mi queja|el caso) (?:a|al|a la) (?:un |una |su |tu )?${BOSS_ES}`,
    // Forty-fifth session: who is in charge asked for, and the case asked to be reviewed by management. (Not "taking this to
    // the ombudsman": the team's letters read that as a threat, anger.)
    "who(?:'s| is) in charge(?: (?:here|there))?(?= ?[?.!]|$)", 'alguien por encima de (?:usted|ti|vos|ustedes)', `(?:i want|i need|i'd like|i would like|i demand|i expect)[^.!?]{0,40}(?:reviewed|looked at|handled|dealt with) by (?:a |your |the )?${BOSS_EN}`,
  ],
  [
    `no (?:necesito|quiero|hace falta|es necesario|pido)(?: @){0,2} (?:hablar con )?(?:su |tu |el |la |un |una )?${BOSS_ES}`,
    'no (?:necesito|quiero|hace falta|es necesario|hay que|hay necesidad de|pido que) (?:@ )?(?:escalar|escalen|escale|escalarlo|escalenlo|escalelo)\\w*',
    `(?:don't|no) (?:need|want)(?: @){0,2} (?:to (?:speak|talk) (?:to|with) )?(?:a |your |the )?${BOSS_EN}`,
    `no need (?:for|to (?:speak|talk) (?:to|with)) (?:a |your |the )?${BOSS_EN}`,
    `without (?:a |your |the )?${BOSS_EN}`,
  ],
);

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  { lang: 'es', text: 'Por favor pasen mi caso a alguien de más arriba, el asesor no tiene cómo resolverlo.', fires: true },
  { lang: 'es', text: 'Solicito que el reclamo sea elevado a una instancia superior.', fires: true },
  { lang: 'en', text: 'Could you put me onto a team leader? The chat agent keeps pasting the same article.', fires: true },
  { lang: 'en', text: 'Who do I actually write to at head office? The branch says it is not their decision.', fires: true },
  { lang: 'es', text: '¿A quién le escribo en la oficina central? En la sucursal nadie sabe nada.', fires: true },
  { lang: 'en', text: 'Which address is head office at? I need it for the insurance form.', fires: false },
  // Seventeenth session: the case put before someone above.
  { lang: 'en', text: 'Is there any way to get this in front of someone senior at the company? Regular support is out of its depth.', fires: true },
  { lang: 'es', text: '¿Quién está por encima de la persona que me ha atendido? Porque con ella no hay manera.', fires: true },
  { lang: 'es', text: 'Les pido que me comuniquen con la jefatura de atención al cliente.', fires: true },
  { lang: 'en', text: "Who's the manager at your Austin store? I'd love to praise one of the baristas.", fires: false },
  { lang: 'es', text: 'Quiero hablar con su supervisor.', fires: true },
  { lang: 'es', text: 'Páseme con alguien que pueda tomar una decisión, por favor.', fires: true },
  { lang: 'es', text: 'Necesito que esto lo revise un responsable o el gerente de la tienda.', fires: true },
  { lang: 'es', text: 'Que me llame el gerente; no quiero seguir hablando con usted.', fires: true },
  { lang: 'es', text: 'No necesito hablar con un supervisor, solo quiero saber en qué estado está mi pedido.', fires: false },
  { lang: 'es', text: 'El encargado de la tienda me dijo que lo consultara por aquí.', fires: false },
  { lang: 'en', text: 'I want to speak to a manager.', fires: true },
  { lang: 'en', text: 'Get me a supervisor now.', fires: true },
  { lang: 'en', text: 'Please put me through to someone who can actually make a decision.', fires: true },
  { lang: 'en', text: "I don't need a manager, I just want to know where my order is.", fires: false },
  { lang: 'en', text: 'My manager asked me to update the billing address.', fires: false },
  { lang: 'es', text: "Pásame con tu jefe.", fires: true },
  { lang: 'en', text: "Can I speak to your supervisor please?", fires: true },
  { lang: 'en', text: "Escalate this to someone senior.", fires: true },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "Exijo hablar con un responsable ahora mismo.", fires: true },
  { lang: 'es', text: "Quiero que me atienda alguien con más rango que usted.", fires: true },
  { lang: 'es', text: "Necesito que intervenga un superior, usted no me está dando solución.", fires: true },
  { lang: 'es', text: "Mándeme al gerente, no pienso seguir con usted.", fires: true },
  { lang: 'en', text: "Let me talk to whoever's in charge.", fires: true },
  { lang: 'en', text: "I demand to speak with someone higher up.", fires: true },
  { lang: 'es', text: "No necesito un supervisor, con que me digan la fecha me alcanza.", fires: false },
  { lang: 'en', text: "No need to escalate, I just want to know the tracking number.", fires: false },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'en', text: "I need somebody with real authority here.", fires: true },
  { lang: 'en', text: "Is there anyone with a store account I can ask about stock?", fires: false },
  // Nineteenth session: the object of «escalar» / "escalate" widened; climbing stays climbing.
  { lang: 'es', text: 'Cerraron mi reclamo sin resolverlo y quiero escalar el reclamo.', fires: true },
  { lang: 'es', text: 'Los fines de semana me gusta escalar con mis amigos.', fires: false },
  { lang: 'es', text: 'Gracias por la llamada, no hace falta escalarlo a nadie: lo configuro yo.', fires: false },
  { lang: 'en', text: 'They closed the claim and that is not fair, I need to escalate the claim.', fires: true },
  // Thirtieth session: management as the one asked for, and being put in touch with them.
  { lang: 'en', text: 'That link does not put me in touch with management, which is what I asked for.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I need to speak to someone in management about this charge.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Our new management has changed the billing address, please update it.', fires: false, lexiconOnly: true },
  // Thirty-ninth session: the call passed up, someone above asked for subject first, writing over the usual desk, the way up.
  { lang: 'en', text: 'this is my third call please transfer call to your supervisor', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'd like a call from you or the practice owner today.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Que un responsable de reclamaciones contacte conmigo, no otro intermediario.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Estimado Director: le escribo directamente porque la secretaría no contesta desde hace semanas.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'What is the escalation path when the billing inbox does not answer?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Please transfer the deposit to my savings account.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'El dueño del local me dijo que pase el lunes a buscarlo.', fires: false, lexiconOnly: true },
  // Forty-third session: the case sent up in other words; a change sent upstream in software is not.
  { lang: 'en', text: 'Two weeks of "we are looking into it". Please pass this up the chain.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Could you raise this with your manager? The fee was never explained to me.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Ya van tres correos sin respuesta, ¿pueden pasar mi caso a un superior?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I pushed the fix upstream yesterday, it should land in the next release.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I passed it up the chain at my company and they approved the purchase.', fires: false, lexiconOnly: true },
  // Forty-fifth session: common wordings from a blind probe, and their calm twins.
  { lang: 'en', text: 'Is there anybody above you who can approve this?', fires: true, lexiconOnly: true },
  { lang: 'en', text: "Who's in charge there? I want a name.", fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I would like this complaint reviewed by a manager.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Hay alguien por encima de ti con quien pueda hablar?', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Escálalo, por favor, ya no sé qué más hacer.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Pido que la revise la gerencia.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I asked to have it looked at by a manager last month and the fix worked, thanks.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I've referred my complaint to the Financial Ombudsman Service.", fires: false, lexiconOnly: true },
];

const moment: Moment = {
  id: 'escalation-demand',
  detect: (_text, folded) => detect(folded),
  label: { es: 'Pide un supervisor', en: 'Asks for a manager' },
  advice: {
    es: 'No lo tomes como algo personal: di qué puedes decidir tú ahora mismo y, si hace falta escalar, explica a quién, cuándo y que tú sigues el caso.',
    en: "Don't take it personally: say what you can decide right now and, if it must go up, who will look at it, when, and that you stay on the case.",
  },
};

export default moment;
