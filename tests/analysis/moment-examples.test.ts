/** Every moment's `examples` are test cases: analyze() as a customer message must list the moment exactly when `fires`. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { MOMENTS } from '../../lib/analysis/moments/registry';
import { MOMENT_EXAMPLES } from '../../lib/analysis/moments/registry';

for (const moment of MOMENTS) {
  describe(`moment ${moment.id}`, () => {
    MOMENT_EXAMPLES[moment.id].forEach((example, i) => {
      it(`${example.fires ? 'detects' : 'ignores'} example ${i + 1} (${example.lang}): ${example.text}`, () => {
        const { moments } = analyze({ text: example.text, role: 'customer', lang: example.lang });
        expect(moments.includes(moment.id)).toBe(example.fires);
      });
    });
  });
}

// Checked here rather than as the moment's examples, which are training data: taught to the model, these six moved
// anger's picky threshold from 0.30 to 0.45 and cost a right answer on a real set (twentieth session).
describe('anger the lexicon reads: leaving under way, a regulator, a name in capitals, a gang named, others warned, a suit', () => {
  it.each([
    ['es', 'Diez días sin fibra y cobrando. La portabilidad ya está pedida, que os vaya bonito.', true],
    ['en', '$35 fee on a $3 coffee while my deposit was pending. Closing my account friday.', true],
    ['en', 'The app logs me out every minute. Deleted.', true],
    ['es', 'Tres semanas sin línea. Ya puse la denuncia en ARCOTEL.', true],
    ['en', 'Every agent says the charge is removed and it is back on the next bill. Going to ComReg.', true],
    ['en', 'I want to port out my number, please send me the code.', false],
    ['es', 'La reserva de la agencia PERU YOUR TRIP da error al pagar, ¿pueden revisarla?', false],
    ['en', "I'm going to IKEA tomorrow, can I pick up my order there?", false],
    // Twenty-first session: a gang named, others warned, the consumer office, a suit, a swear in the past.
    ['es', 'Menuda panda de estafadores, me cobraron dos veces la misma cuota.', true],
    ['es', 'Que la gente sepa cómo tratan a sus clientes: tres semanas sin reembolso.', true],
    ['es', 'Me subieron el precio después de pagar; que lo decida la oficina del consumidor.', true],
    ['en', 'Frozen for two months. I want to sue you if this is not fixed.', true],
    ['es', 'La última actualización jodió el reproductor, ya no abre.', true],
    ['es', 'Que la gente sepa que el evento empieza a las 8, por favor.', false],
    ['en', 'Everyone needs to know how to reset the router, can you post the steps?', false],
  ] as const)('%s «%s» → %s', (lang, text, fires) => {
    expect(analyze({ text, role: 'customer', lang }).moments.includes('anger')).toBe(fires);
  });
});

describe('a very long customer message', () => {
  const filler = 'Les escribo por el pedido que hice el mes pasado y que llegó con una pieza de más. '.repeat(800);

  it('is read at its start and its end', () => {
    const atStart = analyze({ text: `ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!! ${filler}`, role: 'customer', lang: 'es' });
    const atEnd = analyze({ text: `${filler} ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!!`, role: 'customer', lang: 'es' });
    expect(atStart.moments).toContain('anger');
    expect(atEnd.moments).toContain('anger');
  });

  it('is not read in its middle, past the first and last 10,000 characters', () => {
    const inMiddle = analyze({ text: `${filler} ESTOY HARTO, ES LA TERCERA VEZ QUE ESCRIBO!!! ${filler}`, role: 'customer', lang: 'es' });
    expect(inMiddle.moments).not.toContain('anger');
  });
});
