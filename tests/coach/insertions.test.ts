import { describe, expect, it } from 'vitest';
import { afterSentence, atDraftEnd } from '../../lib/coach/insertions';

describe('where the panel\'s additions go', () => {
  it('after the sentence that refuses, past its closing marks', () => {
    const text = 'No es posible cambiarlo!? Te escribo luego.';
    expect(afterSentence(text, text.indexOf('posible'))).toBe(text.indexOf('!?') + 2);
    expect(afterSentence('No podemos hacerlo', 3)).toBe('No podemos hacerlo'.length);
    expect(afterSentence('No podemos\nHola', 3)).toBe(10);
  });

  it('at the end of the draft, spaced only when the draft needs it', () => {
    expect(atDraftEnd('', 'Le ofrezco un cupón.')).toEqual({ at: 0, text: 'Le ofrezco un cupón.' });
    expect(atDraftEnd('Hola.', 'Le ofrezco un cupón.')).toEqual({ at: 5, text: ' Le ofrezco un cupón.' });
    expect(atDraftEnd('Hola.\n', 'Le ofrezco un cupón.')).toEqual({ at: 6, text: 'Le ofrezco un cupón.' });
    expect(atDraftEnd('   ', 'x')).toEqual({ at: 3, text: 'x' });
  });
});
