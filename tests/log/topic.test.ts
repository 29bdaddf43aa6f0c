import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTopic, scrub } from '../../lib/log/topic';

describe('topics from realistic sentences', () => {
  it.each([
    ['es', '¡Es una vergüenza! Me prometieron el reembolso hace dos semanas y nada.', 'reembolso'],
    ['es', 'Es la tercera vez que escribo: el envío sigue sin llegar.', 'envío'],
    ['es', 'La factura de octubre está mal, me cobraron de más.', 'factura'],
    ['es', 'Quiero que me devuelvan mi dinero ya.', 'reembolso'],
    ['es', 'Me dijeron que el paquete llegaba el lunes y nada.', 'envío'],
    ['es', 'Quiero hablar con su supervisor, la aplicación se cierra sola.', 'aplicación'],
    ['es', 'Llevo esperando la lavadora desde el lunes.', 'lavadora'],
    ['es', 'No quiero otra opción, solo acepto la devolución.', 'devolución'],
    ['es', 'Ya sé que pasó el plazo de la garantía, pero hagan una excepción.', 'garantía'],
    ['es', 'Quiero dar de baja mi suscripción.', 'cancelación'],
    ['es', 'La renovación de la suscripción me llegó sin aviso.', 'suscripción'],
    ['es', 'Me dijeron que el cambio de plan quedaba listo el lunes y nada. Lo necesito hoy mismo, es urgente.', 'suscripción'],
    ['es', 'No puedo entrar, olvidé la contraseña.', 'contraseña'],
    ['es', 'El pedido llegó roto.', 'producto defectuoso'],
    ['es', 'Te lo soluciono en 5 minutos.', ''],
    ['en', 'This is the third time I write about my refund.', 'refund'],
    ['en', 'Where is my package? The tracking has not moved in a week.', 'shipping'],
    ['en', 'Your invoice is wrong and I want it fixed today.', 'invoice'],
    ['en', 'You charged me twice!', 'charge'],
    ['en', 'I want to speak to your manager about the installation.', 'installation'],
    ['en', 'The app keeps crashing at checkout and nobody helps.', 'app'],
    ['en', 'I will fix this for you today.', ''],
  ] as const)('%s: %s → «%s»', (lang, sentence, topic) => {
    expect(extractTopic(sentence, lang)).toBe(topic);
  });

  it('prefers a specific cause over a generic one', () => {
    expect(extractTopic('Mi pedido no ha llegado y quiero el reembolso.', 'es')).toBe('reembolso');
    expect(extractTopic('My order arrived broken.', 'en')).toBe('damaged product');
  });
});

const PERSONAL = [
  'María Gómez', 'maria gonzalez', 'Peter Parker', 'John', 'Carlos', 'Lucía',
  'ana.lopez@example.com', 'peter@example.org', '+34 612 345 678', '555-123-4567', '(01) 555 0199',
  '#4471', 'RF-2291', 'pedido 88231', 'order 12345', 'A-99812-X', 'https://shop.example.com/order/5',
];

/** Words of the personal data above that would identify someone if they became a topic. */
const IDENTIFYING = ['maría', 'maria', 'gómez', 'gonzalez', 'peter', 'parker', 'john', 'carlos', 'lucía', 'ana', 'lopez', 'example', 'shop', 'com', 'org', 'rf', 'www', 'https'];

describe('no personal data in topics', () => {
  it.each([
    ['es', 'Hola, soy María Gómez, mi correo es ana.lopez@example.com y mi teléfono +34 612 345 678.'],
    ['es', 'Soy maria gonzalez, llámenme al 555-123-4567.'],
    ['es', 'Carlos me dijo que el pedido 88231 (ref. RF-2291) llegaba ayer.'],
    ['en', 'My name is Peter Parker, call me at 555-123-4567 or peter@example.org.'],
    ['en', 'John promised me order 12345 would ship, see https://shop.example.com/order/5'],
    ['en', 'Ask Lucía about A-99812-X.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const topic = extractTopic(sentence, lang);
    expect(topic).toMatch(/^(\p{Ll}+( \p{Ll}+){0,2})?$/u);
    expect(topic).not.toMatch(/[\d@#+]/);
    for (const part of IDENTIFYING) expect(topic.split(' ')).not.toContain(part);
  });

  it('scrubs emails, URLs, handles and every token with a digit', () => {
    expect(scrub('mail ana@x.com, see www.x.com/a or #4471, call 612345678 ref RF-22')).toBe('mail see or call ref');
  });

  it('never returns digits, @, or anything but 1–3 lowercase words, whatever the text', () => {
    const word = fc.constantFrom(...PERSONAL, 'reembolso', 'el', 'la', 'pedido', 'refund', 'my', 'the', 'Señor', 'García', 'envío', 'app', 'casa');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('es' as const, 'en' as const), (words, lang) => {
        const topic = extractTopic(words.join(' '), lang);
        expect(topic).toMatch(/^(\p{Ll}+( \p{Ll}+){0,2})?$/u);
        expect(topic.length).toBeLessThanOrEqual(32);
        for (const name of ['maría', 'maria', 'gómez', 'gonzalez', 'peter', 'parker', 'john', 'carlos', 'lucía', 'garcía', 'señor']) {
          expect(topic.split(' ')).not.toContain(name);
        }
      }),
      { numRuns: 150 },
    );
  });
});
