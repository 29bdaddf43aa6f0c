/**
 * Where a reply's sign-off begins: the line with the closing formula («Cordialmente,»,
 * «Un saludo», «Kind regards,», «Thanks,») and everything under it (name, team, company).
 * What is written there is not an instruction or an offer: a company called «Conecta
 * Colombia» does not tell the customer to connect anything.
 */
import { fold } from '../text';

const CLOSING_LINE =
  /^[ \t]*(?:(?:muy )?(?:cordialmente|atentamente)|(?:un |muchos |cordiales |afectuosos )?saludos?(?: cordiales| afectuosos)?|un (?:cordial |afectuoso )?saludo|quedo (?:atent[oa]|a (?:su|tu) disposicion)|(?:kind(?:est)? |best |warm(?:est)? )?regards|best(?: wishes)?|many thanks|thanks(?: again)?|thank you|cheers|yours (?:faithfully|sincerely|truly)|sincerely|take care)[ \t]*[,.!]?[ \t]*$/imu;

/** Offset where the sign-off starts, or the text's length when there is none. */
export function signOffStart(text: string): number {
  // Only a closing in the last lines counts: «Thanks,» at the top opens a reply.
  const tailFrom = Math.max(0, text.length - 300);
  const lines = text.slice(tailFrom).split('\n');
  let offset = tailFrom;
  for (const line of lines) {
    if (CLOSING_LINE.test(fold(line)) && offset > 0) return offset;
    offset += line.length + 1;
  }
  return text.length;
}
