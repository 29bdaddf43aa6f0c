import { TZDate } from '@date-fns/tz';
import { addYears } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  BusinessCalendar, businessDaysUntil, earliestRealisticDue, extractMentions, findCommitments, formatDay, mentionCandidates,
} from '../../lib/analysis/commitments';
import { analyze } from '../../lib/analysis';
import { resolveContext } from '../../lib/analysis/context';
import { dateHolidaysProvider } from '../../lib/analysis/holidays';
import { splitSentences } from '../../lib/analysis/text';
import type { AnalysisContext, Lang } from '../../lib/analysis/types';

function commitments(text: string, lang: Lang, now: string, ctx: Partial<AnalysisContext> = {}, withProvider = true) {
  const context = resolveContext({ timezone: 'America/Mexico_City', ...ctx });
  const at = new TZDate(now, context.timezone);
  return findCommitments(text, splitSentences(text), lang, at, context, withProvider ? { holidayProvider: dateHolidaysProvider } : {});
}
const quotes = (text: string, lang: Lang) =>
  splitSentences(text).flatMap((s) => extractMentions(s.text, lang).map((m) => s.text.slice(m.start, m.end)));

describe('extraction: what is a commitment (es)', () => {
  it.each([
    ['Te confirmo mañana si podemos enviarlo.', ['mañana']],
    // «y sí» is yes, not a condition (twenty-eighth session).
    ['Lo reviso y sí, mañana te lo mando.', ['mañana']],
    // A date set beside the day names the same day (twenty-sixth session).
    ['El enunciado se subirá a GitHub mañana viernes 26 de agosto.', ['mañana']],
    // …and a day named after that event is still due.
    ['Cuando llegue el repuesto, el lunes te lo instalamos.', ['el lunes']],
    // A plural fixed to this case by its subject is no rule for every case.
    ['Los reembolsos de tu pedido se acreditan en 48 horas.', ['en 48 horas']],
    ['Estaré de vacaciones hasta el lunes; mi compañera te escribe mañana.', ['mañana']],
    ['Ojalá te guste el nuevo modelo, te lo enviamos mañana.', ['mañana']],
    ['Te pido disculpas, para compensarte te mando el reembolso hoy.', ['hoy']],
    ['Te confirmo que sí te lo enviamos mañana.', ['mañana']],
    // Folded «esta» is also «this»; «todos los días» here is what the report covers.
    ['Ahora mismo te envío esta guía de instalación.', ['Ahora mismo']],
    ['Mañana te envío el reporte de todos los días que faltan.', ['Mañana']],
    ['Te lo mando mañana.', ['mañana']],
    // The whole of tomorrow said as a stretch (twenty-ninth session); a part of day goes with the day beside it.
    ['El técnico pasa mañana en el transcurso de la tarde.', ['mañana']],
    ['No obstante, a lo largo de mañana os daremos más información.', ['a lo largo de mañana']],
    // Opening hours are read up to a «pero».
    ['Abrimos el lunes a las 9, pero te llamo hoy por la tarde.', ['hoy por la tarde']],
    ['Tal como pediste, cerraremos tu cuenta el viernes.', ['el viernes']],
    ['manana te escribo sin falta', ['manana']],
    ['Mañana tenés la respuesta en tu correo.', ['Mañana']],
    ['Para el viernes lo tenés listo.', ['Para el viernes']],
    ['Le confirmo el lunes 23 de noviembre.', ['el lunes 23 de noviembre']],
    ['El 3 de diciembre le llega el equipo.', ['El 3 de diciembre']],
    ['Se lo resuelvo en 2 horas.', ['en 2 horas']],
    ['Dentro de las próximas 48 horas le escribimos.', ['Dentro de las próximas 48 horas']],
    ['Te lo reviso enseguida.', ['enseguida']],
    ['Ahora mismo lo soluciono.', ['Ahora mismo']],
    ['Le llamo pasado mañana.', ['pasado mañana']],
    ['Esta semana queda listo.', ['Esta semana']],
    ['La semana que viene te confirmo la fecha.', ['La semana que viene']],
    ['Hoy mismo te lo envío.', ['Hoy mismo']],
    ['Antes de que termine el día lo tenés.', ['Antes de que termine el día']],
    ['Lo recibe en 3 a 5 días hábiles.', ['en 3 a 5 días hábiles']],
    ['Le contactaremos en un plazo de 48 horas laborables.', ['en un plazo de 48 horas laborables']],
    ['Mañana a primera hora te llamo.', ['Mañana a primera hora']],
    ['En una hora y media te paso el informe.', ['En una hora y media']],
    ['Ya hablé con el técnico y mañana pasa por tu casa.', ['mañana']],
    ['Le doy de alta el servicio de inmediato.', ['de inmediato']],
    ['Se lo envío a más tardar el viernes.', ['a más tardar el viernes']],
    ['Le devolvemos el dinero en un plazo de 5 días hábiles.', ['en un plazo de 5 días hábiles']],
    ['Le escribimos durante el transcurso del día.', ['durante el transcurso del día']],
    // Fourteenth session: «dentro del transcurso del día», and a reassurance framing the promise.
    ['Las notas se subirán dentro del transcurso del día.', ['dentro del transcurso del día']],
    ['Te llamamos a lo largo del día.', ['a lo largo del día']],
    ['Puedes estar seguro de que estarán antes del jueves.', ['antes del jueves']],
    ['Ten por seguro que mañana lo tienes.', ['mañana']],
    ['Apenas lo tenga, el lunes te lo paso.', ['el lunes']],
    // A count left unsaid, and a bare «ahora» before the agent's own next step.
    ['En los próximos días te llega la tarjeta nueva.', ['En los próximos días']],
    ['Estaremos restableciendo el servicio en las próximas horas.', ['en las próximas horas']],
    ['En los próximos meses voy a publicar la versión nueva.', ['En los próximos meses']],
    ['Ahora te lo mando por correo.', ['Ahora']],
    ['Ahora lo reviso y te cuento.', ['Ahora']],
    // A «dependiendo» in a clause joined with its own subject hedges that clause only.
    ['En un rato lo publico y la actualización estará disponible dependiendo de la tienda.', ['En un rato']],
    // A number on one side of «y» is no range; «ya» + «-amos» is past only for a day, not a duration or «estamos».
    ['No encontramos el pedido 4512 y te lo reenvío mañana.', ['mañana']],
    ['Ya te lo mandamos en 10 minutos por correo.', ['en 10 minutos']],
    ['Ya estamos gestionando el envío para hoy.', ['para hoy']],
    ['Estamos trabajando en tu caso para dejarlo listo hoy.', ['hoy']],
    ['No hay fecha exacta todavía, así que mañana te escribo.', ['mañana']],
    ['Tu pantalla de 6" llega mañana.', ['mañana']],
    ['Ahora te lo enviaré.', ['Ahora']],
    // Moved to a new day: the verb is past, the new day is the promise (thirty-fifth session).
    ['Te lo hemos cambiado al martes 8 de diciembre.', ['al martes 8 de diciembre']],
    ['La visita se movió al jueves.', ['al jueves']],
    ['Lo cambiamos para el lunes.', ['para el lunes']],
  ])('%s', (text, expected) => {
    expect(quotes(text, 'es')).toEqual(expected);
  });
});

