/**
 * Arabic normalization for matching only. The user always sees the original
 * text, so every normalized character remembers which original characters it
 * came from: `start[i]`..`end[i]` (UTF-16, end exclusive).
 */

export interface NormalizedText {
  /** Normalized string, used for matching. */
  text: string;
  /** Original start offset of each normalized character. */
  start: Int32Array;
  /** Original end offset (exclusive) of each normalized character, including
   *  diacritics and tatweel that were dropped after it. */
  end: Int32Array;
  /** Length of the original string. */
  sourceLength: number;
}

/** Characters removed entirely (kind 1 = attaches to the previous letter). */
export const DROP_ATTACH = 1;
export const DROP_ALONE = 2;

// One table for the BMP: 0 = keep, 1/2 = drop, else a replacement code unit.
const table = new Uint16Array(0x10000);
export const NORMALIZE_TABLE: Readonly<Uint16Array> = table;
// Characters whose NFKC form differs and must be looked up (presentation forms).
export const nfkcRange = (c: number) =>
  (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0xff01 && c <= 0xff5e);
const nfkcCache = new Map<number, string>();

function setMap(from: string, to: string) {
  for (const ch of from) table[ch.charCodeAt(0)] = to.charCodeAt(0);
}

(function buildTable() {
  const drop = (a: number, b: number, kind: number) => {
    for (let c = a; c <= b; c++) table[c] = kind;
  };
  drop(0x0640, 0x0640, DROP_ATTACH); // tatweel
  drop(0x064b, 0x065f, DROP_ATTACH); // harakat, hamza above/below marks
  drop(0x0670, 0x0670, DROP_ATTACH); // superscript alef
  drop(0x06d6, 0x06ed, DROP_ATTACH); // Quranic marks
  drop(0x0610, 0x061a, DROP_ATTACH); // honorifics and small marks
  drop(0x200c, 0x200f, DROP_ALONE); // ZWNJ, ZWJ, LRM, RLM
  drop(0x202a, 0x202e, DROP_ALONE); // bidi embeddings
  drop(0x2066, 0x2069, DROP_ALONE); // bidi isolates
  drop(0xfeff, 0xfeff, DROP_ALONE); // BOM / ZWNBSP
  drop(0x00ad, 0x00ad, DROP_ALONE); // soft hyphen
  setMap('آأإٱٲٳ', 'ا');
  setMap('ى', 'ي');
  setMap('ة', 'ه');
  setMap('ڤ', 'ف');
  setMap('پ', 'ب');
  setMap('چ', 'ج');
  setMap('گک', 'ك');
  setMap('یې', 'ي');
  setMap('ەۀ', 'ه');
  setMap('ؤ', 'ء');
  setMap('ئ', 'ء');
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d; // Arabic-Indic digits
    table[0x06f0 + d] = 0x30 + d; // Persian digits
  }
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32; // ASCII lower case
  // Latin letters with marks fold to their base letter in lower case, so that
  // Erdoğan, ERDOĞAN and Erdogan match alike (and so do Çavuşoğlu, Türkiye).
  for (let c = 0xc0; c <= 0x24f; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if ((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a)) table[c] = base | 0x20;
  }
  setMap('ıİ', 'i');
  // Typographic punctuation folded so quotes and dashes do not split matching.
  setMap('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
  setMap('\u2010\u2011\u2012\u2013\u2014\u2015', '-');
})();

const TATWEEL = 0x0640;

/** The nearest character to `i` in direction `step` that normalization keeps
 *  (past tatweels and diacritics) is an Arabic letter. */
function arabicLetterBeside(source: string, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < source.length; j += step) {
    const c = source.charCodeAt(j);
    const t = table[c];
    if (t === DROP_ATTACH) continue;
    const m = t === 0 ? c : t;
    return m >= 0x0621 && m <= 0x064a;
  }
  return false;
}

/**
 * A full stop, comma or space typed inside a word next to a tatweel
 * (كشـ.ـفت, تطـ,ـبيع, الأسـ،ـد, سيـ ـطرة), as some pages write words to slip
 * past keyword filters. It is not a word break: normalization drops it like
 * the tatweel. It needs Arabic letters on both sides and a tatweel beside it
 * (on both sides for a space, since a word may end with one: الـ 22), so a
 * full stop after a word (الـ. or كلمة.) stays.
 */
