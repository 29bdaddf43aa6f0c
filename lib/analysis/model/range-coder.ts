/**
 * A binary range coder with adaptive probabilities, of the kind LZMA uses: each bit is coded
 * with the probability its context has learned so far, so a stream costs about its entropy
 * under those contexts. The weights file codes its label masks and weights with it: gzip,
 * which sees bytes, cannot learn that a row weighed by three rules is unlikely to be weighed
 * by a fourth, nor that one label's weights cluster at a few magnitudes.
 *
 * Probabilities are 11-bit (the chance of a 0), moved a 32nd of the way towards each bit seen.
 */
const PROBABILITY_BITS = 11;
const ONE = 1 << PROBABILITY_BITS;
const ADAPT_SHIFT = 5;
const TOP = 2 ** 24;

/** Contexts start undecided: a 0 and a 1 equally likely. */
export function contexts(count: number): Uint16Array {
  return new Uint16Array(count).fill(ONE >> 1);
}

export class RangeEncoder {
  private readonly out: number[] = [];
  /** Below 2^32 plus a carry: a Number holds it exactly. */
  private low = 0;
  private range = 0xffffffff;
  private cache = 0;
  private pending = 1;

  bit(probabilities: Uint16Array, context: number, bit: number): void {
    const p = probabilities[context]!;
    const bound = (this.range >>> PROBABILITY_BITS) * p;
    if (bit) {
      this.low += bound;
      this.range -= bound;
      probabilities[context] = p - (p >> ADAPT_SHIFT);
    } else {
      this.range = bound;
      probabilities[context] = p + ((ONE - p) >> ADAPT_SHIFT);
    }
    while (this.range < TOP) {
      this.range *= 256;
      this.shiftLow();
    }
  }

  /** The coded bytes; the encoder is spent. */
  finish(): number[] {
    for (let i = 0; i < 5; i++) this.shiftLow();
    return this.out;
  }

  /** Emits the top byte of `low`, holding back a run of 0xFF bytes until a carry can no longer reach them. */
  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= 2 ** 32) {
      const carry = this.low >= 2 ** 32 ? 1 : 0;
      let byte = this.cache;
      do {
        this.out.push((byte + carry) & 0xff);
        byte = 0xff;
      } while (--this.pending !== 0);
      this.cache = Math.floor(this.low / TOP) & 0xff;
    }
    this.pending++;
    this.low = (this.low % TOP) * 256;
  }
}

/** Reads back what a RangeEncoder wrote, bit by bit, with the same contexts in the same order. */
export class RangeDecoder {
  private range = 0xffffffff;
  private code = 0;
  private at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
  ) {
    this.at = start;
    // The encoder's first byte is always 0, and the code starts below the range.
    if (this.next() !== 0) throw new Error('weights file: not range coded');
    for (let i = 0; i < 4; i++) this.code = this.code * 256 + this.next();
    if (this.code === 0xffffffff) throw new Error('weights file: not range coded');
  }

  bit(probabilities: Uint16Array, context: number): number {
    const p = probabilities[context]!;
    const bound = (this.range >>> PROBABILITY_BITS) * p;
    let bit = 0;
    if (this.code < bound) {
      this.range = bound;
      probabilities[context] = p + ((ONE - p) >> ADAPT_SHIFT);
    } else {
      this.code -= bound;
      this.range -= bound;
      probabilities[context] = p - (p >> ADAPT_SHIFT);
      bit = 1;
    }
    while (this.range < TOP) {
      this.range *= 256;
      this.code = this.code * 256 + this.next();
    }
    return bit;
  }

  /** Where the coded bytes ended: the encoder's flush is read in full once the last bit is decoded. */
  get end(): number {
    return this.at;
  }

  private next(): number {
    if (this.at >= this.bytes.length) throw new Error('weights file: wrong length');
    return this.bytes[this.at++]!;
  }
}
