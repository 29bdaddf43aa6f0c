/**
 * compromise and es-compromise, the topic's fallback (lib/log/topic.ts). Most events get
 * their topic from the lexicon and never need them, and evaluating them costs a cold
 * background worker most of a second, so the extension build (wxt.config.ts,
 * `lazyNlpLibraries`) replaces this module with one that evaluates them on the first call.
 * Here (Node: tests, the command line) they are plain imports.
 */
import nlp from 'compromise';
import esNlp from 'es-compromise';

export interface NlpLibraries {
  nlp: typeof nlp;
  esNlp: typeof esNlp;
}

export function loadNlpLibraries(): NlpLibraries {
  return { nlp, esNlp };
}
