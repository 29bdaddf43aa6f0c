import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { decodeModel, encodeModel, MODEL_LABELS, shippedModel } from '../../lib/analysis/model';
import { combineMoments, concessionLength, passesMomentGate, passesRuleGate } from '../../lib/analysis/learned';
import { fold, splitSentences } from '../../lib/analysis/text';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';

describe('the learned layer joined to the lexicons', () => {
  it('ships a model with a label for every phrase rule and moment, and calibrated thresholds', () => {
    const model = shippedModel();
    expect(model).not.toBeNull();
    expect(MODEL_LABELS).toEqual([...RULE_IDS.filter((id) => id !== 'unrealistic-commitment'), ...MOMENT_IDS, 'offer', 'commitment']);
    for (const label of model!.labels) {
      expect(label.threshold.standard).toBeGreaterThanOrEqual(0.5);
      expect(label.threshold.picky).toBeLessThanOrEqual(label.threshold.standard);
    }
  });

  it('a draft with every rule\'s typical sentence shows every rule (a problem sentence is no alternative)', () => {
    const draft = [
      'Entonces tu problema es que no puedes enviar correos.',
      'No es posible, no aceptamos archivos de más de 10 MB.',
      'Como ya le expliqué, usted debió leer las condiciones.',
      'Cálmese, no es para tanto.',
      'Alguien de otra área lo va a contactar.',
      'Le garantizo que no volverá a pasar.',
      'Te lo soluciono en 5 minutos.',
    ].join(' ');
    const rules = new Set(analyze({ text: draft, role: 'agent', now: '2026-11-20T17:30:00-05:00', context: { timezone: 'America/Lima' } }).findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
  });

  it('reassurance around a promise is not the customer\'s own step: the time stays a commitment', () => {
    const result = analyze({ text: 'You can rest assured it will be there by Friday.', role: 'agent', now: '2026-11-23T10:00:00-05:00', context: { timezone: 'America/New_York' } });
    expect(result.commitments.map((c) => c.quote)).toEqual(['by Friday']);
  });

  it('the model does not veto a promise said in the speaker\'s own "I will": it checks only the grammar\'s less certain readings', () => {
    // The shipped model with a veto no reading passes: what still stands, the model could not remove.
    const shipped = shippedModel()!;
    const strict = { ...shipped, labels: shipped.labels.map((l, i) => (MODEL_LABELS[i] === 'commitment' ? { ...l, veto: 1.01, threshold: { standard: 1.01, picky: 1.01 } } : l)) };
    const quotes = (text: string) => analyze({ text, role: 'agent', now: '2026-11-23T10:00:00-05:00', context: { timezone: 'America/New_York' } }, { model: strict }).commitments.map((c) => c.quote);
    expect(quotes('We will announce the winners of these three contests by Friday.')).toEqual(['by Friday']);
    expect(quotes("I'm going to post the marks for both problem sets by the end of this week.")).toEqual(['by the end of this week']);
    // …nor in Spanish: «daremos», «te enviaré», «vamos a…».
    expect(quotes('El viernes daremos una respuesta a todos.')).toEqual(['El viernes']);
    expect(quotes('Te voy a mandar el informe el lunes.')).toEqual(['el lunes']);
    // Readings without the speaker's own will stay the model's to veto.
    expect(quotes('The winners will be announced by Friday.')).toEqual([]);
    expect(quotes('El informe se publicará el viernes.')).toEqual([]);
  });

  it('the model must be surer of a clause where nobody acts and nothing is to come (the weak veto)', () => {
    const shipped = shippedModel()!;
    const withVetoes = (veto: number, weakVeto: number) => ({
      ...shipped,
      labels: shipped.labels.map((l, i) => (MODEL_LABELS[i] === 'commitment' ? { ...l, veto, weakVeto, threshold: { standard: 1.01, picky: 1.01 } } : l)),
    });
    const quotes = (text: string, model: ReturnType<typeof withVetoes>) =>
      analyze({ text, role: 'agent', now: '2026-11-23T10:00:00-05:00', context: { timezone: 'America/Lima' } }, { model }).commitments.map((c) => c.quote);
    // «El técnico instala el router el lunes»: nobody in the first person, no future. Kept with no veto at all, dropped
    // when the weak veto is past any score.
    expect(quotes('El técnico instala el router el lunes.', withVetoes(0, 0))).toEqual(['el lunes']);
    expect(quotes('El técnico instala el router el lunes.', withVetoes(0, 1.01))).toEqual([]);
    // The case on its way, the impersonal about the case and the agent's own step are not weak readings.
    expect(quotes('Tu pedido sale hoy.', withVetoes(0, 1.01))).toEqual(['hoy']);
    expect(quotes('Your order ships today.', withVetoes(0, 1.01))).toEqual(['today']);
    expect(quotes('Esto se arregla en un segundo.', withVetoes(0, 1.01))).toEqual(['en un segundo']);
    expect(quotes('Te llamo mañana.', withVetoes(0, 1.01))).toEqual(['mañana']);
  });

  it('a cause the blame lexicon places on the customer\'s side is a diagnosis: the model does not also read it as the problem restated', () => {
    for (const [text, lang] of [
      ['Lo más seguro es que el problema esté en su instalación.', 'es'],
      ['Looks like the issue is from your phone firmware.', 'en'],
    ] as const) {
      const rules = analyze({ text, role: 'agent', lang }).findings.map((f) => f.rule);
      expect(rules).toEqual(['blame']);
    }
  });

  it('a sentence the refusal lexicon reads is a refusal: the model does not also read it as blame', () => {
    const rules = analyze({ text: "That's not something we offer.", role: 'agent', lang: 'en' }).findings.map((f) => f.rule);
    expect(rules).toEqual(['flat-refusal']);
  });

  it('every finding carries a confidence; a lexicon match at least 0.9', () => {
    const result = analyze({ text: 'Le garantizo que no volverá a pasar.', role: 'agent' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('without a model the engine is the lexicons and the grammar alone', () => {
    const text = 'Es la cuarta vez que les escribo y nadie me responde.';
    expect(analyze({ text, role: 'customer' }, { model: null }).moments).toContain('repeat-contact');
  });

  it('the model reads what no lexicon does (the sentence the page e2e uses to prove model.bin loaded)', () => {
    // (The sentence was a blame until the thirty-first session's retrain put blame's threshold at 0.95: docs/engine.md.)
    const text = 'Es solo cerrar sesión y volver a entrar, no tiene ninguna ciencia.';
    expect(analyze({ text, role: 'agent' }, { model: null }).findings).toEqual([]);
    expect(analyze({ text, role: 'agent' }).findings.map((f) => f.rule)).toEqual(['dismissive']);
  });

  it('a borderline sentence is left by standard and flagged by picky (the e2e strictness test relies on it)', () => {
    // tests/e2e/control.e2e.ts types this sentence; a retrain that moves it off the border fails here first.
    const text = "Viewers can see everything and export reports, but can't edit or delete anything.";
    expect(analyze({ text, role: 'agent', context: { strictness: 'standard' } }).findings).toEqual([]);
    expect(analyze({ text, role: 'agent', context: { strictness: 'picky' } }).findings.map((f) => f.rule)).toEqual(['flat-refusal']);
  });

  it('what the model alone may flag: anger needs a word of judgement (a raised voice alone is not enough), blame is not owning the fault, declining to promise is no overpromise', () => {
    const anger = (text: string, lang: 'es' | 'en') => passesMomentGate('anger', text, fold(text), lang);
    expect(anger('I called on Monday and the order still shows as processing.', 'en')).toBe(false);
    expect(anger('Me dieron las millas en su momento, quiero que me devuelvan lo que pagué.', 'es')).toBe(false);
    expect(anger('Three days without broadband. Absolute muppets.', 'en')).toBe(true);
    expect(anger('Tres días sin luz!', 'es')).toBe(false);
    expect(anger('Otra vez sin señal 😤', 'es')).toBe(false);
    expect(anger('Tres días sin luz, qué vergüenza!', 'es')).toBe(true);
    expect(anger('Pagué el envío express y llegó tarde. Qué decepción con esta tienda.', 'es')).toBe(true);
    // Forty-ninth session: a verdict word of the model's own list opens the gate too; a verdict conceded of one's own doing does not.
    expect(anger('The checkout is janky and support is clueless.', 'en')).toBe(true);
    expect(anger('Servicio deficiente, una chapuza de principio a fin.', 'es')).toBe(true);
    expect(anger('Terrible, I know, but I lost my card again.', 'en')).toBe(false);
    expect(anger('Terrible, lo sé, pero perdí la tarjeta otra vez.', 'es')).toBe(false);
    const blame = (text: string, lang: 'es' | 'en') => passesRuleGate('blame', fold(text), lang);
    expect(blame("That's our responsibility to manage, not yours.", 'en')).toBe(false);
    expect(blame("You shouldn't have had to chase anyone for this.", 'en')).toBe(false);
    expect(blame('Fue un error nuestro y ya lo corregimos.', 'es')).toBe(false);
    expect(blame('Our system only checks stock at picking, which is why you were not warned.', 'en')).toBe(false);
    expect(blame('That happened because you entered the wrong card number.', 'en')).toBe(true);
    // Thirty-seventh session: the customer cleared of the fault is no blame.
    expect(blame('Como no fue responsabilidad suya, ya le devolví el recargo.', 'es')).toBe(false);
    expect(blame('El recargo fue responsabilidad suya por pagar tarde.', 'es')).toBe(true);
    const overpromise = (text: string, lang: 'es' | 'en') => passesRuleGate('overpromise', fold(text), lang);
    expect(overpromise("Our kitchen can't guarantee a nut-free dish.", 'en')).toBe(false);
    expect(overpromise('No le podemos garantizar la fecha exacta.', 'es')).toBe(false);
    expect(overpromise('We guarantee it will never happen again.', 'en')).toBe(true);
    // A guarantee pledges certainty; an action, «again» alone, a guarantee as a thing or certainty denied do not.
    expect(overpromise('I will reply there and close this one.', 'en')).toBe(false);
    expect(overpromise('Sure, I will send the invoice again and close this ticket.', 'en')).toBe(false);
    expect(overpromise('Your boiler is still under guarantee, so we will repair it for free.', 'en')).toBe(false);
    expect(overpromise('Su equipo está en garantía, así que lo reparamos sin costo.', 'es')).toBe(false);
    expect(overpromise("Exact delivery times aren't guaranteed, but we will text you the slot.", 'en')).toBe(false);
    expect(overpromise('No estoy seguro de que llegue el viernes.', 'es')).toBe(false);
    expect(overpromise('I promise it will be fixed by Friday.', 'en')).toBe(true);
    expect(overpromise("I'm sure it won't happen again.", 'en')).toBe(true);
    expect(overpromise('Quedate tranquila que esta vez no falla.', 'es')).toBe(true);
    expect(overpromise('Le aseguro que no vuelve a pasar.', 'es')).toBe(true);
    const moment = (id: 'exception-request' | 'misunderstanding' | 'escalation-demand' | 'repeat-contact' | 'anger', text: string, lang: 'es' | 'en') => passesMomentGate(id, text, fold(text), lang);
    // The problem coming back, or trying something again, is no contact (docs/labelling.md).
    expect(moment('repeat-contact', 'The 8:10 train is cancelled AGAIN, third time this week.', 'en')).toBe(false);
    expect(moment('repeat-contact', 'I have already tried that several times, and reinstalled it too.', 'en')).toBe(false);
    expect(moment('repeat-contact', "Third time I'm asking: where is my refund?", 'en')).toBe(true);
    expect(moment('repeat-contact', 'Es la tercera vez que lo pido y nadie lo cambia.', 'es')).toBe(true);
    expect(moment('repeat-contact', "I've been trying to call my bank all week about it; can you check the order?", 'en')).toBe(false);
    expect(moment('anger', 'A la compañía le importa un pepino atender a sus clientes.', 'es')).toBe(true);
    expect(moment('anger', "Honestly they couldn't care less about the people who pay them.", 'en')).toBe(true);
    expect(moment('exception-request', 'Can you let me know when the restock is due?', 'en')).toBe(false);
    const insists = (text: string, lang: 'es' | 'en') => passesMomentGate('insists-own-solution', text, fold(text), lang);
    expect(insists('I want to know why I was charged twice.', 'en')).toBe(false);
    expect(insists('Quiero saber cuándo llega mi reembolso.', 'es')).toBe(false);
    expect(insists("I'd prefer a refund to my card, not a credit.", 'en')).toBe(true);
    expect(insists('Ni puntos ni bonos: el dinero a mi tarjeta.', 'es')).toBe(true);
    expect(moment('escalation-demand', 'Dear Manager,\nThe food was lovely but the bill was wrong.', 'en')).toBe(false);
    // A manager told of in a review asks for nobody; a rank asked for, in any words, does (forty-second session).
    expect(moment('escalation-demand', 'Rude attitude of the reception staff and the manager. Junior staff excellent.', 'en')).toBe(false);
    expect(moment('escalation-demand', 'El gerente fue muy amable con nosotros.', 'es')).toBe(false);
    expect(moment('escalation-demand', 'Could you loop in your billing manager on this?', 'en')).toBe(true);
    expect(moment('escalation-demand', "I'm after someone senior. A named person who can fix it.", 'en')).toBe(true);
    expect(moment('escalation-demand', 'Quiero hablar con un supervisor ya.', 'es')).toBe(true);
    expect(moment('escalation-demand', "I can't sign in to get a pin to talk to someone.", 'en')).toBe(false);
    expect(moment('escalation-demand', 'Dear team,\nI want your manager to look at this.', 'en')).toBe(true);
    expect(moment('escalation-demand', 'Quiero hablar con alguien que pueda decidir.', 'es')).toBe(true);
    expect(moment('exception-request', 'Is there any way to know the delivery time slot?', 'en')).toBe(false);
    expect(moment('exception-request', 'I know the fare is non-refundable, but could you move it?', 'en')).toBe(true);
    expect(moment('exception-request', 'Sé que el plazo venció ayer, ¿me lo pueden aceptar?', 'es')).toBe(true);
    expect(moment('misunderstanding', 'Hi, I have a question about my November bill.', 'en')).toBe(false);
    expect(moment('misunderstanding', "I'm not paying for a new phone because I didn't cause the damage.", 'en')).toBe(false);
    expect(moment('misunderstanding', 'I asked to cancel it, not to pause it.', 'en')).toBe(true);
    expect(moment('misunderstanding', 'Yo no pedí cambiar de vuelo, pedí agregar una maleta.', 'es')).toBe(true);
    const framing = (text: string, lang: 'es' | 'en') => passesRuleGate('problem-framing', fold(text), lang);
    expect(framing('Si tienes algún otro problema con la instalación, déjanos más detalle.', 'es')).toBe(false);
    expect(framing('If you run into any other issues with the app, reply here.', 'en')).toBe(false);
    expect(framing('Tu problema es que la tarjeta está vencida.', 'es')).toBe(true);
    // A cause found is a diagnosis (thirty-seventh session).
    expect(framing('Por lo que cuentas, el fallo viene de la versión de tu controlador.', 'es')).toBe(false);
    expect(framing('From your logs, the issue is caused by your proxy rewriting the headers.', 'en')).toBe(false);
    const dismissive = (text: string, lang: 'es' | 'en') => passesRuleGate('dismissive', fold(text), lang);
    expect(dismissive('No es un cobro doble: son dos meses distintos.', 'es')).toBe(false);
    expect(dismissive("Sometimes it's the device itself.", 'en')).toBe(false);
    expect(dismissive("Tbh a minute isn't that bad.", 'en')).toBe(true);
    expect(dismissive('Lo hace cualquiera en dos minutos.', 'es')).toBe(true);
    expect(dismissive('Es un mal uso, por lo tanto cierro el ticket.', 'es')).toBe(false);
    expect(dismissive('No es para tanto, son cosas que pasan.', 'es')).toBe(true);
    expect(dismissive('The fix rolled out a few minutes ago.', 'en')).toBe(false);
    expect(dismissive("We've only just unlocked the doors.", 'en')).toBe(false);
    expect(dismissive("It's only a few cents, not worth a refund.", 'en')).toBe(true);
    // Patience asked for minimises the wait; patience thanked for does not (thirty-seventh session).
    expect(dismissive('Patience please, the warehouse is backed up.', 'en')).toBe(true);
    expect(dismissive('Thank you so much for your patience while we sorted the refund.', 'en')).toBe(false);
    expect(dismissive('Muchas gracias por toda su paciencia con este trámite.', 'es')).toBe(false);
    const handoff = (text: string, lang: 'es' | 'en') => passesRuleGate('vague-handoff', fold(text), lang);
    expect(handoff('I will take a look and reverse the charges.', 'en')).toBe(false);
    expect(handoff("Looks like you're all set since you contacted our billing team.", 'en')).toBe(false);
    expect(handoff('Veo que ya quedó resuelto cuando hablaste con el área de ventas.', 'es')).toBe(false);
    expect(handoff('We are aware of the outage in the Leith area.', 'en')).toBe(false);
    expect(handoff('Our team will give it a look and reach out shortly.', 'en')).toBe(true);
    expect(handoff('Su solicitud la atiende otra área.', 'es')).toBe(true);
    // Whoever will call, in the third person plural, is someone else (thirty-seventh session).
    expect(handoff('Desde allá te van a contactar con la solución.', 'es')).toBe(true);
    expect(handoff('Una vez que tengan información, se comunicarán con usted.', 'es')).toBe(true);
    expect(handoff('Gracias por la foto, ya se ve bien la etiqueta.', 'es')).toBe(false);
    const refusal = (text: string, lang: 'es' | 'en') => passesRuleGate('flat-refusal', fold(text), lang);
    expect(refusal('Your post came in when no agents were available.', 'en')).toBe(false);
    expect(refusal('Lo siento, pero no te entendí.', 'es')).toBe(false);
    expect(refusal('Compensation for appliances is not admissible.', 'en')).toBe(true);
    expect(refusal('Lamentablemente no le podemos reembolsar ese cargo.', 'es')).toBe(true);
    // The team declining a change (twenty-second session); a change the customer need not make, or a doubt, declines nothing.
    expect(refusal('We will not be adding this feature.', 'en')).toBe(true);
    expect(refusal("We don't plan to support Windows.", 'en')).toBe(true);
    expect(refusal("This isn't going to be implemented.", 'en')).toBe(true);
    expect(refusal('No tenemos pensado dar soporte a esa versión.', 'es')).toBe(true);
    expect(refusal('Esto no se va a corregir en la rama 2.x.', 'es')).toBe(true);
    expect(refusal('Eso no se agregará al plan gratuito.', 'es')).toBe(true);
    expect(refusal("You won't need to change anything on your side.", 'en')).toBe(false);
    expect(refusal('No sé si lo publicamos mañana.', 'es')).toBe(false);
    // Any form of the withheld action, contracted or in -ing; a participle is a state, and not giving up refuses nothing.
    expect(refusal("We're not offering refunds on this plan.", 'en')).toBe(true);
    expect(refusal("We aren't accepting returns after 30 days.", 'en')).toBe(true);
    expect(refusal('No estamos ofreciendo reembolsos en este plan.', 'es')).toBe(true);
    expect(refusal('If it is not reversed within this period, you are eligible for compensation.', 'en')).toBe(false);
    expect(refusal("We're not giving up on this.", 'en')).toBe(false);
  });

  it('the model does not turn a hope into a promise («hopefully… today»), and a rule about an order\'s state promises nothing', () => {
    const now = '2026-11-18T10:00:00-05:00';
    for (const text of ['Hey, hopefully you will get your reply today 🙏', 'Hello, if the order is out for delivery, the item will be delivered to you by the end of the day.']) {
      expect(analyze({ text, role: 'agent', lang: 'en', now }).commitments).toEqual([]);
    }
    expect(analyze({ text: "I'll send you the label today.", role: 'agent', lang: 'en', now }).commitments).toHaveLength(1);
  });

  it('the model does not turn a rule for every case into a promise; the same time said of this case stays one', () => {
    const now = '2026-11-18T10:00:00-05:00';
    for (const text of ['Enquiries will be responded to within 7 business days.', 'A complaint will be acknowledged within 2 business days.']) {
      expect(analyze({ text, role: 'agent', lang: 'en', now }).commitments).toEqual([]);
    }
    expect(analyze({ text: 'Your complaint will be acknowledged within 2 business days.', role: 'agent', lang: 'en', now }).commitments).toHaveLength(1);
  });

  it('a refusal opened by a concession is read without it; a concession with an offer refuses nothing', () => {
    const now = '2026-11-18T10:00:00-05:00';
    const rules = (text: string) => analyze({ text, role: 'agent', lang: 'en', now }).findings.map((f) => f.rule);
    expect(rules("While we understand where you're coming from, right now, we're not extending vouchers past their expiry date.")).toContain('flat-refusal');
    expect(rules("While we understand where you're coming from, we can move the voucher to your new booking instead.")).not.toContain('flat-refusal');
  });

  it('«sé» opens a concession with its accent or before «que»; «se» as a pronoun does not', () => {
    expect(concessionLength('Sé que es molesto, pero no podemos cambiarlo.', 'es')).toBe('Sé que es molesto, pero '.length);
    expect(concessionLength('Se que es molesto, pero no podemos cambiarlo.', 'es')).toBe('Se que es molesto, pero '.length);
    expect(concessionLength('Sé lo molesto que es, pero no podemos cambiarlo.', 'es')).toBe('Sé lo molesto que es, pero '.length);
    expect(concessionLength('Se lo cambiamos mañana, pero no podemos devolver el envío.', 'es')).toBe(0);
    expect(concessionLength('Entiendo tu situación, pero no podemos extender el plazo.', 'es')).toBe('Entiendo tu situación, pero '.length);
  });

  it('the model flags nothing in the sign-off: a signature says who writes', () => {
    const text = 'Estimado señor Mendoza:\n\nHemos recibido su reclamo. Le devolveremos lo cobrado y le enviaremos la constancia a este correo.\n\nLamentamos los inconvenientes.\n\nAtentamente,\nÁrea de Reclamos – Banco Andino';
    const result = analyze({ text, role: 'agent', lang: 'es', now: '2026-11-18T10:00:00-05:00' });
    expect(result.findings.filter((f) => f.start >= text.indexOf('Atentamente'))).toEqual([]);
  });

  it('a long complaint with «I wrote» here and a «no» there is no misunderstanding; «I asked X. Not Y» is', () => {
    const complaint = 'Hi, I upgraded my account to the plus plan two days ago and yesterday it showed as a free account again. I wrote a mail but there is no any answer. Is this a bug? Why did this happen? Can you help me. Thank you.';
    expect(analyze({ text: complaint, role: 'customer', lang: 'en' }).moments).not.toContain('misunderstanding');
    expect(analyze({ text: 'I asked if you ship to Alaska. Not how to track an order.', role: 'customer', lang: 'en' }).moments).toContain('misunderstanding');
  });

  it('a hand-off told as what went wrong («no te contestaran en la línea») hands nothing off', () => {
    const text = 'Qué mal que además no te contestaran en la línea. Ya lo vi y te hago la devolución hoy.';
    expect(analyze({ text, role: 'agent', lang: 'es', now: '2026-11-18T10:00:00-05:00' }).findings.map((f) => f.rule)).not.toContain('vague-handoff');
  });

  it('a model all but certain of anger or a repeat contact is taken without the gate\'s word; of another moment, or less sure, it is not', () => {
    // A model that gives every sentence the same probability for every label: only the gate and the waiver decide.
    const sure = (probability: number) =>
      decodeModel(encodeModel(MODEL_LABELS.map(() => ({ bias: Math.log(probability / (1 - probability)), scale: 1, threshold: { standard: 0.5, picky: 0.5 }, veto: 0, weakVeto: 0 })), [], new Int8Array(0)));
    const text = 'Took my money and vanished. Cowboys, the lot of you.';
    const found = (probability: number) => combineMoments([], splitSentences(text), sure(probability), 'standard', 'en', text, fold(text));
    expect(passesMomentGate('anger', text, fold(text), 'en')).toBe(false);
    expect(passesMomentGate('repeat-contact', text, fold(text), 'en')).toBe(false);
    expect(found(0.99)).toEqual(expect.arrayContaining(['anger', 'repeat-contact']));
    expect(found(0.99)).not.toContain('broken-promise');
    expect(found(0.95)).not.toContain('anger');
    expect(found(0.95)).not.toContain('repeat-contact');
  });

  it('picky never flags less than standard', () => {
    const text = 'Bueno, eso ya lo vimos la semana pasada. Revise el correo que le mandé.';
    const standard = analyze({ text, role: 'agent', context: { strictness: 'standard' } }).findings.length;
    const picky = analyze({ text, role: 'agent', context: { strictness: 'picky' } }).findings.length;
    expect(picky).toBeGreaterThanOrEqual(standard);
  });
});
