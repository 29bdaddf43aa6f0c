/**
 * Unit tests run the engine with its shipped model, as every Node caller does
 * (lib/node/node-engine.ts). Read from the repository root (vitest's working directory):
 * under the jsdom environment `import.meta.url` is not a file URL.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useShippedWeights } from '../../lib/analysis/model';

useShippedWeights(new Uint8Array(readFileSync(resolve('lib/analysis/model/weights.bin'))));
