/**
 * Gazetteer matcher: finds the pack's entities in normalized text, longest
 * alias first, proclitics accepted only when they leave a known alias, and
 * context rules for aliases that are also ordinary words.
 */
import { normalizeArabic } from '../arabic/normalize';
import { strippedForms } from '../arabic/clitics';
import { words } from '../arabic/tokenize';
import { KeyFilter, TAIL_CANDIDATE, wordKey, type ScannedText } from '../arabic/scan';
import type { ContextRule, Entity, TopicPack } from '../types';

interface CompiledRule {
  require: Set<string> | null;
  forbid: Set<string> | null;
  window: number;
}

interface AliasEntry {
  tokens: string[];
  /** Index into `entities`, or -1 for a trap phrase that blocks matches. */
  entity: number;
  rules: CompiledRule[];
}

export interface CompiledPack {
  pack: TopicPack;
  entities: Entity[];
  byFirst: Map<string, AliasEntry[]>;
  /** Every alias's first word (and that word without ال, for للأسد). Clitics
   *  only come off the front, so the scanner can tell, without building any
   *  string, which words may start a mention. */
  tailFilter: KeyFilter;
}

export interface RawMention {
  entity: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Characters of the first token taken by a proclitic. */
  skip: number;
}

function compileRule(rule: ContextRule): CompiledRule {
  const set = (list?: string[]) => (list && list.length ? new Set(list.map((w) => normalizeArabic(w).trim())) : null);
  return { require: set(rule.requireAny), forbid: set(rule.forbidAny), window: rule.window ?? 6 };
}

export function compilePack(pack: TopicPack): CompiledPack {
  const entities = pack.entities.filter((e) => !e.disabled);
  const byFirst = new Map<string, AliasEntry[]>();
  const add = (tokens: string[], entity: number, rules: CompiledRule[]) => {
    if (tokens.length === 0) return;
    const list = byFirst.get(tokens[0]) ?? [];
    // The same alias twice (e.g. two spellings that normalize alike) is kept once.
    if (list.some((a) => a.entity === entity && a.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, entity, rules });
    byFirst.set(tokens[0], list);
  };
  entities.forEach((e, index) => {
    const rules = (e.context ?? []).map((r) => ({ rule: compileRule(r), aliases: r.aliases?.map((a) => normalizeArabic(a)) }));
    for (const alias of e.aliases) {
      const norm = normalizeArabic(alias);
      const applicable = rules.filter((r) => !r.aliases || r.aliases.includes(norm)).map((r) => r.rule);
      add(words(norm), index, applicable);
    }
  });
  for (const trap of pack.traps ?? []) add(words(normalizeArabic(trap)), -1, []);
  // Longest alias first; a trap wins over an entity alias of the same length.
  for (const list of byFirst.values())
    list.sort((a, b) => b.tokens.length - a.tokens.length || a.entity - b.entity);
  const tailFilter = new KeyFilter();
  for (const w of byFirst.keys()) {
    tailFilter.add(wordKey(w));
    if (w.startsWith('ال') && w.length > 2) tailFilter.add(wordKey(w.slice(2)));
  }
  return { pack, entities, byFirst, tailFilter };
}

function wordIn(set: Set<string>, token: string): boolean {
  if (set.has(token)) return true;
  return strippedForms(token, (f) => set.has(f), 2).length > 0;
}

type ContextVerdict = 'ok' | 'forbidden' | 'unconfirmed';

function contextVerdict(t: ScannedText, from: number, to: number, rules: CompiledRule[]): ContextVerdict {
  let verdict: ContextVerdict = 'ok';
  for (const rule of rules) {
    const lo = Math.max(0, from - rule.window);
    const hi = Math.min(t.count, to + rule.window);
    let required = rule.require === null;
    for (let k = lo; k < hi; k++) {
      if (k >= from && k < to) continue;
      const w = t.word(k);
      if (rule.forbid && wordIn(rule.forbid, w)) return 'forbidden';
      if (!required && rule.require && wordIn(rule.require, w)) required = true;
    }
    if (!required) verdict = 'unconfirmed';
  }
  return verdict;
}

/**
 * All entity mentions in `text` (normalized) with its `tokens`. An ambiguous
 * alias without its confirming context (bare فيدان) still counts when the
 * same entity is named unambiguously elsewhere in the text (هاكان فيدان);
 * a forbidding context (حلب الأبقار) always wins.
 */
export function findMentions(compiled: CompiledPack, tokens: ScannedText): RawMention[] {
  const out: RawMention[] = [];
  const pending: RawMention[] = [];
  let k = 0;
  while (k < tokens.count) {
    if ((tokens.flags[k] & TAIL_CANDIDATE) === 0) {
      k++;
      continue;
    }
    const token = tokens.word(k);
    const found: Found = { entry: null, skip: 0, unconfirmed: null };
    tryForm(compiled, tokens, k, token, 0, found);
    for (const s of strippedForms(token, (form) => compiled.byFirst.has(form))) tryForm(compiled, tokens, k, s.form, s.skip, found);
    if (found.entry) {
      if (found.entry.entity >= 0) out.push({ entity: found.entry.entity, from: k, to: k + found.entry.tokens.length, skip: found.skip });
      k += found.entry.tokens.length;
    } else {
      if (found.unconfirmed) pending.push(found.unconfirmed);
      k++;
    }
  }
  if (pending.length) {
    const confirmed = new Set(out.map((m) => m.entity));
    const extra = pending.filter((m) => confirmed.has(m.entity));
    if (extra.length) return [...out, ...extra].sort((a, b) => a.from - b.from);
  }
  return out;
}

interface Found {
  entry: AliasEntry | null;
  skip: number;
  unconfirmed: RawMention | null;
}

/** The longest alias that starts with `form` at word k, if longer than what was found. */
function tryForm(compiled: CompiledPack, tokens: ScannedText, k: number, form: string, skip: number, found: Found): void {
  const list = compiled.byFirst.get(form);
  if (!list) return;
  for (const entry of list) {
    const n = entry.tokens.length;
    if (found.entry && found.entry.tokens.length >= n) return; // the list is longest first
    if (k + n > tokens.count) continue;
    let ok = true;
    for (let m = 1; m < n && ok; m++) ok = tokens.word(k + m) === entry.tokens[m];
    if (!ok) continue;
    if (entry.rules.length) {
      const verdict = contextVerdict(tokens, k, k + n, entry.rules);
      if (verdict === 'unconfirmed' && entry.entity >= 0 && !found.unconfirmed) found.unconfirmed = { entity: entry.entity, from: k, to: k + n, skip };
      if (verdict !== 'ok') continue;
    }
    found.entry = entry;
    found.skip = skip;
    return;
  }
}