describe('extraction: what is not a commitment (es)', () => {
  it.each([
    // Twenty-second session: a rule for every report however long its relative clause, and a habit of every time.
    'Todo reporte que se cree cuando otro usuario ya lo tenga reportado se borrará de inmediato.',
    // The booking changed, far from its date: the date is the booking's, not a new time (thirty-fifth session).
    'Ya cambiamos tu reserva CUZ-8812 a dos habitaciones dobles para el 27 de diciembre.',
    'Cualquier pedido que entre después de las 18 h se prepara en 24 horas.',
    'Te llega un aviso en menos de un minuto cada vez que cambia el estado.',
    // A date set off by commas after a bare adverb dates the clause after it, here a past one.
    'Lamentablemente, el 26 de enero del presente año, existieron dificultades con los cobros.',
    // A promise made with what was just asked of the customer (fourteenth session).
    'Hola Silvia, ¿puedes confirmarme el número de pedido? Con él lo localizo enseguida.',
    'Si te viene bien el jueves por la mañana, lo dejo confirmado con el técnico.',
    'Ayer recibimos tu correo con las fotos.',
    // The time inside what will be confirmed, and a hope before the comma.
    'Te confirmo si podemos enviarlo mañana.',
    'Con suerte, mañana queda instalado.',
    // The agent's own absence, and a purpose that waits on the customer.
    'Estoy de vacaciones esta semana.',
    'Te pedimos contactarnos por DM para solucionarlo de inmediato.',
    'Si me lo envías mañana, lo reviso con el equipo.',
    '¿Te parece bien que te llame mañana a las 10?',
    'Te aviso en cuanto tenga novedades.',
    'Lo reviso lo antes posible.',
    'Nuestro horario es de lunes a viernes de 9 a 18 y los sábados de 10 a 14.',
    'El lunes pasado le enviamos la factura.',
    'Llamanos mañana al 0800 y lo vemos.',
    'Mañana es feriado, así que la oficina está cerrada.',
    'Te escribo enseguida que me confirmen el envío.',
    'La garantía cubre 12 meses desde la compra.',
    'El error apareció hace 2 días.',
    'Esta mañana revisé tu caso con el equipo.',
    'Ahora mismo no puedo cambiarte el plan.',
    'Por la mañana el sistema va más lento.',
    'Hoy en día casi todos pagan con tarjeta.',
    'Puede pasar a retirarlo mañana por la sucursal.',
    'Te lo mando mañana, ¿te parece?',
    'En breve le enviamos la confirmación.',
    'Ojalá te llegue hoy mismo.',
    'Intentaremos enviártelo mañana a primera hora.',
    'Esperamos tenerlos listos para hoy.',
    // A plan, an intention or an effort said impersonally (fourteenth session).
    'En las próximas semanas tenemos previsto actualizar el SDK.',
    'Nuestra intención es publicar hoy las notas de las tareas.',
    'Se hará lo posible para que estén listas hoy.',
    'Mándanos la foto del daño y te lo cambiamos mañana.',
    'Por favor escríbenos a ayuda@ejemplo.com con los datos y lo resolvemos hoy mismo.',
    'Hola Marta, si el pedido ya está en reparto, te llega antes de las 8.',
    'Ahora funciona sin problemas.',
    'Ahora que tenemos los datos, revisa tu correo.',
    'Ahora quiere cambiar la dirección de entrega.',
    'Ahora ya puedes entrar a tu cuenta.',
    'Seguimos trabajando para restablecer el servicio en las próximas horas.',
    'Ahora lo entiendo, gracias.',
    'Ahora tendremos que esperar al proveedor.',
    'Te envío mañana la funda y el cargador, dependiendo del stock.',
    'El servicio quedará restablecido en las próximas horas.',
    // The perfect is the past; a time in quotation marks is quoted, not promised.
    'He hablado hoy con el responsable de la zona.',
    "Gracias y perdón por los 'llega hoy' que no se cumplieron.",
    'Te llega mañana o pasado, dependiendo del tráfico.',
    'En los próximos días hábiles.',
    // After «ya», «aprobamos» is the past; a clause on its own subject does not inherit «le comento».
    'Ya la aprobamos hoy y la clínica la tiene en su sistema.',
    'La app estuvo caída entre las 7 y las 9 esta mañana.',
    'La previsión sigue siendo la misma y esperamos lanzar el portal en unas semanas.',
    'Le comento que hoy el aplicativo está presentando intermitencias.',
    // A «now» beside a state is what is the case now.
    'Ahora mismo ando con muchos casos abiertos, pero lo miro en cuanto pueda.',
    'Ahora mismo no hay fecha para el arreglo.',
    // A habit told of every day is no promise for this case.
    'Los turnos se abren todos los días a las 8:00 y se agotan en pocos minutos.',
    // Irregular preterites that no ending marks: «pudimos», not «podemos».
    'Con la captura lo pudimos ubicar enseguida.',
    // The team's absence and return, and how often (twenty-sixth session).
    'El equipo estará de vacaciones del 23 de diciembre al 2 de enero.',
    'Estaré de vuelta el lunes.',
    'En algunos casos podemos hacerlo en 24 o 48 horas.',
    // A planned cut is announced, not promised.
    'Desde el lunes habrá cortes programados de agua de 8 a 14 h en tu barrio.',
    // …and so is a closure (twenty-ninth session).
    'La tienda permanecerá cerrada el lunes por inventario.',
    'El horario de atención es de lunes a viernes de 9 a 18 horas.',
    // A span counted from an event still to come is a window.
    'Una vez confirmado tu pedido, lo despachamos en un plazo de 2 días hábiles.',
    // A rule's «deberá», hearsay, a lower bound (twenty-sixth session).
    'La tienda deberá responder tu reclamo en un plazo no mayor a 15 días.',
    'Nos dijeron que el lunes llega el camión con el resto del pedido.',
    'Las respuestas irán más lentas hasta por lo menos el 10 de enero.',
    // A span counted from an event still to come; a cut dated anywhere in its sentence.
    'El importe volverá a tu tarjeta en 3 a 5 días hábiles después de que recibamos el paquete.',
    'Se interrumpirá el suministro de agua, el martes 4 de 9 a 13 h, por trabajos de mantenimiento.',
    // The writer away (twenty-eighth session).
    'Me tomo unos días libres hasta el lunes 14; no revisaré los tickets antes.',
    'Por motivos personales, durante las próximas dos semanas estaré menos disponible.',
    // A «no te preocupes si…» condition; a plural subject with its participle is still any order.
    'No te preocupes si el número de envío no aparece de inmediato, se activará en un plazo de dos días laborables.',
    'Los pedidos efectuados de lunes a viernes antes de las 17h se entregarán en un plazo máximo de 3 días laborables.',
    // A time inside a condition joined on with «y si».
    'El local está abierto hasta las 0.00 y si le sentamos a comer a las 23.24 nos vamos todos tarde.',
  ])('%s', (text) => {
    expect(quotes(text, 'es')).toEqual([]);
  });

  it('rules out a «now» beside a state whatever the clause goes on to promise, so the learned layer cannot take it', () => {
    const text = 'Ahora mismo te estoy viendo el caso y te contesto apenas me llegue la respuesta de Facturación.';
    const [now] = mentionCandidates(text, 'es');
    expect(text.slice(now!.start, now!.end)).toBe('Ahora mismo');
    expect(now!.ruledOut).toBe(true);
    expect(now!.grammar).toBe(false);
  });
});

