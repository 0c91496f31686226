/**
 * The topic decision: group evidence (who is involved) plus cue words (what
 * is happening), weighted by where they appear. Title and lead count more
 * than the tail, where pages keep their hashtags, "related" links and sidebars.
 */
import { PROCLITICS } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';
import { HEAD_CANDIDATE, type ScannedText } from '../arabic/scan';
import type { TopicPack, TopicVerdict } from '../types';
import type { CompiledPack, RawMention } from './matcher';

export interface CompiledCues {
  stems: Map<string, number>;
  lengths: number[];
  heads: Set<string>;
  /** Weights of words already seen: news repeats its vocabulary. */
  seen: Map<string, number>;
}

export function compileCues(pack: TopicPack): CompiledCues {
  const stems = new Map<string, number>();
  for (const c of pack.cues) {
    const s = normalizeArabic(c.stem).trim();
    if (s.length >= 2) stems.set(s, Math.max(stems.get(s) ?? 0, c.weight));
  }
  const lengths = [...new Set([...stems.keys()].map((s) => s.length))].sort((a, b) => a - b);
  const heads = new Set([...stems.keys()].map((s) => s.slice(0, 2)));
  return { stems, lengths, heads, seen: new Map() };
}

/** Weight of a position: title 3, lead 2, body 1, tail 0.5. */
export function positionWeight(offset: number, length: number): number {
  const lead = Math.max(600, length * 0.15);
  if (offset < lead) return 2;
  if (length > 1500 && offset > length * 0.65) return 0.5;
  return 1;
}

function cueWeightOf(token: string, cues: CompiledCues): number {
  const forms = [token];
  if (token.startsWith('ال')) forms.push(token.slice(2));
  for (const p of PROCLITICS) {
    if (token.length > p.length + 2 && token.startsWith(p)) {
      const rest = token.slice(p.length);
      forms.push(rest);
      if (rest.startsWith('ال')) forms.push(rest.slice(2));
      else if (p.endsWith('لل')) forms.push(rest);
    }
  }
  // The longest stem decides, so a longer stem of weight 0 can take back a
  // false friend of a shorter one (اجتماعي "social" is no اجتماع "meeting").
  for (const f of forms) {
    if (!cues.heads.has(f.slice(0, 2))) continue;
    for (let i = cues.lengths.length - 1; i >= 0; i--) {
      const len = cues.lengths[i];
      if (len > f.length) continue;
      const w = cues.stems.get(f.slice(0, len));
      if (w !== undefined) return w;
    }
  }
  return 0;
}

export interface TopicEvidence {
  groups: Record<string, number>;
  cue: number;
}

const SEEN_LIMIT = 20_000;

/** Weighted cue evidence among the scanned words. */
export function cueEvidence(tokens: ScannedText, cues: CompiledCues, weightAt: (offset: number) => number): number {
  let sum = 0;
  for (let k = 0; k < tokens.count; k++) {
    if ((tokens.flags[k] & HEAD_CANDIDATE) === 0) continue;
    const word = tokens.word(k);
    let w = cues.seen.get(word);
    if (w === undefined) {
      w = cueWeightOf(word, cues);
      if (cues.seen.size >= SEEN_LIMIT) cues.seen.clear();
      cues.seen.set(word, w);
    }
    if (w) sum += w * weightAt(tokens.start[k]);
  }
  return sum;
}

/** Weighted group evidence from entity mentions. */
export function groupEvidence(
  compiled: CompiledPack,
  mentions: RawMention[],
  tokens: ScannedText,
  weightAt: (offset: number) => number,
  into: Record<string, number> = {},
): Record<string, number> {
  for (const m of mentions) {
    const groups = compiled.entities[m.entity].groups;
    if (!groups) continue;
    const w = weightAt(tokens.start[m.from]);
    for (const g of groups) into[g] = (into[g] ?? 0) + w;
  }
  return into;
}

const saturate = (x: number, full: number) => (full <= 0 ? 1 : Math.min(1, x / full));

export function decideTopic(pack: TopicPack, evidence: TopicEvidence, isArabic: boolean): TopicVerdict {
  const { rule } = pack;
  let score = 0;
  for (const [g, w] of Object.entries(rule.groupWeights)) score += w * saturate(evidence.groups[g] ?? 0, 2);
  score += rule.cueWeight * saturate(evidence.cue, Math.max(1, rule.minCue * 2));
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  const groupsPresent = rule.requireGroups.every((g) => (evidence.groups[g] ?? 0) >= 1);
  const onTopic = isArabic && groupsPresent && evidence.cue >= rule.minCue && score >= rule.threshold;
  return { score: isArabic ? score : 0, onTopic };
}
