/**
 * insists-own-solution: the customer rejects other options and insists on their own
 * solution — «no quiero otra opción, solo acepto el reembolso», «ni saldo ni cambio: me
 * devuelven el dinero», «I don't want store credit», «…and that's it / y punto».
 * «Solo quiero saber…» / «I just want to know…» are questions, not insistence.
 */
import { phraseDetector } from '../patterns';
import type { Moment, MomentExample } from './types';

const OFFERS_ES = '(?:otra opcion|otras opciones|opciones|otra cosa|otro cupon|un cupon|cupones|cupon|un vale|vales|saldo a favor|saldo|credito|un cambio|cambio|otro producto|descuento|otro descuento|tutorial|el tutorial|otro tutorial|manual|link|enlace|otra solucion|alternativas?|reiniciar|que reinicie|soluciones)';
const OFFERS_EN = '(?:another (?:option|voucher|coupon|checklist|link|article|workaround|discount)|a (?:voucher|coupon|discount|credit|checklist|workaround|replacement)|store credit|credit|vouchers|coupons|other options|alternatives|any alternatives|troubleshooting|to (?:restart|reset|reboot))';

const detect = phraseDetector(
  [
    `no (?:quiero|queremos|acepto|aceptamos|necesito|me sirve|me interesa|me vale) (?:ningun |ninguna |mas |un |una |el |la |otra |otro )?${OFFERS_ES}`,
    `(?:no me (?:ofrezcan|ofrezca|ofrezcas|ofrecan|den|manden|mandes|envien|vengan con|salgan con|pasen))(?: otra vez| mas| de nuevo)? (?:un |una |el |la |otro |otra |mas )?@`,
    `ni ${OFFERS_ES} ni`,
    // Not an action of their own wished for («solo quiero saber…», «solo quiero pausarlo», «…organizarme»): it turns nothing down.
    '(?:solo|solamente|unicamente) (?:quiero|acepto|aceptamos|queremos|admito|me sirve)(?! (?:(?!(?:cancel|anul|devolv|reembols)\\w*\\b)[a-z]+(?:ar|er|ir)(?:l[oa]s?|me|nos|se)?\\b|que me (?:digan|expliquen|informen|confirmen|respondan|solucionen|resuelvan|arreglen|ayuden|atiendan|llamen|contesten)))',
    'lo unico que (?:quiero|acepto|me sirve|pido)(?! es saber)',
    '(?:bajo ningun concepto|bajo ninguna circunstancia|de ninguna manera|de ningun modo|por nada del mundo) (?:acepto|aceptare|voy a aceptar|quiero|me sirve)',
    `no me sirve (?:ninguna|otra) (?:cosa|opcion|solucion|alternativa)(?: que| mas que| distinta)?`,
    '(?:y|,) punto(?: final)?(?=\\s*[.!]|$)',
    'quiero (?:la|el|que)(?: @){1,8} y nada mas',
    'ya se (?:que|q) me (?:van|vas|va) a (?:decir|ofrecer|pedir|mandar|sugerir)',
    'no,? (?:solo )?quiero que (?:venga|me (?:devuelvan|cambien|reembolsen|den))',
    'me (?:devuelven|devuelvan|reembolsan|reembolsen) el dinero(?: y punto| ya)?(?=\\s*[.!]|$)',
    // English
    `(?:i )?don't (?:want|need|accept) (?:a |an |any |another |your |more )?${OFFERS_EN}`,
    `(?:i'm|i am) not interested in (?:a |an |any |your |another |more )?${OFFERS_EN.replace('(?:another ', '(?:(?:another )?')}`,
    `don't (?:offer|send|give) me (?:a |an |another |any |more )?@`,
    `(?:i )?won't accept (?:a |an |another |any )?@`,
    "(?:that's|that is) the only (?:thing|option|solution) (?:i'll|i will|that'll|that will|i)",
    'the only (?:thing|option|solution) i(?:\'ll| will)? accept',
    'full stop', '(?<!(?:billing|trial|grace|subscription|warranty|contract|notice|cooling-off|cooling off|return|refund|waiting|this|that|the|same|time|promo|promotional|holiday|rental|payment|free) )period(?=\\s*[.!]|$)', '(?:and|,) nothing else', 'nothing else will do',
    `(?:i'm|i am) not after (?:a |an |any |your |another |more )?@`,
    'i (?:only|just) want (?:a |my )?(?:refund|money back|replacement|an engineer|a technician)',
    // Seventeenth session: the option turned back on them, or brushed aside for what they want: "instead of telling me
    // to contact the seller you should contact the seller", "I don't care about that, I want my product".
    "(?:i )?don't care (?:about|for) (?:that|this|it|(?:the|your) @)[,.!]? (?:i )?(?:just |only )?(?:want|need)",
    'no me importa (?:eso|esto|nada de eso|(?:el|la|los|las|su|sus|tu|tus) @)[,.!]? (?:yo )?(?:solo |solamente )?(?:quiero|necesito)',
    // …said as all there is, not a refund they were refused ("they cannot refund me.") nor asked for ("…, please refund me.").
    '(?:just |(?:^|(?<=[.!?]\\x20)))(?:refund me|give me my money back)(?=\\s*[.!]|$)',
    // Forty-fifth session: the offer called unacceptable, all or nothing, only the refund.
    '(?:gift cards?|vouchers?|store credit|credit|coupons?|points|a replacement|(?:a )?partial refund) (?:is|are) (?:not |un)acceptable', '(?:full refund|money back|refund) or nothing', 'o todo o nada(?! ?\\?)', '(?:^|(?<=[.!,]\\x20))nada de (?:vales|cupones|bonos|puntos|creditos)', "thanks,? but no thanks",
    '(?:^|(?<=[.!]\\x20))(?:refund|money back) only(?=\\s*[.!]|$)', '(?:^|(?<=[.!]\\x20))solo (?:el )?reembolso(?=\\s*[.!]|$)',
  ],
  [
    'no quiero (?:cancelar|dar de baja|molestar|ser)',
    'ni (?:idea|hablar de)',
  ],
);

