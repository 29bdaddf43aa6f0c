/**
 * The playbook Tacto ships with, so the sidebar can offer alternatives from the first
 * day. A lead edits it on the options page or replaces it with the team's own file.
 *
 * Each entry starts with an offer («Lo que sí puedo hacer…», «What I can do…») so that,
 * inserted after a refusal, the draft no longer reads as a flat no; none promises a time
 * (they follow up «en cuanto…» / «as soon as…», which is not a commitment).
 * Triggers are the words a refusal uses for the topic; matching allows for inflection.
 * `moments` are the customer moments an entry answers: the sidebar offers it on that
 * moment's chip before any refusal is typed (repeat contact, broken promise, urgency have
 * entries of their own; escalation, exception and own-solution reuse the situations').
 */
import type { Playbook } from '../analysis/types';

export const DEFAULT_PLAYBOOK: Playbook = {
  format: 'tacto-playbook',
  version: 1,
  entries: [
    // ── Spanish ──
    {
      id: 'es-adjuntos-grandes',
      lang: 'es',
      title: 'Archivos adjuntos demasiado grandes',
      text: 'Lo que sí puedo hacer es recibirlo por enlace: súbelo a Google Drive, Dropbox o WeTransfer y compárteme el enlace aquí, o, si prefieres, divídelo en varios archivos más pequeños y los reviso juntos.',
      triggers: ['adjunto', 'archivo', 'tamaño', 'MB', 'pesado', 'límite de archivo'],
    },
    {
      id: 'es-reembolso-fuera-de-politica',
      lang: 'es',
      title: 'Reembolso fuera de la política',
      text: 'Aunque el reembolso ya no es posible, lo que sí puedo hacer es ofrecerte un saldo a favor en tu cuenta por el importe de la compra o un cambio por otro producto. ¿Cuál de las dos opciones te viene mejor?',
      triggers: ['reembolso', 'devolución', 'devolver el dinero', 'reintegro', 'plazo de devolución'],
      moments: ['exception-request'],
    },
    {
      id: 'es-retraso-en-la-entrega',
      lang: 'es',
      title: 'Retraso en la entrega',
      text: 'Lo que sí puedo hacer es abrir ahora una incidencia con la empresa de transporte para localizar tu paquete; yo sigo el caso y te escribo en cuanto tenga la nueva fecha. Si ya no te sirve, también puedo cancelar el pedido y devolverte el importe.',
      triggers: ['entrega', 'envío', 'paquete', 'pedido', 'retraso', 'adelantar', 'transportista'],
    },
    {
      id: 'es-funcion-no-disponible',
      lang: 'es',
      title: 'Una función que no existe',
      text: 'Esa función no existe por ahora, pero puedo mostrarte cómo conseguir un resultado parecido con lo que ya tienes y dejar registrada tu propuesta, con tu caso de uso, para el equipo de producto.',
      triggers: ['función', 'funcionalidad', 'característica', 'integración', 'no existe', 'no está disponible', 'no permite'],
      moments: ['insists-own-solution'],
    },
    {
      id: 'es-solicitud-de-escalado',
      lang: 'es',
      title: 'Pide hablar con un supervisor',
      text: 'Entiendo que quieras que lo revise alguien más. Lo que sí puedo hacer es pasar tu caso a mi responsable con todo el detalle, para que no tengas que repetir nada; mientras tanto sigo yo a cargo y te escribo con su respuesta.',
      triggers: ['supervisor', 'responsable', 'gerente', 'encargado', 'jefe', 'escalar', 'superior'],
      moments: ['escalation-demand'],
    },
    {
      id: 'es-producto-agotado',
      lang: 'es',
      title: 'Producto agotado',
      text: 'Lo que sí puedo hacer es avisarte en cuanto vuelva a haber existencias, o proponerte un modelo equivalente que sí tenemos disponible. ¿Quieres que te cuente las opciones?',
      triggers: ['stock', 'agotado', 'existencias', 'reposición', 'inventario', 'sin unidades'],
    },
    {
      id: 'es-contacto-repetido',
      lang: 'es',
      title: 'Vuelve a escribir por lo mismo',
      text: 'Siento que hayas tenido que escribirnos otra vez por esto. Lo que sí puedo hacer es quedarme yo con tu caso hasta que esté resuelto, para que no tengas que volver a explicarlo, y escribirte en cuanto tenga novedades.',
      moments: ['repeat-contact'],
    },
    {
      id: 'es-promesa-incumplida',
      lang: 'es',
      title: 'Una promesa que no cumplimos',
      text: 'Tienes razón en que no hicimos lo que te dijimos, y lo siento. Lo que sí puedo hacer es revisar en qué punto está tu caso y darte una respuesta concreta, sin prometerte una fecha de la que no esté seguro.',
      moments: ['broken-promise'],
    },
    {
      id: 'es-caso-urgente',
      lang: 'es',
      title: 'Lo necesita con urgencia',
      text: 'Entiendo que esto es urgente para ti. Lo que sí puedo hacer es marcar tu caso como prioritario y contarte con sinceridad qué es posible, en cuanto lo confirme con el equipo.',
      moments: ['urgency'],
    },
    // ── English ──
    {
      id: 'en-large-attachments',
      lang: 'en',
      title: 'Attachments that are too large',
      text: 'What I can do is take it as a link: upload it to Google Drive, Dropbox or WeTransfer and share the link here, or split it into a few smaller files and I will go through them together.',
      triggers: ['attachment', 'file', 'file size', 'MB', 'too large', 'too big', 'upload limit'],
    },
    {
      id: 'en-refund-out-of-policy',
      lang: 'en',
      title: 'Refund outside the policy',
      text: 'While a refund is no longer possible, what I can do is add store credit for the full amount to your account, or exchange it for another product. Which would work better for you?',
      triggers: ['refund', 'money back', 'reimburse', 'return window', 'refund policy'],
      moments: ['exception-request'],
    },
    {
      id: 'en-delivery-delay',
      lang: 'en',
      title: 'Delivery delay',
      text: 'What I can do is open a trace with the carrier right now to locate your package; I will stay on this case and write to you as soon as I have the new date. If it is no longer useful to you, I can also cancel the order and refund it.',
      triggers: ['delivery', 'shipping', 'shipment', 'package', 'parcel', 'order', 'delay', 'expedite', 'carrier'],
    },
    {
      id: 'en-feature-not-available',
      lang: 'en',
      title: 'A feature that does not exist',
      text: 'That feature does not exist yet, but I can show you how to get a similar result with what you already have, and log your request, with your use case, for our product team.',
      triggers: ['feature', 'functionality', 'integration', 'not supported', 'not available', 'does not exist', "doesn't exist"],
      moments: ['insists-own-solution'],
    },
    {
      id: 'en-escalation-request',
      lang: 'en',
      title: 'Asks for a manager or supervisor',
      text: 'I understand you would like someone else to look at this. What I can do is pass your case to my team lead with every detail, so you will not have to repeat anything; I stay in charge in the meantime and will write to you with their answer.',
      triggers: ['manager', 'supervisor', 'team lead', 'escalate', 'escalation', 'someone else', 'superior'],
      moments: ['escalation-demand'],
    },
    {
      id: 'en-out-of-stock',
      lang: 'en',
      title: 'Out-of-stock item',
      text: 'What I can do is let you know as soon as it is back in stock, or suggest an equivalent model that we do have available. Would you like me to go over the options?',
      triggers: ['stock', 'out of stock', 'sold out', 'restock', 'inventory', 'unavailable'],
    },
    {
      id: 'en-repeat-contact',
      lang: 'en',
      title: 'Writes again about the same issue',
      text: 'I am sorry you have had to write to us again about this. What I can do is stay with your case myself until it is solved, so you will not have to explain it again, and write to you as soon as I have news.',
      moments: ['repeat-contact'],
    },
    {
      id: 'en-broken-promise',
      lang: 'en',
      title: 'A promise we did not keep',
      text: 'You are right that we did not do what we told you, and I am sorry. What I can do is check where your case stands and give you a clear answer, without promising a date I am not sure of.',
      moments: ['broken-promise'],
    },
    {
      id: 'en-urgent-case',
      lang: 'en',
      title: 'Needs it urgently',
      text: 'I understand this is urgent for you. What I can do is mark your case as a priority and tell you honestly what is possible, as soon as I have confirmed it with the team.',
      moments: ['urgency'],
    },
  ],
};
