/**
 * The calendar's words in folded Spanish and English, in calendar order: the commitments read
 * dates with them, and the moments read a wait told by the calendar («Eso fue en enero»).
 */
export const ES_WEEKDAYS = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];
export const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The weekdays as regex alternations, for patterns that name «el lunes» or "last Monday". */
export const WEEKDAY = { es: ES_WEEKDAYS.join('|'), en: EN_WEEKDAYS.join('|') };
export const EN_MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