describe('extraction: what is a commitment (en)', () => {
  it.each([
    // Opening hours are read up to a "but" (twenty-ninth session).
    ["Our office is closed on Monday, but I'll call you on Tuesday.", ['on Tuesday']],
    ["I'll call you tomorrow, but we're closed on Monday.", ['tomorrow']],
    ['Your claim will be closed by Friday with the full refund.', ['by Friday']],
    ['I\'ve issued the refund. Please expect the money in your bank account in 10 business days.', ['in 10 business days']],
    ["You'll have it by Friday.", ['by Friday']],
    // A reassurance frames the promise; the customer does not act (fourteenth session).
    ['You can be sure it will be fixed by Friday.', ['by Friday']],
    // A courtesy after «please» asks the customer to do nothing: the promise after «and» stands.
    ['Please accept our apologies and I will refund you today.', ['today']],
    ['Please bear with us and we will have it fixed by Friday.', ['by Friday']],
    ["We'll get back to you within 48 hours.", ['within 48 hours']],
    ["I'll call you first thing tomorrow.", ['first thing tomorrow']],
    ["It'll be done by EOD.", ['by EOD']],
    ["I'll update you next week with the results.", ['next week']],
    ['Give me a couple of minutes and it will be back online.', ['a couple of minutes']],
    ["I'll send it on December 3rd.", ['on December 3rd']],
    ['Your refund will be sent (by December 10).', ['by December 10']],
    ["The card payment failed, so we'll try again tomorrow.", ['tomorrow']],
    ["We'll post the new card (the one with the chip) tomorrow.", ['tomorrow']],
    // The agent's own retry, a habit beside a dated step, a date in brackets after a promise.
    ["Let me check back with the warehouse tomorrow and I'll update you.", ['tomorrow']],
    // "Let me" with a verb of the speaker's own acts as «déjame revisarlo» does (fiftieth session).
    ['Let me look into this tonight.', ['tonight']],
    ["Let's get this sorted by Friday.", ['by Friday']],
    ["We'll reapply the discount to your account tomorrow.", ['tomorrow']],
    ['Our system will automatically try again tomorrow, so no action is needed.', ['tomorrow']],
    ["I'll check the tracking every morning and update you by Friday.", ['by Friday']],
    ['Your refund will be sent (10 December).', ['10 December']],
    // Confirming dated: the «if» after the time is what will be confirmed; a hope scoped by «but» ends there.
    ["I'll confirm tomorrow if we can ship it.", ['tomorrow']],
    // A habit opening a later clause hedges only that clause; a date beside the day is the same day.
    ["I'll send it today, but most of the time, it arrives within an hour or so.", ['today']],
    ['I will send it tomorrow Friday 26 August.', ['tomorrow']],
    // …and the end of a cut is promised.
    ['The outage in your street will be fixed by 5pm.', ['by 5pm']],
    ['The portal is unavailable right now but will be back online by 5pm.', ['by 5pm']],
    ["I am on vacation this week and will do this next week.", ['next week']],
    ["We'll call you tomorrow so we can fix it together.", ['tomorrow']],
    // A hope with a verb of its own, and an apology before a purpose.
    ["Hopefully that clears things up, and I'll send the corrected invoice tomorrow.", ['tomorrow']],
    ['Please accept our apologies, and I can confirm the refund will be issued today.', ['today']],
    ["Hopefully, we'll have it out tomorrow, but I'll call you today either way.", ['today']],
    // A date in brackets glossing the time before it is one commitment, not two.
    ["I'll send it today (Feb 28).", ['today']],
    ["We'll ship it in 2-3 business days.", ['in 2-3 business days']],
    ["I'm on it right now.", ['right now']],
    ["You'll get the refund by Monday, November 30.", ['by Monday, November 30']],
    ['The technician will be there tomorrow afternoon.', ['tomorrow afternoon']],
    ["I'll get this sorted by the end of the week.", ['by the end of the week']],
    ['Expect a reply within the hour.', ['within the hour']],
    ["I'll send the label first thing Monday.", ['first thing Monday']],
    ["You'll receive it no later than Friday.", ['no later than Friday']],
    ["We’ll get it done by Wednesday morning.", ['by Wednesday morning']],
    // The customer on the receiving end of «you should…» is an expectation we set.
    ['You should hear back from us tomorrow.', ['tomorrow']],
    ['You should have your money back within 24 hours.', ['within 24 hours']],
    ["We'll reply within 24 business hours.", ['within 24 business hours']],
    ['It will be back within the next couple of days.', ['within the next couple of days']],
    // «the estimate» is a document here, not a hedge.
    ["I'll email you the estimate by Thursday.", ['by Thursday']],
    ["We'll ship the update over the coming weeks.", ['over the coming weeks']],
    ["I'll run a test now and come back to you.", ['now']],
    ['I will now escalate this to the billing team.', ['now']],
    // A close of day said with the day is one phrase.
    ["I'll confirm by end of day Thursday.", ['by end of day Thursday']],
    ['I will share the status with you by tomorrow EOD.', ['by tomorrow EOD']],
    ["We couldn't find order 4512 and I'll resend it tomorrow.", ['tomorrow']],
    ["I'll call you 'round 5 tomorrow, the engineers' schedule allowing.", ['tomorrow']],
    ["I'll get back to you regarding your message by Friday.", ['by Friday']],
    // The team's own deliverable, said with «an», is this case's («a complaint will be acknowledged…» is any case's).
    ['We found the bug. A fix will be available in a couple of hours.', ['in a couple of hours']],
    // Moved to a new day, and a day said as it runs out (thirty-fifth session).
    ["We've moved it to tuesday the 8th of December now.", ['tuesday the 8th of December']],
    ['We have pushed your install back to Friday.', ['Friday']],
    ['Hotfix lands before Saturday is over.', ['before Saturday is over']],
    ["We'll have it done before the weekend is out.", ['before the weekend is out']],
  ])('%s', (text, expected) => {
    expect(quotes(text, 'en')).toEqual(expected);
  });
});

