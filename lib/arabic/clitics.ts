/**
 * Proclitics that glue onto names (وأردوغان, بموسكو, للأسد). They are only
 * ever stripped when what remains is a known word: و starts many words
 * (وزير, وكالة), so blind stripping would invent matches.
 */

// Normalized forms, longest first.
export const PROCLITICS = ['وبال', 'فبال', 'وكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'و', 'ف', 'ب', 'ك', 'ل'];

const FIRST = new Set(PROCLITICS.map((p) => p.charCodeAt(0)));

export interface StrippedForm {
  form: string;
  /** Characters of the token that the clitic took. */
  skip: number;
}

/**
 * Forms of `token` with a proclitic removed, for which `known(form)` holds.
 * The token itself is not included. لل + X is also tried as ال + X
 * (للأسد → الأسد), and وال/بال + X as ال + X.
 */
export function strippedForms(token: string, known: (form: string) => boolean, minLength = 3): StrippedForm[] {
  if (token.length < minLength + 1 || !FIRST.has(token.charCodeAt(0))) return [];
  const out: StrippedForm[] = [];
  for (const p of PROCLITICS) {
    if (!token.startsWith(p)) continue;
    const rest = token.slice(p.length);
    if (rest.length < minLength) continue;
    if (known(rest)) out.push({ form: rest, skip: p.length });
    if (p.endsWith('ل') && p.length >= 2) {
      // للأسد → الأسد; بالعراق → العراق (ال kept in the name).
      const withAl = p.endsWith('لل') ? 'ال' + rest : null;
      if (withAl && known(withAl)) out.push({ form: withAl, skip: p.length });
    }
  }
  return out;
}