export function isCutMark(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  const space = c === 0x20;
  if (!space && c !== 0x2e && c !== 0x2c && c !== 0x060c) return false;
  const before = source.charCodeAt(i - 1) === TATWEEL, after = source.charCodeAt(i + 1) === TATWEEL;
  if (space ? !(before && after) : !(before || after)) return false;
  return arabicLetterBeside(source, i, -1) && arabicLetterBeside(source, i, 1);
}

/** Whether `source` has a cut mark (see isCutMark): looked for from each
 *  tatweel, which few texts have many of. */
export function hasCutMark(source: string): boolean {
  for (let i = source.indexOf('\u0640'); i >= 0; i = source.indexOf('\u0640', i + 1))
    if (isCutMark(source, i - 1) || isCutMark(source, i + 1)) return true;
  return false;
}

function foldNfkc(code: number): string {
  let out = nfkcCache.get(code);
  if (out === undefined) {
    const nfkc = String.fromCharCode(code).normalize('NFKC');
    // Fold again so a presentation-form alef with hamza also becomes a bare alef.
    let folded = '';
    for (let i = 0; i < nfkc.length; i++) {
      const c = nfkc.charCodeAt(i);
      const t = table[c];
      if (t === DROP_ATTACH || t === DROP_ALONE) continue;
      folded += String.fromCharCode(t === 0 ? c : t);
    }
    out = folded.toLowerCase();
    nfkcCache.set(code, out);
  }
  return out;
}

/** Normalize `source` and keep the offset map back to it. */
export function normalizeWithMap(source: string): NormalizedText {
  const n = source.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let len = 0;
  const grow = () => {
    // Only ligatures expand (e.g. U+FDFA); grow rarely and geometrically.
    cap *= 2;
    const c2 = new Uint16Array(cap), s2 = new Int32Array(cap), e2 = new Int32Array(cap);
    c2.set(codes); s2.set(start); e2.set(end);
    codes = c2; start = s2; end = e2;
  };
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    const t = table[c];
    if (t === 0 && !nfkcRange(c)) {
      if (isCutMark(source, i)) {
        if (len > 0 && end[len - 1] === i) end[len - 1] = i + 1;
        continue;
      }
      // The common case: a character kept as it is.
      if (len === cap) grow();
      codes[len] = c;
      start[len] = i;
      end[len++] = i + 1;
      continue;
    }
    if (t === DROP_ATTACH) {
      // A diacritic belongs to the letter before it, so a highlight of that
      // letter covers it too.
      if (len > 0 && end[len - 1] === i) end[len - 1] = i + 1;
      continue;
    }
    if (t === DROP_ALONE) continue;
    if (t === 0) {
      const folded = foldNfkc(c);
      for (let k = 0; k < folded.length; k++) {
        if (len === cap) grow();
        codes[len] = folded.charCodeAt(k);
        start[len] = i;
        end[len++] = i + 1;
      }
      continue;
    }
    if (len === cap) grow();
    codes[len] = t;
    start[len] = i;
    end[len++] = i + 1;
  }
  return {
    text: decode(codes, len),
    start: start.subarray(0, len),
    end: end.subarray(0, len),
    sourceLength: n,
  };
}

function decode(codes: Uint16Array, len: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

// Short texts (words, a date's surroundings) are normalized in one reused
// buffer: allocating one per call cost 3% of analysing a bare text.
const SHORT = new Uint16Array(256);

/** Normalize without keeping the map (aliases, search queries, words). */
export function normalizeArabic(source: string): string {
  const n = source.length;
  const codes = n <= SHORT.length ? SHORT : new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    const t = table[c];
    if (t === 0) {
      if (nfkcRange(c)) return normalizeWithMap(source).text; // rare: ligatures may expand
      if (!isCutMark(source, i)) codes[len++] = c;
    } else if (t !== DROP_ATTACH && t !== DROP_ALONE) codes[len++] = t;
  }
  return decode(codes, len);
}

/** Map a span of the normalized text back to original offsets. */
export function toOriginalSpan(norm: NormalizedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < norm.start.length ? norm.start[from] : norm.sourceLength;
    return [at, at];
  }
  return [norm.start[from], norm.end[to - 1]];
}
