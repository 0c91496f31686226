/** Which script a text is written in, from its letters (not from <html lang>). */

function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

function isOtherLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x5ff) || (c >= 0x900 && c <= 0x1fff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

export interface ScriptShare {
  arabic: number;
  letters: number;
  /** Arabic letters / all letters, 0 when there are none. */
  share: number;
  /** Persian or Urdu written in the Arabic script (ی ک گ پ چ ژ ے instead of ي ك). */
  persian: boolean;
  /** Of those, Central Kurdish (Sorani): letters of its own (ە ێ ۆ ڵ ڕ). */
  kurdish: boolean;
}

// One class per UTF-16 unit: 0 not a letter, 1 Arabic letter, 2 other letter,
// 3 a letter Persian/Urdu use instead of Arabic's (ی ک گ پ چ ژ ے), 4 Arabic ي or ك,
// 5 a letter of Sorani Kurdish's own (ە ێ ۆ ڵ ڕ).
const OTHER = 2, ARABIC = 1, PERSIAN = 3, YA_KAF = 4, KURDISH = 5;
let classes: Uint8Array | null = null;

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isArabicLetter(c)) t[c] = ARABIC;
    else if (isOtherLetter(c)) t[c] = OTHER;
  }
  for (const c of [0x06cc, 0x06a9, 0x06af, 0x067e, 0x0686, 0x0698, 0x06d2]) t[c] = PERSIAN;
  for (const c of [0x064a, 0x0643]) t[c] = YA_KAF;
  for (const c of [0x06d5, 0x06ce, 0x06c6, 0x06b5, 0x0695]) t[c] = KURDISH;
  return t;
}

/** Share of Arabic letters; `limit` bounds the work on huge texts (sampled evenly). */
export function arabicShare(text: string, limit = 200_000): ScriptShare {
  const table = (classes ??= buildClasses());
  const step = Math.max(1, Math.floor(text.length / limit));
  const counts = new Int32Array(6);
  for (let i = 0; i < text.length; i += step) counts[table[text.charCodeAt(i)]]++;
  const arabic = counts[ARABIC] + counts[PERSIAN] + counts[YA_KAF] + counts[KURDISH];
  const letters = arabic + counts[OTHER];
  const persian = counts[PERSIAN] >= 5 && counts[PERSIAN] > counts[YA_KAF];
  return { arabic, letters, share: letters ? arabic / letters : 0, persian, kurdish: persian && counts[KURDISH] >= 5 };
}

/** Cheap check for the content script: is this text worth analysing? */
export function looksArabic(sample: string): boolean {
  const s = arabicShare(sample, 20_000);
  return s.arabic >= 40 && s.share >= 0.3 && !s.persian;
}
