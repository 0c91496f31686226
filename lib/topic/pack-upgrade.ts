/**
 * Bringing a reader's edited copy of a pack up to a newer version of the
 * pack it was made from, keeping the reader's changes. With the version the
 * copy was made from (the base) every change is known: what the reader
 * changed is kept, what they left alone follows the new version. Without it
 * (copies saved before bases were kept) only what the reader added is kept:
 * their aliases and entities, and the entities they switched off.
 */
import type { Entity, TopicPack } from '../types';

/** The copy is of `latest`'s pack, made from an older version of it. */
export function needsUpgrade(copy: TopicPack, latest: TopicPack): boolean {
  return copy.id === latest.id && copy.version < latest.version;
}

/** Both are the same version of the same pack (absent: not). */
export function sameVersion(a: TopicPack | null | undefined, b: TopicPack): boolean {
  return !!a && a.id === b.id && a.version === b.version;
}

/** Plain data compared by value (packs are JSON). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `into[key]` set to `value`, or no such key for undefined (packs are JSON). */
function put<T extends object, K extends keyof T>(into: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete into[key];
  else into[key] = value;
}

/** `latest`'s value, unless the reader changed it from `base`'s. */
const changed = <T>(copy: T, base: T, latest: T): T => (same(copy, base) ? latest : copy);

/** The new version's aliases, with the reader's additions and without their removals. */
function mergeAliases(copy: string[], base: string[] | null, latest: string[]): string[] {
  const removed = new Set(base ? base.filter((a) => !copy.includes(a)) : []);
  const added = copy.filter((a) => !(base ?? latest).includes(a));
  return [...new Set([...latest.filter((a) => !removed.has(a)), ...added])];
}

const ENTITY_FIELDS = ['type', 'label', 'description', 'wikidata', 'groups', 'context'] as const;

function mergeEntity(copy: Entity, base: Entity | undefined, latest: Entity): Entity {
  const merged: Entity = { ...latest, aliases: mergeAliases(copy.aliases, base?.aliases ?? null, latest.aliases) };
  if (base) {
    for (const f of ENTITY_FIELDS) put(merged, f, changed(copy[f], base[f], latest[f]));
  }
  // Switched off: the reader's choice, whatever the versions say.
  const disabled = base ? changed(copy.disabled, base.disabled, latest.disabled) : copy.disabled;
  if (disabled) merged.disabled = true;
  else delete merged.disabled;
  if (merged.aliases.length === 0) merged.aliases = [...latest.aliases];
  return merged;
}

/**
 * `copy` (the reader's) brought to `latest`, given the `base` it was made
 * from, or null when that is not known. The result has `latest`'s id and
 * version; it is not validated here (the caller does, and keeps the copy
 * if the result does not pass).
 */
export function upgradePack(copy: TopicPack, base: TopicPack | null, latest: TopicPack): TopicPack {
  const byId = (pack: TopicPack | null) => new Map((pack?.entities ?? []).map((e) => [e.id, e]));
  const mine = byId(copy), before = byId(base), next = byId(latest);
  const entities: Entity[] = [];
  for (const e of latest.entities) {
    const own = mine.get(e.id);
    const was = before.get(e.id);
    if (own) entities.push(base && !was ? own : mergeEntity(own, was, e));
    else if (!base || !was) entities.push(e); // new in this version (or unknown: keep the pack whole)
    // else: the reader took it out of the copy; it stays out.
  }
  for (const e of copy.entities) {
    if (next.has(e.id)) continue;
    const was = before.get(e.id);
    // Dropped by the new version and untouched by the reader: dropped.
    if (base && was && same(e, was)) continue;
    entities.push(e);
  }
  const pick = <K extends 'name' | 'description' | 'cues' | 'traps' | 'surnames' | 'rule'>(key: K): TopicPack[K] =>
    base ? changed(copy[key], base[key], latest[key]) : latest[key];
  const merged: TopicPack = { ...latest, entities, name: pick('name'), cues: pick('cues'), rule: pick('rule') };
  put(merged, 'description', pick('description'));
  put(merged, 'traps', pick('traps'));
  put(merged, 'surnames', pick('surnames'));
  return merged;
}
