/**
 * The team playbook (spec: «Team playbook»): matching of entries to the topic of a refusal.
 * The file is checked before it gets here (lib/settings/playbook-file.ts).
 *
 * Matching: an entry matches when one of its triggers, or a content word of its title,
 * appears in the refusal, allowing for inflection and missing accents («adjunto» ↔
 * «adjuntos», «función» ↔ «funciones», «refund» ↔ «refunds», «lock» ↔ «locked»). Words are
 * compared by a light stem (folded, plural and common verb endings removed); a
 * multi-word trigger matches when its words appear in order, at most two words apart.
 * Score: 3 per trigger hit (+1 per extra word of a multi-word trigger), 1 per title word
 * hit; entries in the draft's language get +0.5. Best first; ties keep playbook order.
 */
import { fold } from './text';
import type { Alternative, Lang, Playbook, PlaybookEntry } from './types';

/** The documented maxima: a playbook beyond them is refused, so the coach stays fast. */
export const PLAYBOOK_LIMITS = { entries: 5000, id: 100, title: 200, text: 2000, triggers: 20, trigger: 80, accepted: 500, phrase: 200 } as const;

const STOP = new Set(
  `de del la las el los lo un una unos unas y o u e a al en con por para sin sobre que se su sus tu tus mi mis
  otra otro otras otros mas muy ya no si es son esta este esa ese como pero
  the a an of to in on at for with by from and or but not no is are be your our my this that other another
  outside inside into out off over than then more most very can cannot`.split(/\s+/),
);

/** Light stem for matching: folded, plural and common verb/adjective endings removed. */
export function stem(word: string): string {
  let w = fold(word).replace(/[^\p{L}\p{N}]/gu, '');
  if (w.length <= 3) return w;
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ar|er|ir)$/.test(w) && w.length > 5) w = w.slice(0, -2);
  if (/es$/.test(w) && w.length > 5 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w) && !/ss$/.test(w)) w = w.slice(0, -1);
  if (/[aeiou]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  // Doubled final consonant after stripping -ing/-ed («restocking» is fine, «shipped» → «shipp»).
  if (/([bdgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

export function stems(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

interface CompiledEntry {
  entry: PlaybookEntry;
  order: number;
  triggers: string[][];
  title: string[];
}

/** Entries by the stems that can make them match (a trigger's first content word, a title word). */
interface PlaybookIndex {
  byStem: Map<string, CompiledEntry[]>;
}

const indexCache = new WeakMap<Playbook, PlaybookIndex>();

function firstContentStem(trigger: string[]): string {
  return trigger.find((w) => !STOP.has(w)) ?? trigger[0];
}

/**
 * Builds (once per playbook object) the index that lets a refusal be matched by looking
 * only at the entries that share a stem with it, so 5,000 entries cost what 5 do.
 * The content script calls it when the engine loads, off the keystroke path.
 */
export function indexPlaybook(playbook: Playbook): PlaybookIndex {
  let index = indexCache.get(playbook);
  if (index) return index;
  const byStem = new Map<string, CompiledEntry[]>();
  const add = (key: string, c: CompiledEntry) => {
    const list = byStem.get(key);
    if (!list) byStem.set(key, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  playbook.entries.forEach((entry, order) => {
    const c: CompiledEntry = {
      entry,
      order,
      triggers: (entry.triggers ?? []).map(stems).filter((t) => t.length > 0),
      title: [...new Set(stems(entry.title).filter((w) => w.length > 2 && !STOP.has(w)))],
    };
    for (const t of c.triggers) add(firstContentStem(t), c);
    for (const w of c.title) add(w, c);
  });
  index = { byStem };
  indexCache.set(playbook, index);
  return index;
}

function containsSeq(words: string[], seq: string[]): boolean {
  if (seq.length === 1) return words.includes(seq[0]);
  const content = seq.filter((w) => !STOP.has(w));
  const need = content.length ? content : seq;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== need[0]) continue;
    let k = 1;
    let j = i + 1;
    while (k < need.length && j < words.length && j - i <= need.length + 2 * (need.length - 1)) {
      if (words[j] === need[k]) k++;
      j++;
    }
    if (k === need.length) return true;
  }
  return false;
}

/** Scores the entries that share a stem with the refused topic; returns the best matches first. */
export function matchAlternatives(playbook: Playbook | undefined, refusalText: string, lang: Lang, limit = 3): Alternative[] {
  if (!playbook || playbook.entries.length === 0) return [];
  const words = stems(refusalText);
  const { byStem } = indexPlaybook(playbook);
  const candidates = new Set<CompiledEntry>();
  for (const w of new Set(words)) for (const c of byStem.get(w) ?? []) candidates.add(c);
  const scored: { alt: Alternative; score: number; order: number }[] = [];
  for (const c of candidates) {
    let score = 0;
    for (const t of c.triggers) if (containsSeq(words, t)) score += 3 + (t.length - 1);
    for (const w of c.title) if (words.includes(w)) score += 1;
    if (score === 0) continue;
    if (c.entry.lang === lang) score += 0.5;
    scored.push({ alt: { id: c.entry.id, title: c.entry.title, text: c.entry.text }, score, order: c.order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.alt);
}
