/**
 * Proclitics that glue onto names (وأردوغان, بموسكو, للأسد). They are only
 * ever stripped when what remains is a known word: و starts many words
 * (وزير, وكالة), so blind stripping would invent matches.
 */

// Normalized forms, longest first.
// A conjunction (و, ف), then a preposition (ب, ل, ك), then ال, each optional.
export const PROCLITICS = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ك', 'ل'];

/** Digits a page may glue before a name (17أستانا, a time as in 00:38أردوغان),
 *  normalized (folded to 0-9): they stand where a proclitic would. */
export const GLUED_DIGITS = /^[0-9]+$/;
