/**
 * What the coverage matcher remembers of an article: a compact keyword
 * vector and a near-duplicate signature (MinHash of character 5-grams of the
 * normalized text). Both fit in well under a kilobyte.
 */
import { normalizeArabic } from '../arabic/normalize';
import { PROCLITICS } from '../arabic/clitics';

/** Function words that say nothing about a story (normalized forms). */
const STOPWORDS = new Set(
  `في من الي علي عن مع ان انه انها او ثم كما لكن بل قد لقد لم لن ما لا هل هذا هذه ذلك تلك التي الذي الذين هو هي هم هن نحن انا
   كان كانت يكون تكون كل بعد قبل بين حول عند حتي منذ خلال ضد دون غير بعض اي ايضا حيث كذلك وقد وقال قال قالت اليوم امس
   عام سنه يوم الاول الثاني اكثر اقل جدا فقط ولا وان وهو وهي وكان وكانت عليه عليها منه منها فيه فيها له لها لهم به بها الا
   اذا اذ مثل نحو لدي لدى وفق وفقا الخميس الجمعه السبت الاحد الاثنين الثلاثاء الاربعاء`
    .split(/\s+/)
    .filter(Boolean),
);

const KEYWORDS = 24;
export const MINHASH_SIZE = 64;
const SHINGLE = 5;

/**
 * A light stem for keywords only (never for names): proclitics and ال off,
 * plural/feminine endings off. A one-letter proclitic comes off only when a
 * long word remains (بوتين stays, وموسكو loses its و).
 */
export function keywordStem(word: string): string {
  let w = word;
  for (const p of PROCLITICS) {
    if (w.length - p.length >= (p.length === 1 ? 5 : 3) && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w.startsWith('ال') && w.length >= 5) w = w.slice(2);
  for (const s of ['ات', 'ون', 'ين', 'يه', 'ه', 'ي']) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** Top keyword stems with their (lead-weighted) frequencies, strongest first. */
export function keywordVector(text: string, limit = KEYWORDS): [string, number][] {
  const norm = normalizeArabic(text.slice(0, 50_000));
  const counts = new Map<string, number>();
  const lead = Math.min(norm.length, 800);
  const re = /[\u0621-\u064a]{3,}/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (STOPWORDS.has(m[0])) continue;
    const stem = keywordStem(m[0]);
    if (stem.length < 3 || STOPWORDS.has(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + (m.index < lead ? 2 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

// Fixed odd multipliers and offsets: one hash function each.
const A = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const B = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/** MinHash signature of the text's character 5-grams (normalized, spaces folded). */
export function minhash(text: string): number[] {
  const norm = normalizeArabic(text.slice(0, 100_000)).replace(/[^\u0621-\u064a0-9a-z]+/g, ' ').trim();
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ norm.charCodeAt(i + k), 0x01000193);
    for (let j = 0; j < MINHASH_SIZE; j++) {
      const v = (Math.imul(A[j], h) + B[j]) >>> 0;
      if (v < sig[j]) sig[j] = v;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of two signatures. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}