/**
 * Thirty-sixth session: what was offered turned down, whatever it is called, and the customer's own remedy asked for in
 * the same message — "I appreciate the offer of a travel credit, but… please just process the cash refund", "No, I'm not
 * resetting the router again… I want a technician sent out", «No me interesa el taller aliado… quiero que lo arreglen en
 * el concesionario». Either alone is common and calm: a refund asked for, an option declined.
 */
const TURNS_DOWN = phraseDetector([
  '(?:no|pero no) (?:me interesa|me sirve|me vale|acepto|aceptamos)(?! (?:saber|preguntar|esperar))', 'no quiero (?:otro|otra|otros|otras|ese|esa|su|sus|el|la) (?!saber|molestar|ser|cancelar|dar de baja)@',
  "i (?:don't|do not) want (?:a|an|the|another|any|your|to be (?:offered|given|sent))\\b", "(?:i'm|i am) not (?:resetting|restarting|reinstalling|rebooting|re-?doing|going to (?:reset|restart|reinstall|reboot|wait|accept))",
  "(?:doesn't|does not|won't|will not|wouldn't|would not) help(?: me)?(?= ?[-—,.;:!]|$| (?:at all|either|because|since|as))", '(?:appreciate|thanks? for|thank you for) (?:the|your) offer', '(?:been|was|were|keep getting|keep being) offered',
]);
const OWN_REMEDY = phraseDetector([
  "(?:please |pls |kindly )?just (?:refund|cancel|process|send|give|replace|credit|reverse|return|put|issue|pay)", "i (?:want|need|expect) (?:a|an|the|my|you to|it|this order) (?:\\S+ ){0,3}?(?:refund|refunded|technician|engineer|replacement|replaced|cancel|cancelled|reversed|repaired|fixed|sent out|money|cash)",
  "(?:that's|that is|it's|it is) the only (?:thing|way|option)", "i want (?:my|the) (?:\\$|£|€|₹)?\\d",
  '(?:quiero|queremos|necesito|exijo) que (?:me |nos |lo |la |los )?(?:devuelvan|reembolsen|arreglen|reparen|cambien|manden|envien|cancelen|anulen|den|reintegren|reviertan)', '(?:quiero|exijo) (?:mi|el|la) (?:dinero|reembolso|plata|devolucion|reintegro|guita)',
  '(?:solo|solamente|unicamente) (?:quiero|necesito|pido)(?! (?:saber|preguntar|consultar|confirmar|poder))',
]);
const turnsDownForOwn = (folded: string) => TURNS_DOWN(folded) && OWN_REMEDY(folded);

