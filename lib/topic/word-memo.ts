/**
 * Values remembered by word as written, looked up by the word's place in a
 * text without cutting it out: news repeats its vocabulary, and making and
 * hashing a new string for every lookup cost more than the lookup itself.
 */
export class WordMemo<V> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private size = 0;

  /** `slots` (a power of two) bounds the memory; a full memo starts over. */
  constructor(private readonly slots = 1 << 13) {
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.words = new Array(slots).fill(undefined);
    this.values = new Array(slots).fill(undefined);
  }

  /** The value remembered for text[from, to), or undefined. */
  get(text: string, from: number, to: number): V | undefined {
    const h = hashOf(text, from, to);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === h && sameChars(word, text, from, to)) return this.values[slot];
    }
  }

  set(text: string, from: number, to: number, value: V): void {
    if (this.size >= (this.slots >> 2) * 3) this.clear();
    const h = hashOf(text, from, to);
    let slot = h & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.hashes[slot] = h;
    this.words[slot] = text.slice(from, to);
    this.values[slot] = value;
    this.size++;
  }

  clear(): void {
    this.words.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }
}

/** FNV-1a over the UTF-16 units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameChars(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
