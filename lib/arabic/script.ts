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
}

// Letters that Persian and Urdu use where Arabic has ي and ك, or that Arabic lacks.
const PERSIAN = new Set([0x06cc, 0x06a9, 0x06af, 0x067e, 0x0686, 0x0698, 0x06d2]);
const ARABIC_YA_KAF = new Set([0x064a, 0x0643]);

/** Share of Arabic letters; `limit` bounds the work on huge texts (sampled evenly). */
export function arabicShare(text: string, limit = 200_000): ScriptShare {
  const step = text.length > limit ? text.length / limit : 1;
  let arabic = 0;
  let letters = 0;
  let persian = 0;
  let yaKaf = 0;
  for (let x = 0; x < text.length; x += step) {
    const c = text.charCodeAt(Math.floor(x));
    if (isArabicLetter(c)) {
      arabic++;
      letters++;
      if (PERSIAN.has(c)) persian++;
      else if (ARABIC_YA_KAF.has(c)) yaKaf++;
    } else if (isOtherLetter(c)) letters++;
  }
  return { arabic, letters, share: letters ? arabic / letters : 0, persian: persian >= 5 && persian > yaKaf };
}

/** Cheap check for the content script: is this text worth analysing? */
export function looksArabic(sample: string): boolean {
  const s = arabicShare(sample, 20_000);
  return s.arabic >= 40 && s.share >= 0.3 && !s.persian;
}
