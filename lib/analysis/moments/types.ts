import type { Lang, MomentId } from '../types';

export interface MomentExample {
  lang: Lang;
  text: string;
  /** Whether this moment must be detected in the text. */
  fires: boolean;
  /**
   * Checked against the detector but not taught to the model (`npm run train`): a new lexicon form tested both ways
   * without moving the model's calibration for every other moment.
   */
  lexiconOnly?: boolean;
}

export interface Moment {
  id: MomentId;
  /** `folded` is `fold(text)`: lower-cased, accents stripped, same length as `text`. */
  detect(text: string, folded: string, lang: Lang): boolean;
  /** A short line on how to handle this moment, shown in the sidebar. */
  advice: Record<Lang, string>;
  label: Record<Lang, string>;
}