describe('extraction: what is not a commitment (en)', () => {
  it.each([
    // Twenty-second session: a rule for any ticket however long its relative clause, and a habit of every time.
    'Any ticket that arrives after 6pm will be answered within 24 hours.',
    'You will be charged each time you add a seat, right away.',
    'Whenever the status changes you will get an email within a minute.',
    'Sadly, on Tuesday morning, the courier returned the parcel to our depot.',
    // A move that is no rescheduling: the day tells when it happened (thirty-fifth session).
    'The parcel moved to the depot on Monday.',
    // What is going on at present, said so (thirty-fifth session).
    'We are currently receiving a very high volume of requests this week.',
    // A policy for every case with words before its plural, and a promise made with what was just asked of the customer (fourteenth session).
    'Final discharge approvals are processed within 3 hours, as per the guidelines.',
    'Eligible refunds are credited instantly.',
    'Could you send me the order number? With that I can locate it right away.',
    'Right now there is no date for the fix.',
    // The customer's own retry.
    'The appeal was not approved this time; try again in 2 weeks.',
    'Check back on Monday for the restock.',
    // "Let me know" asks the customer to act.
    'Let me know tomorrow if it still fails.',
    'Let us know by Friday which option you prefer.',
    'New slots open every morning and are usually gone within minutes.',
    // A bracketed aside does not cut the clause from its verb.
    "I've refunded both charges ($4.50 x 2 = $9.00) to the card ending 1182 today.",
    // A date alone in brackets dates the notice it heads.
    'Engineer visits (update 10 December) Some visits this week had to be moved.',
    // A time inside the question a checking verb asks, a hope before the comma, an effort, a bracketed gloss of a past time.
    "I'll confirm if we can ship it tomorrow.",
    "I'll check whether the part arrives tomorrow.",
    "With luck, I'll have another update later this afternoon.",
    'All being well, the engineer will be there tomorrow.',
    "We're doing everything in our power to have it out tomorrow, but we haven't had the final sign-off.",
    'We were all expecting to release the patch today (Feb 28).',
    'Likely at the end of the month a first version will be online.',
    'Please contact us by DM so we can fix it right away.',
    "I'm on vacation this week.",
    'If you reply by Friday, we can still change the order.',
    "Once it's live next week, I'll let you know.",
    "I can't do it today, I'm afraid.",
    // Chat without its apostrophes (thirty-eighth session).
    'sorry we wont have it ready today, the part is stuck at customs.',
    'cant make it today, truck broke down.',
    "We're open Monday to Friday, 9am to 6pm.",
    'The delay started last Tuesday.',
    'Would tomorrow work for a quick call?',
    "I'll reply as soon as I hear back.",
    "We'll look into it as soon as possible.",
    'Tomorrow is a public holiday, so the office is closed.',
    'Could you send me the logs by Friday?',
    'You can call us tomorrow between 9 and 5.',
    'Your plan renews on the 3rd of every month for 12 months.',
    'It should be fixed shortly.',
    "I'll check back in with you tomorrow, if that's okay?",
    'You should update the app by Friday.',
    'You should call your bank tomorrow.',
    'Our business hours are 9 to 5, Monday to Friday.',
    "If you're happy to go ahead, reply yes and the repair will be done within 3 working days.",
    // A hope is no promise; a rule about an order's state promises nothing for this order.
    'Hey, hopefully you will get your reply today.',
    'Hello, if the order is out for delivery, the item will be delivered to you by the end of the day.',
    // An effort is no promise either.
    "We'll try to release a patch with only this fix during next week.",
    // A guess, an expectation, and a promise that waits on the customer's reply.
    'Sometime this month, I think.',
    'It goes in the next version, which should be out at the end of the month.',
    "I'll compile it again if I get time today or tomorrow.",
    'Please email me the order details, and I will issue the refund immediately.',
    // Any request opens it, and an address's dots do not end the sentence.
    'Please write to help@example.com with the details, and we will get the team on it right away.',
    'Please point us to the ticket and we will fix it right away.',
    'As you will be aware, we had a full service outage on Friday.',
    'A complaint will be acknowledged within 2 business days.',
    // Only the subject fixes a rule to this case: «your» after the verb does not.
    'Eligible refunds are credited to your wallet instantly.',
    "It's working now.",
    'You can now log in with your new password.',
    "I'll know more now that we have the logs.",
    "We're working to restore service within the next 2 hours.",
    'We expect delays in the coming days.',
    // A count left unsaid is promised only by the agent or to the customer (the model may still read a release as one).
    'A new version will be released in the coming days.',
    "Please don't worry, we're hoping to have everyone back online by this evening.",
    "I'll close this ticket for now.",
    "We'll now need a copy of your ID.",
    'You have a few options in the coming days.',
    "There's no firm ETA, the fix will be out within 48 hours.",
    "We don't have a firm ETA yet, the fix will be out within 48 hours.",
    'I wanted to let you know that today the app is having problems with logins.',
    // «and» between two numbers is a range, and a contact named before the time is that contact's.
    'The app was down for everyone between 7 and 9 this morning because of a failed update.',
    'Further to our telephone conversation this morning, here is the form.',
    "We're here to help you out today! Let's look at your subscriptions.",
    // «As we speak» describes the present, whatever tense follows.
    'The new build (being packaged as we speak) will behave like the old one.',
    // The team's absence and return, how often, and a time said loosely (twenty-sixth session).
    'Our entire team will be on vacation from Dec 23rd to Jan 2nd.',
    'The portal will be down for maintenance on Saturday night.',
    'Once your order is confirmed, we ship it within 2 business days.',
    "We aren't sure if we can restore the old backups tomorrow.",
    "I've been told the parts will be done this week.",
    'Replies will be slow until at least January 10.',
    'Maintenance will take place tonight at 23:00.',
    // A closure or a halt announced, and a pronoun with any irregular past (twenty-ninth session); not the customer's
    // account or claim closed as they asked (below, a commitment).
    'The servers will halt traffic processing for up to 10 hours this weekend.',
    'Over the weekend of 4-5 October, we will be fully closed all weekend.',
    'This afternoon we began the process of refunding every affected account.',
    'Marta is on leave at the moment but will be back early next week.',
    "I'm estimating the release to be around the end of March.",
    'Your refund will reach you within 5 working days from the date we receive the parcel.',
    "We'll be opening up for preorders starting tomorrow at noon.",
    "Reviews will be slower until I'm back on August 7, 2026.",
    "I'll be back on Monday.",
    'In some cases we can do it within 24 hours.',
    "We answer every ticket, and sometimes it's within an hour or so.",
    // The writer away, however it is said (twenty-eighth session): a break, no computer, personal matters.
    "I'm taking a short break from July 5 until the 24th and won't review anything.",
    "I won't have a laptop with me for the next 7 days.",
    'Over the next six weeks, I will be focusing on personal matters.',
    // «May be» hedges; a «don't worry if…» condition governs the clause after its comma.
    'Bear with me as things may be slow over the next few weeks.',
    "Don't worry if the code isn't there yet, it will be activated within 2 days.",
  ])('%s', (text) => {
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('takes a reply that is only a day as the answer to «when?», whatever the learned layer says', () => {
    expect(mentionCandidates('Tomorrow!', 'en')[0]).toMatchObject({ grammar: true, explicitPromise: true });
    expect(mentionCandidates('Tomorrow is fine for the call.', 'en').every((c) => !c.explicitPromise)).toBe(true);
  });

  it('reads a day and the date beside it as one time', () => {
    const found = mentionCandidates('I will send it tomorrow Friday 26 August.', 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.clause.replace(/\s+/g, ' ').trim()).toBe('I will send it TIMEPHRASE .');
  });
});

describe('a promise right after asking the customer for something (forty-second session)', () => {
  const found = (text: string, lang: Lang) => commitments(text, lang, '2026-11-18T10:00:00-06:00').map((c) => c.quote);
  it('waits on what was asked when it is for at once or today', () => {
    expect(found('Please DM us your booking reference. We will look into it right away.', 'en')).toEqual([]);
    expect(found('Can you write to us at help@shop.com. Kindly include your app version. We will investigate immediately.', 'en')).toEqual([]);
    expect(found('Envíanos por MD tu número de pedido. Hoy mismo lo revisamos.', 'es')).toEqual([]);
    expect(found('Adjunta la factura, por favor. Te hacemos el reembolso hoy mismo.', 'es')).toEqual([]);
    // Forty-third session: the request asked as a question with «please» in it.
    expect(found('Can you please forward the receipt to support@app.io? We will activate Pro immediately.', 'en')).toEqual([]);
    // …unless it says the step does not wait (the review's finding).
    expect(found("Can you please send the photos? I'll also call the courier today to trace the parcel, no need to wait.", 'en')).toEqual(['today']);
  });
  it('still promises a follow-up dated ahead, and the same time with nothing asked first', () => {
    expect(found("Please send the hospital letter by reply. I'll email you with their decision by Friday.", 'en')).toEqual(['by Friday']);
    expect(found("We've received your details. We'll refund it today.", 'en')).toEqual(['today']);
    expect(found('Please check your inbox for the label. We will refund it today.', 'en')).toEqual(['today']);
    // A statement that opens like a request, a request for something else, the agent's own past, a step taken either way.
    expect(found("Message received, thanks! We'll refund the charge today.", 'en')).toEqual(['today']);
    expect(found("I've refunded the fee. Please tell us if anything else comes up. Your replacement ships today.", 'en')).toEqual(['today']);
    expect(found("Could you share a screenshot? Meanwhile I'm escalating it and will update you within 2 hours either way.", 'en')).toEqual(['within 2 hours']);
    expect(found('Enviamos tu pedido ayer por la tarde. Hoy te llega a casa.', 'es')).toEqual(['Hoy']);
    expect(found('Enviamos la factura, por favor revísala. Hoy te llega el abono.', 'es')).toEqual(['Hoy']);
    expect(found('Escríbenos si tienes cualquier otra duda. Tu reembolso se procesa hoy.', 'es')).toEqual(['hoy']);
  });
});

describe('tense read from the verb: a booking, a state with «encontrarse», the Spanish conditional (forty-third session)', () => {
  const found = (text: string, lang: Lang) => commitments(text, lang, '2026-11-18T10:00:00-06:00').map((c) => c.quote);
  it('reads the booked time as a promise', () => {
    expect(found('Claro, ya lo programé para el sábado 5 en la franja de 2 a 6 pm.', 'es')).toEqual(['para el sábado 5']);
    expect(found('Hola! Ya quedó cambiada tu cita al viernes 11 a las 10am en la sucursal del centro.', 'es')).toEqual(['al viernes 11 a las 10am']);
    expect(found('The shipment is safe at our hub and a re-attempt is booked for tomorrow.', 'en')).toEqual(['tomorrow']);
  });
  it('reads the conditional from verbs, not from an adjective or a noun that ends like one («necesaria», «bancaria»)', () => {
    expect(found('Mañana te envío la documentación necesaria.', 'es')).toEqual(['Mañana']);
    expect(found('Te hacemos la transferencia bancaria mañana.', 'es')).toEqual(['mañana']);
    expect(found('La batería nueva te la cambiamos el lunes.', 'es')).toEqual(['el lunes']);
    expect(found('Te lo enviaría mañana, pero falta la firma.', 'es')).toEqual([]);
    expect(found('Podríamos llamarte mañana.', 'es')).toEqual([]);
  });
  it('reads a booking said with «está» and a state set for a deadline as plans (the review\'s findings)', () => {
    expect(found('La instalación está programada para el jueves por la mañana.', 'es')).toEqual(['para el jueves por la mañana']);
    expect(found('El retiro del equipo está agendado para el lunes.', 'es')).toEqual(['para el lunes']);
    expect(found('Para el viernes ya está todo listo de nuestra parte.', 'es')).toEqual(['Para el viernes']);
    expect(found('La promoción es válida para el viernes.', 'es')).toEqual([]);
  });
  it("reads a guess said as «diría que» / 'I'd say' as a hedge, not a promise (the review's finding)", () => {
    expect(found('Yo diría que mañana ya lo tiene en su casa.', 'es')).toEqual([]);
    expect(found("I'd say you'll have it tomorrow.", 'en')).toEqual([]);
    expect(found('Te lo mando mañana, como le diría a cualquiera.', 'es')).toEqual(['mañana']);
  });
  it('reads a present state told with «encontrarse» as no promise', () => {
    expect(found('Su pedido se encuentra en nuestra bodega ahora mismo.', 'es')).toEqual([]);
    expect(found('Ahora mismo el equipo se encuentra trabajando para subir las imágenes.', 'es')).toEqual([]);
    expect(found('En este momento nos encontramos revisando tu caso.', 'es')).toEqual([]);
  });
  it('reads what the agent sees working today as a state, and the same verb with nothing seen as a promise (forty-seventh session)', () => {
    expect(found('Hoy lunes 23 de julio, lo veo funcionando bien en la demo.', 'es')).toEqual([]);
    expect(found('Hoy la vemos cargando sin errores.', 'es')).toEqual([]);
    expect(found('Mañana lo veo y te escribo.', 'es')).toEqual(['Mañana']);
    // …and the learned layer cannot make it one: read as an appearance, like «parece que».
    const text = 'Hoy lo vemos respondiendo bien.';
    expect(analyze({ text, role: 'agent', lang: 'es', now: '2026-11-18T10:00:00-06:00' }).commitments).toEqual([]);
  });
});

describe('due time and business-hour window', () => {
  it('a day after close with no business hours ends at midnight (weekend)', () => {
    const [c] = commitments('Mañana lo tienes.', 'es', '2026-11-20T17:00:00-06:00');
    expect(c).toMatchObject({ quote: 'Mañana', due: '2026-11-22T00:00:00-06:00', windowBusinessHours: 1, realistic: false });
  });

  it('durations run on the clock; immediacy is now + 15 min', () => {
    const [d] = commitments('Te lo soluciono en 5 minutos.', 'es', '2026-11-10T10:00:00-06:00');
    expect(d.due).toBe('2026-11-10T10:05:00-06:00');
    expect(d.windowBusinessHours).toBeCloseTo(0.08, 2);
    const [i] = commitments('I am fixing it right away.', 'en', '2026-11-10T10:00:00-06:00');
    expect(i.due).toBe('2026-11-10T10:15:00-06:00');
  });

  it('`now` with an RFC 9557 zone annotation is read by its offset', () => {
    const input = { text: 'Te lo soluciono en 5 minutos.', role: 'agent' as const, lang: 'es' as const, context: { timezone: 'America/Mexico_City' } };
    expect(analyze({ ...input, now: '2026-11-10T10:00:00-06:00[America/Mexico_City]' }).commitments[0]?.due).toBe('2026-11-10T10:05:00-06:00');
    expect(analyze({ ...input, now: '2026-11-10T10:00:00-06:00' }).commitments[0]?.due).toBe('2026-11-10T10:05:00-06:00');
  });

  it('a date in figures: day first in Spanish; in English the nearer of two readings unless a number settles it', () => {
    expect(commitments('Te lo envío antes del 10/12.', 'es', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-10T18:00:00-06:00');
    // 12/9 read both ways: 9 December is nearer than 12 September.
    expect(commitments("I'll send it by 12/9.", 'en', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-09T18:00:00-06:00');
    // 9/12 too, the other way round.
    expect(commitments("I'll send it by 9/12.", 'en', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-09T18:00:00-06:00');
    // 12/21 has one reading: 21 December.
    expect(commitments("I'll send it by 12/21.", 'en', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-21T18:00:00-06:00');
    expect(commitments('Agregue 1/2 taza.', 'es', '2026-12-02T10:00:00-06:00')).toEqual([]);
  });

  it('a time of day with no day falls due at that time: today, or tomorrow once it has gone by', () => {
    expect(commitments('Te escribo antes de las 17:00 con novedades.', 'es', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-02T17:00:00-06:00');
    expect(commitments("I'll call you at 9 a.m.", 'en', '2026-12-02T10:00:00-06:00')[0]?.due).toBe('2026-12-03T09:00:00-06:00');
  });

  it('a Spanish part of day sets the half of the day: «las 5 de la tarde» is 17:00, «las 12 de la noche» midnight', () => {
    const due = (text: string) => commitments(text, 'es', '2026-12-02T10:30:00-06:00')[0]?.due;
    expect(due('Te llamo a las 5 de la tarde.')).toBe('2026-12-02T17:00:00-06:00');
    expect(due('Te llamo a las 9 de la mañana.')).toBe('2026-12-03T09:00:00-06:00');
    expect(due('Te llamo a las 12 de la noche.')).toBe('2026-12-03T00:00:00-06:00');
    expect(due('Te llamo a las 12 de la mañana.')).toBe('2026-12-02T12:00:00-06:00');
    expect(due('Te llamo a las 5 y media de la tarde.')).toBe('2026-12-02T17:30:00-06:00');
    expect(due('Te llamo a las 4 y cuarto de la tarde.')).toBe('2026-12-02T16:15:00-06:00');
    expect(due('Sobre las 10.00 horas de la mañana se reparará la avería.')).toBe('2026-12-03T10:00:00-06:00');
  });

  it('a 24-hour duration across a DST change stays 24 real hours', () => {
    const [c] = commitments('Your device will be repaired within 24 hours.', 'en', '2026-10-31T10:00:00-04:00', { timezone: 'America/New_York' });
    expect(c.due).toBe('2026-11-01T09:00:00-05:00');
  });

  it('a weekday after a DST change closes at its local close time', () => {
    const [c] = commitments('Te llamo el lunes.', 'es', '2026-10-23T10:00:00+02:00', { timezone: 'Europe/Madrid' });
    expect(c.due).toBe('2026-10-26T18:00:00+01:00');
    expect(c.windowBusinessHours).toBe(17); // Fri 10–18 + Mon 9–18
  });

  it('explicit holidays end at midnight and add no hours', () => {
    const [c] = commitments('El martes tenés el equipo nuevo.', 'es', '2026-12-04T15:00:00-03:00', {
      timezone: 'America/Argentina/Buenos_Aires', holidays: ['2026-12-08'],
    });
    expect(c).toMatchObject({ due: '2026-12-09T00:00:00-03:00', windowBusinessHours: 12, realistic: true });
  });

  it('holidays by country come from the injected provider only', () => {
    const ctx = { timezone: 'America/Bogota', holidaysCountry: 'CO' };
    const [withCalendar] = commitments('El lunes queda resuelto.', 'es', '2026-11-13T16:00:00-05:00', ctx);
    expect(withCalendar).toMatchObject({ due: '2026-11-17T00:00:00-05:00', windowBusinessHours: 2, realistic: false });
    const [without] = commitments('El lunes queda resuelto.', 'es', '2026-11-13T16:00:00-05:00', ctx, false);
    expect(without).toMatchObject({ due: '2026-11-16T18:00:00-05:00', windowBusinessHours: 11, realistic: true });
  });

  it('Monday–Saturday schedules make Saturday a business day', () => {
    const [c] = commitments('Tu pedido llega mañana a la sucursal.', 'es', '2026-11-20T16:00:00-06:00', {
      businessHours: { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' },
    });
    expect(c).toMatchObject({ due: '2026-11-21T20:00:00-06:00', windowBusinessHours: 16, realistic: true });
  });

  it('a 17:30 close counts half hours', () => {
    const [c] = commitments("It'll be sorted by end of day.", 'en', '2026-11-20T16:00:00+00:00', {
      timezone: 'Europe/London', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
    });
    expect(c).toMatchObject({ due: '2026-11-20T17:30:00+00:00', windowBusinessHours: 1.5, realistic: false });
  });

  it('«N días hábiles» skips weekends and holidays and ends at that day close', () => {
    const [c] = commitments('En 2 días hábiles le envío la nota de crédito.', 'es', '2026-12-07T11:00:00-05:00', {
      timezone: 'America/Lima', holidays: ['2026-12-08', '2026-12-09'],
    });
    expect(c).toMatchObject({ due: '2026-12-11T18:00:00-05:00', windowBusinessHours: 25 });
    const [en] = commitments("We'll ship it within 3 business days.", 'en', '2026-11-23T11:00:00-06:00', {
      timezone: 'America/Chicago', holidaysCountry: 'US',
    });
    expect(en.due).toBe('2026-11-27T18:00:00-06:00'); // Thanksgiving skipped
  });

  it('a day and month already gone this year is past, not next year\'s', () => {
    expect(commitments('Revisamos la reclamación radicada el 3 de noviembre.', 'es', '2026-12-02T10:00:00-05:00', { timezone: 'America/Bogota' })).toEqual([]);
    expect(commitments('The notes from your call on 30 October were saved to the wrong policy.', 'en', '2026-12-01T10:00:00+00:00', { timezone: 'Europe/London' })).toEqual([]);
    const [next] = commitments('Le enviamos la tarjeta el 5 de enero.', 'es', '2026-12-02T10:00:00-05:00', { timezone: 'America/Bogota' });
    expect(next.due.startsWith('2027-01-05')).toBe(true);
  });

  it('«N horas hábiles» runs only while the team is open', () => {
    // Friday 16:00, open 9–18: 2 h on Friday, 9 on Monday, 9 on Tuesday, the last 4 on Wednesday.
    const [c] = commitments('Le respondemos en las próximas 24 horas hábiles.', 'es', '2026-12-04T16:00:00-05:00', {
      timezone: 'America/Lima', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    });
    expect(c).toMatchObject({ quote: 'en las próximas 24 horas hábiles', due: '2026-12-09T13:00:00-05:00', windowBusinessHours: 24 });
    const [en] = commitments("We'll get back to you within 8 business hours.", 'en', '2026-12-04T16:00:00-05:00', {
      timezone: 'America/New_York', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    });
    expect(en).toMatchObject({ due: '2026-12-07T15:00:00-05:00', windowBusinessHours: 8 });
  });

  it('this week and next week close on their last business day', () => {
    const [thisWeek] = commitments('Te lo dejo resuelto esta semana.', 'es', '2026-11-18T10:00:00-06:00');
    expect(thisWeek.due).toBe('2026-11-20T18:00:00-06:00');
    const [nextWeek] = commitments('The fix ships next week.', 'en', '2026-11-18T10:00:00-06:00', { holidays: ['2026-11-27'] });
    expect(nextWeek.due).toBe('2026-11-26T18:00:00-06:00');
  });

  it('a date without a year is the next one ahead', () => {
    const [c] = commitments('Le llega el 5 de enero.', 'es', '2026-12-10T10:00:00-06:00');
    expect(c.due).toBe('2027-01-05T18:00:00-06:00');
  });

  it('a day already closed leaves no window', () => {
    const [c] = commitments('El pedido sale hoy.', 'es', '2026-11-20T18:30:00-06:00');
    expect(c).toMatchObject({ due: '2026-11-20T18:00:00-06:00', windowBusinessHours: 0, realistic: false });
  });

  it('a clock time of today already gone by tells what was done; one still ahead, or said loosely, is promised', () => {
    expect(commitments('Ya está corregido en la versión 4.2, que publicamos hoy a las 11:00.', 'es', '2026-12-04T12:00:00-06:00')).toEqual([]);
    expect(commitments('The update we roll out today at 8:30 fixes the sync.', 'en', '2026-12-04T11:00:00-05:00', { timezone: 'America/New_York' })).toEqual([]);
    // From 1 to 7 with no a.m. / p.m. is the afternoon; a future says the time is promised.
    expect(commitments('Te llamo hoy a las 5:30 para confirmarte la cita.', 'es', '2026-12-04T12:00:00-06:00')).toHaveLength(1);
    expect(commitments("I'll call you today at 11:00.", 'en', '2026-12-04T12:00:00-06:00')).toHaveLength(1);
    expect(commitments('La publicamos hoy a las 15:00.', 'es', '2026-12-04T12:00:00-06:00')).toHaveLength(1);
    expect(commitments('Hoy a las 6:00 p. m. queda restablecido.', 'es', '2026-12-04T10:00:00-06:00')).toHaveLength(1);
    // «a las 4» may be 16:00.
    expect(commitments('Te llamo hoy a las 4.', 'es', '2026-12-04T12:00:00-06:00')).toHaveLength(1);
  });

  it('realism follows the priority and the team thresholds', () => {
    const text = 'Hoy mismo te dejo el reporte corregido.';
    const now = '2026-11-17T12:00:00-06:00';
    expect(commitments(text, 'es', now)[0].realistic).toBe(false);
    expect(commitments(text, 'es', now, { minBusinessHours: { low: 12, normal: 4, high: 2, urgent: 1 } })[0].realistic).toBe(true);
    expect(commitments(text, 'es', now, { priority: 'urgent' })[0].realistic).toBe(true);
  });

  it('accepts Sunday as 0 in business days', () => {
    const [c] = commitments('Te llamo mañana.', 'es', '2026-11-21T10:00:00-06:00', {
      businessHours: { days: [0, 1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    });
    expect(c.due).toBe('2026-11-22T18:00:00-06:00');
  });

  it('offsets point into the whole text', () => {
    const text = 'Hola Ana.\nGracias por escribir. Te llamo el jueves.';
    for (const c of commitments(text, 'es', '2026-11-23T10:00:00-06:00')) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });
});

describe('helpers for honest rewrites', () => {
  const context = resolveContext({ timezone: 'America/Mexico_City', holidays: ['2026-11-16'] });
  const calendar = new BusinessCalendar(context);
  it('the earliest realistic due is the first close with a long enough window', () => {
    const now = new TZDate('2026-11-13T16:00:00-06:00', '-06:00');
    const due = earliestRealisticDue(now, 8, calendar)!;
    expect(calendar.isoAt(due.getTime())).toBe('2026-11-17T18:00:00.000-06:00'.replace('.000', ''));
    expect(businessDaysUntil(now, due, calendar)).toBe(1);
  });
  it('phrases dates in both languages', () => {
    const day = new TZDate(2026, 10, 26, 'America/Mexico_City');
    const now = new TZDate(2026, 10, 20, 'America/Mexico_City');
    expect(formatDay(day, 'es', now)).toBe('el jueves 26 de noviembre');
    expect(formatDay(day, 'en', now)).toBe('Thursday, November 26');
    expect(formatDay(addYears(day, 1), 'en', now)).toBe('Friday, November 26, 2027');
  });
});

describe('a rule for every case, opened by its subject', () => {
  const found = (text: string) => analyze({ text, role: 'agent', now: '2026-11-10T10:00:00-06:00' }).commitments.map((c) => c.quote);
  it('«any ticket that…» states a rule for every ticket', () => {
    expect(found('Any ticket that arrives after 6pm will be answered within 24 hours.')).toEqual([]);
  });
  it('«all the items that you returned» is this customer\'s case, not a rule for every item', () => {
    expect(found('All the items that you returned will be refunded within 3 days.')).toEqual(['within 3 days']);
  });
});

describe('the resolved context', () => {
  it('is resolved once per context object the page passes, and anew for another object', () => {
    const given = { timezone: 'Europe/Madrid', priority: 'high' as const, businessHours: { days: [1, 2, 3, 4, 5], start: '8:00', end: '17:00' } };
    const first = resolveContext(given);
    expect(resolveContext(given)).toBe(first);
    expect(first).toMatchObject({ timezone: 'Europe/Madrid', priority: 'high', businessHours: { start: '08:00', end: '17:00' } });
    expect(Object.isFrozen(first) && Object.isFrozen(first.holidays) && Object.isFrozen(first.businessHours)).toBe(true);
    const other = resolveContext({ ...given, priority: 'low' });
    expect(other).not.toBe(first);
    expect(other.priority).toBe('low');
  });
});

describe('a procedure for anyone gives windows, not promises (twenty-eighth session)', () => {
  const NOW = '2026-11-18T10:00:00-05:00';
  const quotesIn = (text: string) => analyze({ text, role: 'agent', now: NOW, context: { timezone: 'America/Bogota' } }).commitments.map((c) => c.quote);

  it('finds none in a help page laid out as steps', () => {
    const page = 'El proceso de presentar una reclamación es el siguiente:\n\n1. Describe el motivo en el formulario.\n2. Revisaremos tu reclamación en un plazo de 3 días.';
    expect(quotesIn(page)).toEqual([]);
  });

  it('still finds the promise in a reply that lists steps for this customer', () => {
    const reply = 'Hola Irene:\n\nEsto es lo que haremos:\n1. Hoy anulo el cargo duplicado.\n2. Revisaremos tu reclamación en un plazo de 3 días.\n\nUn saludo,\nMarta';
    expect(quotesIn(reply)).toContain('en un plazo de 3 días');
  });
});
