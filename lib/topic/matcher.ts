/**
 * Gazetteer matcher: finds the pack's entities in normalized text, longest
 * alias first, proclitics accepted only when they leave a known alias, and
 * context rules for aliases that are also ordinary words.
 */
import { normalizeArabic } from '../arabic/normalize';
import { strippedForms } from '../arabic/clitics';
import type { Tokens } from '../arabic/tokenize';
import { words } from '../arabic/tokenize';
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
  /** Last three characters of every alias's first word, as numbers. Clitics
   *  only ever come off the front, so a token whose ending is not here can
   *  be skipped without building any string. */
  tails: Set<number>;
}

/** The last (up to) three UTF-16 units of text[from, to) as one number. */
export function tailKey(text: string, from: number, to: number): number {
  const a = to - 3 >= from ? text.charCodeAt(to - 3) : 0;
  const b = to - 2 >= from ? text.charCodeAt(to - 2) : 0;
  return a * 4294967296 + b * 65536 + text.charCodeAt(to - 1);
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
  const tails = new Set([...byFirst.keys()].map((w) => tailKey(w, 0, w.length)));
  return { pack, entities, byFirst, tails };
}

function tokenAt(text: string, t: Tokens, k: number): string {
  return text.slice(t.start[k], t.end[k]);
}

function wordIn(set: Set<string>, token: string): boolean {
  if (set.has(token)) return true;
  return strippedForms(token, (f) => set.has(f), 2).length > 0;
}

type ContextVerdict = 'ok' | 'forbidden' | 'unconfirmed';

function contextVerdict(text: string, t: Tokens, from: number, to: number, rules: CompiledRule[]): ContextVerdict {
  let verdict: ContextVerdict = 'ok';
  for (const rule of rules) {
    const lo = Math.max(0, from - rule.window);
    const hi = Math.min(t.count, to + rule.window);
    let required = rule.require === null;
    for (let k = lo; k < hi; k++) {
      if (k >= from && k < to) continue;
      const w = tokenAt(text, t, k);
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
export function findMentions(compiled: CompiledPack, text: string, tokens: Tokens): RawMention[] {
  const { byFirst, tails } = compiled;
  const known = (form: string) => byFirst.has(form);
  const out: RawMention[] = [];
  const pending: RawMention[] = [];
  let k = 0;
  while (k < tokens.count) {
    if (!tails.has(tailKey(text, tokens.start[k], tokens.end[k]))) {
      k++;
      continue;
    }
    const token = tokenAt(text, tokens, k);
    let best: { entry: AliasEntry; skip: number } | null = null;
    let unconfirmed: RawMention | null = null;
    const tryForm = (form: string, skip: number) => {
      const list = byFirst.get(form);
      if (!list) return;
      for (const entry of list) {
        const n = entry.tokens.length;
        if (best && best.entry.tokens.length >= n) return; // list is longest first
        if (k + n > tokens.count) continue;
        let ok = true;
        for (let m = 1; m < n && ok; m++) ok = tokenAt(text, tokens, k + m) === entry.tokens[m];
        if (!ok) continue;
        if (entry.rules.length) {
          const verdict = contextVerdict(text, tokens, k, k + n, entry.rules);
          if (verdict === 'unconfirmed' && entry.entity >= 0 && !unconfirmed) unconfirmed = { entity: entry.entity, from: k, to: k + n, skip };
          if (verdict !== 'ok') continue;
        }
        best = { entry, skip };
        return;
      }
    };
    tryForm(token, 0);
    for (const s of strippedForms(token, known)) tryForm(s.form, s.skip);
    if (best) {
      const { entry, skip } = best as { entry: AliasEntry; skip: number };
      if (entry.entity >= 0) out.push({ entity: entry.entity, from: k, to: k + entry.tokens.length, skip });
      k += entry.tokens.length;
    } else {
      if (unconfirmed) pending.push(unconfirmed);
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
