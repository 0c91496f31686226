/**
 * Proclitics that glue onto names (وأردوغان, بموسكو, للأسد). They are only
 * ever stripped when what remains is a known word: و starts many words
 * (وزير, وكالة), so blind stripping would invent matches.
 */

// Normalized forms, longest first.
export const PROCLITICS = ['وبال', 'فبال', 'وكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'و', 'ف', 'ب', 'ك', 'ل'];
