/**
 * Phrases the scanner leaves out where a longer one ends (تركي inside
 * التركي) must change nothing the matcher finds: the same mentions, with and
 * without them, on the project's own texts and on random ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScanner, scanText } from '@/lib/arabic/scan';
import { compilePack, findMentions, hasLaterSign } from '@/lib/topic/matcher';
import { compileCues } from '@/lib/topic/classify';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';

const compiled = compilePack(DEFAULT_PACK);
const prefixes = [...compileCues(DEFAULT_PACK).words.stems.keys()];
const pruned = buildScanner({ phrases: compiled.phrases, prefixes, shadowed: compiled.shadowed });
const full = buildScanner({ phrases: compiled.phrases, prefixes });

function reading(text: string, scanner: typeof full) {
  const tokens = scanText(text, scanner);
  const mentions = findMentions(compiled, tokens);
  return { mentions, later: hasLaterSign(compiled, tokens, mentions), flagged: [...tokens.flagged.subarray(0, tokens.flaggedCount)] };
}

const ownTexts = readFileSync(join(import.meta.dirname, '../../eval/cases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

describe('phrases shadowed by a longer one', () => {
  it('are pairs of a phrase and the same with ال, with the same entities', () => {
    const pairs = compiled.shadowed.map(([shorter, longer]) => [compiled.phrases[shorter], compiled.phrases[longer]]);
    expect(pairs).toContainEqual(['عراقي', 'العراقي']);
    expect(pairs).toContainEqual(['سوري', 'السوري']);
    for (const [shorter, longer] of pairs) expect(longer).toBe('ال' + shorter);
    expect(pairs).toContainEqual(['تركي', 'التركي']);
    // الأسد has context rules (the lion): never left out. تركي has its own (a given name), which
    // cannot matter where التركي, which has none, ends.
    expect(pairs.map(([s]) => s)).not.toContain('اسد');
  });

  it('are reported where the longer one does not end', () => {
    const scanner = buildScanner({ phrases: ['تركي', 'التركي'], prefixes: [], shadowed: [[0, 1]] });
    const t = scanText('الوفد التركي ووفد تركي', scanner);
    const hits = Array.from({ length: t.hitCount }, (_, h) => [t.hits[h * 3], t.hits[h * 3 + 1]]);
    expect(hits).toEqual([[1, 1], [0, 3]]);
  });

  it('do not include a shorter phrase that says more in a context rule', () => {
    // رئيس (after بال) confirms the Iraqi prime minister; الرئيس does not.
    const text = 'رحب بالرئيس محمد السوداني';
    const shorter = compiled.phrases.indexOf('رءيس'), longer = compiled.phrases.indexOf('الرءيس');
    expect(compiled.shadowed).not.toContainEqual([shorter, longer]);
    expect(reading(text, pruned)).toEqual(reading(text, full));
    expect(reading(text, full).mentions).toHaveLength(1);
    // Left out there, it would lose the mention.
    const wrong = buildScanner({ phrases: compiled.phrases, prefixes, shadowed: [...compiled.shadowed, [shorter, longer]] });
    expect(reading(text, wrong).mentions).toEqual([]);
  });

  it('change no mention, on the own cases and on texts made of the pack', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const words = [...compiled.phrases.filter((p) => !/[a-z]/.test(p)), 'و', 'ال', 'وال', 'بال', 'لل', 'في', 'مع', '،', '.', 'الأسد', 'حلب'];
    // Each word glued to the one before it or not, so proclitics meet every phrase.
    const random = Array.from({ length: 1500 }, () => {
      let text = '';
      for (let w = 0; w < 30; w++) text += (next() < 0.25 ? '' : ' ') + words[Math.floor(next() * words.length)];
      return text;
    });
    let mentions = 0;
    for (const text of [...ownTexts, ...random]) {
      const a = reading(text, full), b = reading(text, pruned);
      expect(b, text).toEqual(a);
      mentions += a.mentions.length;
    }
    expect(mentions).toBeGreaterThan(3000);
  });
});
