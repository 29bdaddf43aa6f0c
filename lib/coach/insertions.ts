/**
 * Where the panel's additions go in the draft (pure: offsets in the draft's plain text).
 * A playbook alternative offered on a refusal follows the sentence that refuses; one
 * offered on a customer moment's chip ends the draft.
 */

/** The offset just after the sentence holding `end`, its closing marks included. */
export function afterSentence(text: string, end: number): number {
  const tail = text.slice(end).search(/[.!?…\n]|$/);
  let at = end + tail;
  while (at < text.length && /[.!?…]/.test(text[at])) at++;
  return at;
}

/** `addition` at the end of the draft, spaced from it unless the draft is empty or already ends with a space or line. */
export function atDraftEnd(text: string, addition: string): { at: number; text: string } {
  const separator = text.trim() === '' ? '' : /\s$/.test(text) ? '' : ' ';
  return { at: text.length, text: `${separator}${addition}` };
}
