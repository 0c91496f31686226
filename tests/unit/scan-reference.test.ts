/**
 * The scanner against a plain, slow reading of the same rules on random
 * texts: words, where each ends, phrases with their proclitic, flagged words.
 * The scanner folds all of this into one automaton; this spells it out.
 */
import { describe, expect, it } from 'vitest';
import { buildScanner, scanText, scanBuffers, MAX_CLITIC, MAX_HEAD_OFFSET, type ScanPatterns } from '@/lib/arabic/scan';
import { DROP_ALONE, DROP_ATTACH, NORMALIZE_TABLE, normalizeArabic } from '@/lib/arabic/normalize';
import { isWordChar } from '@/lib/arabic/tokenize';
import { compilePack } from '@/lib/topic/matcher';
import { compileCues } from '@/lib/topic/classify';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';

interface Reading {
  start: number[];
  end: number[];
  hits: string[];
  flagged: number[];
}

/** Words are runs of letters and digits; dropped characters (diacritics,
 *  bidi marks) do not end them; a diacritic belongs to the word, a bidi
 *  mark after its last letter does not. */
function readPlainly(text: string, patterns: ScanPatterns): Reading {
  const start: number[] = [];
  const end: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const t = NORMALIZE_TABLE[c];
    if (t === DROP_ATTACH) {
      if (inWord) end[end.length - 1] = i + 1;
    } else if (t === DROP_ALONE) {
      // neither a letter nor a boundary
    } else if (isWordChar(t === 0 ? c : t)) {
      if (!inWord) start.push(i), end.push(i + 1);
      else end[end.length - 1] = i + 1;
      inWord = true;
    } else inWord = false;
  }
  const words = start.map((s, k) => normalizeArabic(text.slice(s, end[k])));
  const hits: string[] = [];
  patterns.phrases.forEach((phrase, p) => {
    const parts = phrase.split(' ');
    for (let j = 0; j + parts.length <= words.length; j++) {
      const skip = words[j].length - parts[0].length;
      // Any letters before a one-word phrase (names glued together); a proclitic's at most before a longer one.
      if (skip < 0 || (skip > MAX_CLITIC && parts.length > 1) || !words[j].endsWith(parts[0])) continue;
      if (parts.slice(1).every((w, i) => words[j + 1 + i] === w)) hits.push(`${p}@${j}+${skip}`);
    }
  });
  const flagged = words.flatMap((w, k) => {
    for (let e = 1; e <= w.length; e++) {
      const longest = Math.max(0, ...patterns.prefixes.filter((q) => w.slice(0, e).endsWith(q)).map((q) => q.length));
      if (longest > 0 && e - longest <= MAX_HEAD_OFFSET) return [k];
    }
    return [];
  });
  return { start, end, hits: hits.sort(), flagged };
}

function readByScanner(text: string, patterns: ScanPatterns, buffers = scanBuffers(4)): Reading {
  const t = scanText(text, buildScannerOnce(patterns), buffers);
  const hits: string[] = [];
  for (let h = 0; h < t.hitCount; h++) hits.push(`${t.hits[h * 3]}@${t.hits[h * 3 + 1]}+${t.hits[h * 3 + 2]}`);
  return {
    start: [...t.start.subarray(0, t.count)],
    end: Array.from({ length: t.count }, (_, k) => t.wordEnd(k)),
    hits: hits.sort(),
    flagged: [...t.flagged.subarray(0, t.flaggedCount)],
  };
}

const scanners = new Map<ScanPatterns, ReturnType<typeof buildScanner>>();
function buildScannerOnce(patterns: ScanPatterns) {
  let s = scanners.get(patterns);
  if (!s) scanners.set(patterns, (s = buildScanner(patterns)));
  return s;
}

/** A repeatable pseudo-random sequence (a failing text can be found again). */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = [
  'بشار', 'الأسد', 'للأسد', 'والأسد', 'أسد', 'ال', 'و', 'ب', 'لل', 'موسكو', 'تركيا', 'سوريا', 'أردوغان', 'رجب', 'طيب',
  'بشار الأسد', 'بشّار، الأسد', 'رجب طيب أردوغان', 'هاكان \u200f فيدان', 'التطبيع', 'تطبيع', 'المصالحة', 'مصالحة', 'تطبيقات', 'هاكان', 'فيدان', 'ة', 'ى', 'آ',
  ' ', '  ', '، ', '. ', '\n', '«', '»', '-', '/', '(', ')',
  '\u064e', '\u0651', 'ـ', '\u200f', '\u200c', 'abc', '2023', '٢٠٢٣',
];

function randomText(next: () => number): string {
  let text = '';
  const pieces = 1 + Math.floor(next() * 24);
  // Glued to the one before or after a space, so words and runs both occur.
  for (let i = 0; i < pieces; i++) text += (next() < 0.5 ? ' ' : '') + PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('scanner against a plain reading of its rules', () => {
  const small: ScanPatterns = {
    phrases: ['بشار الاسد', 'الاسد', 'اسد', 'للاسد', 'موسكو', 'رجب طيب اردوغان', 'هاكان فيدان'].map(normalizeArabic),
    prefixes: ['تطبيع', 'مصالحه', 'طبي'],
  };
  const compiled = compilePack(DEFAULT_PACK);
  const pack: ScanPatterns = { phrases: compiled.phrases, prefixes: [...compileCues(DEFAULT_PACK).words.stems.keys()] };

  it('agrees on 3,000 random texts with a few patterns', () => {
    const next = random(11);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next);
      expect(readByScanner(text, small), JSON.stringify(text)).toEqual(readPlainly(text, small));
    }
  });

  it('agrees on 300 random texts with the default pack, in reused buffers', () => {
    const next = random(29);
    const buffers = scanBuffers(2);
    for (let i = 0; i < 300; i++) {
      const text = randomText(next);
      expect(readByScanner(text, pack, buffers), JSON.stringify(text)).toEqual(readPlainly(text, pack));
    }
  });

  it('finds something in those texts (the comparison is not between two empty readings)', () => {
    const next = random(11);
    const found = { hits: 0, phrases: 0, clitics: 0, flagged: 0 };
    for (let i = 0; i < 3000; i++) {
      const r = readPlainly(randomText(next), small);
      found.hits += r.hits.length;
      found.phrases += r.hits.filter((h) => small.phrases[parseInt(h)].includes(' ')).length;
      found.clitics += r.hits.filter((h) => !h.endsWith('+0')).length;
      found.flagged += r.flagged.length;
    }
    expect(found.hits).toBeGreaterThan(3000);
    expect(found.phrases).toBeGreaterThan(800);
    expect(found.clitics).toBeGreaterThan(1500);
    expect(found.flagged).toBeGreaterThan(1500);
  });
});
