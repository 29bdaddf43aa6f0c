/**
 * English verb forms: the base form of an inflected verb, for rewrites that put the
 * customer's verb after «to» («the app keeps crashing» → «to stop crashing», «you didn't
 * receive» → «to receive»). Irregular and doubled-consonant forms are listed; the rest lose
 * their ending by rule. Words come lower-cased.
 */

/** Maps, not plain objects: an object would answer «constructor» with Object's own. */
const ING_BASE = new Map<string, string>(Object.entries({
  arriving: 'arrive', receiving: 'receive', coming: 'come', charging: 'charge', saving: 'save', closing: 'close',
  updating: 'update', using: 'use', getting: 'get', logging: 'log', shutting: 'shut', running: 'run', stopping: 'stop',
  dropping: 'drop', going: 'go', taking: 'take', making: 'make', moving: 'move', freezing: 'freeze', rebooting: 'reboot',
}));
const ED_BASE = new Map<string, string>(Object.entries({
  arrived: 'arrive', received: 'receive', came: 'come', charged: 'charge', saved: 'save', closed: 'close', updated: 'update',
  got: 'get', gotten: 'get', sent: 'send', shown: 'show', showed: 'show', gone: 'go', went: 'go', done: 'do', made: 'make',
  synced: 'sync', loaded: 'load', worked: 'work', opened: 'open', connected: 'connect', delivered: 'deliver', processed: 'process',
}));

/** The base form of a verb in -ing, -ed, -s or an irregular past: «getting» → «get», «tried» → «try», «crashes» → «crash». */
export function baseForm(w: string): string {
  const listed = ING_BASE.get(w) ?? ED_BASE.get(w);
  if (listed) return listed;
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (/(?:sh|ch|x|ss|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * Simple pasts of irregular verbs that differ from their base form, as a regex alternation: «the courier lost
 * the parcel», «the engineer forgot the cable». Left out: forms that are as often a present, a noun, an
 * adjective, an abbreviation or a contraction's start («read», «set», «put», «let», «won» in «won't», «a bit», «stuck»,
 * «meant to», «give it a shot», «LED», «Sat»); the -ed forms need no list.
 */
export const IRREGULAR_PASTS_EN = [
  'became', 'began', 'bled', 'blew', 'broke', 'brought', 'built', 'burnt', 'bought', 'caught', 'chose', 'clung', 'came',
  'crept', 'dealt', 'dug', 'drew', 'drank', 'drove', 'ate', 'fell', 'fed', 'felt', 'fought', 'found', 'fled', 'flew',
  'forbade', 'forgot', 'forgave', 'froze', 'got', 'gave', 'went', 'grew', 'hung', 'heard', 'hid', 'held', 'kept', 'knew',
  'laid', 'left', 'lent', 'lost', 'made', 'met', 'paid', 'rode', 'rang', 'ran', 'said', 'saw', 'sought', 'sold',
  'sent', 'shook', 'shone', 'shrank', 'sang', 'sank', 'slept', 'slid', 'spoke', 'sped', 'spent', 'spun', 'sprang',
  'stood', 'stole', 'stung', 'struck', 'swore', 'swept', 'swam', 'swung', 'took', 'taught', 'tore', 'told', 'thought',
  'threw', 'understood', 'woke', 'wore', 'wept', 'withdrew', 'wrote', 'undertook', 'upheld', 'withheld',
].join('|');
