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
}

/** Share of Arabic letters; `limit` bounds the work on huge texts (sampled evenly). */
export function arabicShare(text: string, limit = 200_000): ScriptShare {
  const step = text.length > limit ? text.length / limit : 1;
  let arabic = 0;
  let letters = 0;
  for (let x = 0; x < text.length; x += step) {
    const c = text.charCodeAt(Math.floor(x));
    if (isArabicLetter(c)) { arabic++; letters++; }
    else if (isOtherLetter(c)) letters++;
  }
  return { arabic, letters, share: letters ? arabic / letters : 0 };
}

/** Cheap check for the content script: is this text worth analysing? */
export function looksArabic(sample: string): boolean {
  const s = arabicShare(sample, 20_000);
  return s.arabic >= 40 && s.share >= 0.3;
}
