// es-compromise ships its types as .ts sources that do not compile under our strict
// settings (skipLibCheck only skips .d.ts). Its API is compromise's, so reuse those types.
import type nlp from 'compromise';

declare const esCompromise: typeof nlp;
export default esCompromise;