/** What was offered turned down as a settlement (thirty-ninth session): "I'm not accepting that offer", "I'm not taking floor mats instead" (not a decision refused: "I'm not accepting this"). */
const NOT_SETTLING = /\b(?:i'm|i am|we're|we are|i will|we will)(?: not|n't) (?:accepting|accept|taking|take|settling for|settle for)\b(?:(?: [a-z$0-9.']+){0,8} instead\b|(?= (?:your|that|this|the) (?:offer|amount|settlement|voucher|credit|coupon)\b))/;

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  // Thirty-sixth session: the offer turned down, whatever it is called, and their own remedy asked for.
  { lang: 'en', text: 'Thanks for the offer of bonus miles, but I would rather you just refund the seat I paid for and never got.', fires: true },
  { lang: 'en', text: "I'm not rebooting the modem again, I've done it all week. I want an engineer sent out.", fires: true },
  { lang: 'es', text: 'No me interesa la tarjeta regalo. Quiero que me reintegren el cobro a la tarjeta de crédito.', fires: true },
  { lang: 'en', text: 'Could you refund the second charge? The first one is fine.', fires: false },
  { lang: 'es', text: 'No me interesa el seguro extra, gracias. ¿Me confirman la hora de entrega?', fires: false },
  // Seventeenth session: the option turned back on them, or brushed aside for what they want.
  { lang: 'en', text: '@ShopHelp So instead of telling me to contact the seller, you guys should contact the seller.', fires: true },
  { lang: 'en', text: "I don't care about that I want my product. Worst shop ever.", fires: true },
  { lang: 'es', text: 'No me importa el cupón, quiero mi dinero de vuelta.', fires: true },
  { lang: 'es', text: 'En lugar de pedirme que llame al banco, ustedes deberían hablar con el banco.', fires: true },
  { lang: 'en', text: "I don't care about the colour, any size M is fine. Can you send one?", fires: false },
  { lang: 'en', text: 'Instead of telling me the steps, could you send the link to the guide?', fires: false },
  { lang: 'es', text: 'No quiero otra opción, solo acepto el reembolso.', fires: true },
  { lang: 'es', text: 'Ni saldo a favor ni cambio: me devuelven el dinero a la tarjeta.', fires: true },
  { lang: 'es', text: 'No me manden otra vez el tutorial. Quiero la baja del servicio y nada más.', fires: true },
  { lang: 'es', text: 'Ya sé que me van a decir que reinicie el módem. No, quiero que venga un técnico a casa.', fires: true },
  { lang: 'es', text: 'No me ofrezcan un cupón. Quiero que me cambien el equipo por uno nuevo y punto.', fires: true },
  { lang: 'es', text: 'No necesito hablar con un supervisor, solo quiero saber en qué estado está mi pedido.', fires: false },
  { lang: 'es', text: 'Buenas, quería ver qué opciones tengo para pasar a un plan más barato.', fires: false },
  { lang: 'es', text: 'Creo que no me entendieron: no quiero cancelar la cuenta, quiero cambiar el titular.', fires: false },
  { lang: 'en', text: "I don't want store credit. I want my money back, full stop.", fires: true },
  { lang: 'en', text: "I don't want another checklist. Send an engineer, that's the only thing that'll fix this.", fires: true },
  { lang: 'en', text: "That's not what I asked, and no, I don't want a voucher. Refund me.", fires: true },
  { lang: 'en', text: "I don't need a manager, I just want to know where my order is.", fires: false },
  { lang: 'en', text: 'What options do I have to downgrade my plan?', fires: false },
  { lang: 'es', text: "No quiero un vale, quiero mi dinero.", fires: true },
  { lang: 'en', text: "I'm not interested in a discount, I want a replacement.", fires: true },
  { lang: 'es', text: "Quiero cambiar mi plan a uno más barato.", fires: false },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "No me sirve otra cosa que el reembolso completo.", fires: true },
  { lang: 'es', text: "Bajo ninguna circunstancia acepto un cambio, quiero mi dinero.", fires: true },
  { lang: 'es', text: "Quiero darme de baja, nada más. No me ofrezcan promociones.", fires: true },
  { lang: 'en', text: "I'm not after a discount, I want the broken part replaced. Nothing else will do.", fires: true },
  { lang: 'es', text: "No estoy enojado, solo quiero entender por qué subió la cuota.", fires: false },
  // «period» that ends a billing period is no full stop.
  { lang: 'en', text: "Please refund the renewal, I haven't used any credits this billing period.", fires: false },
  { lang: 'en', text: 'I want a refund. Period.', fires: true },
  // Thirty-ninth session: what was offered turned down as a settlement.
  { lang: 'en', text: "I'm not taking a gift card instead. Refund the card I paid with.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "We're not taking phone orders this week, so I'll email the list instead. Is that OK?", fires: false, lexiconOnly: true },
  // Forty-third session: «solo quiero poder…» wishes the product worked; it turns nothing down.
  { lang: 'es', text: 'Probé con tres navegadores y nada. Solo quiero poder jugar sin tanto lag.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'No quiero un cupón, solo quiero poder usar mi saldo.', fires: true, lexiconOnly: true },
  // Fifty-third session: being helped wished for, with no option turned down.
  { lang: 'es', text: 'Llevo tres días sin internet, solo quiero que me solucionen el problema.', fires: false, lexiconOnly: true },
  // Forty-fifth session: common wordings from a blind probe, and their calm twins.
  { lang: 'en', text: 'A gift card is not acceptable. I want the money on my card.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Full refund or nothing.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Thanks but no thanks. Refund only.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Nada de vales, devuélvanme el dinero.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'O todo o nada: el reembolso completo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Ya dije que no al cambio. Solo reembolso.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Is store credit acceptable for the return, or only a refund?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Nada de prisa, cuando puedan me dicen si hay cambio de talla.', fires: false, lexiconOnly: true },
  // Forty-seventh session: an action of their own wished for, and a refund they were refused, turn nothing down.
  { lang: 'es', text: 'Solo quiero pausarlo hasta marzo, ¿se puede?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Spent an hour on chat and then I was told that they cannot refund me.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I don't want a voucher. Just refund me.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Ya me ofrecieron un vale dos veces. Solo quiero cancelar la suscripción.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Solo quiero cambiar la fecha del vuelo, ¿se puede hacer por la app?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I've sent the photos of the broken lamp, please refund me.", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I do not want a voucher. Refund me!', fires: true, lexiconOnly: true },
];

const moment: Moment = {
  id: 'insists-own-solution',
  detect: (_text, folded) => detect(folded) || turnsDownForOwn(folded) || NOT_SETTLING.test(folded),
  label: { es: 'Insiste en su solución', en: 'Insists on own solution' },
  advice: {
    es: 'No repitas las opciones que ya rechazó: pregunta qué necesita lograr con esa solución, di con claridad si es posible y, si no, por qué y qué es lo más cercano.',
    en: "Don't repeat the options they turned down: ask what the solution needs to achieve, say clearly whether it's possible, and if not, why and what comes closest.",
  },
};

export default moment;
