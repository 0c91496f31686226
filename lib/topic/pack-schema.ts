/**
 * Validation of topic packs. Packs come from users (import, editing), so
 * every field is checked and the first problem is reported by its path.
 */
import type { RelationRule, RoundSigns, StorySpan, Surname, TopicPack } from '../types';
import { normalizeArabic } from '../arabic/normalize';
import { words } from '../arabic/tokenize';
import { MAX_PATTERN_WORDS } from '../arabic/scan';
import { parseMetaDate } from '../arabic/dates';

export class PackError extends Error {
  constructor(public field: string, problem: string) {
    super(`Invalid topic pack: ${field} ${problem}`);
    this.name = 'PackError';
  }
}

const ENTITY_TYPES = ['person', 'place', 'state', 'org', 'other'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, field: string, opts: { max?: number; optional?: boolean } = {}): string | undefined {
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new PackError(field, 'must be a non-empty string');
  if (v.length > (opts.max ?? 500)) throw new PackError(field, `is longer than ${opts.max ?? 500} characters`);
  return v;
}

function strList(v: unknown, field: string, opts: { max?: number; optional?: boolean; nonEmpty?: boolean } = {}): string[] | undefined {
  if (v === undefined && opts.optional) return undefined;
  if (!Array.isArray(v)) throw new PackError(field, 'must be a list of strings');
  if (opts.nonEmpty && v.length === 0) throw new PackError(field, 'must not be empty');
  if (v.length > (opts.max ?? 1000)) throw new PackError(field, `has more than ${opts.max ?? 1000} items`);
  return v.map((x, i) => str(x, `${field}[${i}]`, { max: 200 })!);
}

/** A list of phrases the scanner looks for, each of at most MAX_PATTERN_WORDS words. */
function phraseList(v: unknown, field: string, opts: { max?: number; optional?: boolean; nonEmpty?: boolean } = {}): string[] | undefined {
  const list = strList(v, field, opts);
  list?.forEach((phrase, i) => {
    if (words(normalizeArabic(phrase)).length > MAX_PATTERN_WORDS) throw new PackError(`${field}[${i}]`, `has more than ${MAX_PATTERN_WORDS} words`);
  });
  return list;
}

function num(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new PackError(field, `must be a number from ${min} to ${max}`);
  return v;
}

function bilingual(v: unknown, field: string): { ar: string; en: string } {
  if (!isObj(v)) throw new PackError(field, 'must be an object with "ar" and "en"');
  return { ar: str(v.ar, `${field}.ar`)!, en: str(v.en, `${field}.en`)! };
}

/** English required, Arabic optional (left out when absent, never stored empty). */
function englishFirst(v: unknown, field: string): { ar?: string; en: string } {
  if (!isObj(v)) throw new PackError(field, 'must be an object with "en" (and optionally "ar")');
  const en = str(v.en, `${field}.en`)!;
  const ar = v.ar === undefined || v.ar === '' ? undefined : str(v.ar, `${field}.ar`);
  return ar ? { ar, en } : { en };
}

/** An optional true or false: absent is false. */
function flag(v: unknown, field: string): boolean {
  if (v !== undefined && typeof v !== 'boolean') throw new PackError(field, 'must be true or false');
  return v === true;
}

/** A stem or marker word: one word, trimmed. */
function singleWord(w: string, field: string): string {
  if (/\s/.test(w.trim())) throw new PackError(field, 'must be a single word');
  return w.trim();
}

/** A word, or two (a word that must stand next as written, then a stem). */
function oneOrTwoWords(w: string, field: string): string {
  const words = w.trim().split(/\s+/);
  if (words.length > 2) throw new PackError(field, 'must be one word or two');
  return words.join(' ');
}

/** A relation word and the word that links it to a party: two words. */
function twoWords(w: string, field: string): string {
  const words = w.trim().split(/\s+/);
  if (words.length !== 2) throw new PackError(field, 'must be two words (a relation word and "with")');
  return words.join(' ');
}

/** `id` names one of the pack's entities (`ids`). */
function knownEntity(id: string, field: string, ids: Set<string>): string {
  if (!ids.has(id)) throw new PackError(field, `names entity "${id}" that the pack does not have`);
  return id;
}

/** Words standing alone for a party's government, each with the entity whose side it is on. */
function standInsOf(v: unknown, f: string, ids: Set<string>): { word: string; entity: string }[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw new PackError(f, 'must be a list of {"word", "entity"}');
  if (v.length > 20) throw new PackError(f, 'has more than 20 items');
  return v.map((x, i) => {
    if (!isObj(x)) throw new PackError(`${f}[${i}]`, 'must be an object with "word" and "entity"');
    const word = singleWord(str(x.word, `${f}[${i}].word`, { max: 64 })!, `${f}[${i}].word`);
    const entity = knownEntity(str(x.entity, `${f}[${i}].entity`, { max: 64 })!, `${f}[${i}].entity`, ids);
    return { word, entity };
  });
}

function relationRule(v: unknown, groups: Set<string>, ids: Set<string>): RelationRule {
  const f = 'rule.relation';
  if (!isObj(v)) throw new PackError(f, 'must be an object');
  const pair = strList(v.pair, `${f}.pair`, { optional: true, max: 2 });
  if (pair && pair.length !== 2) throw new PackError(`${f}.pair`, 'must name two groups');
  for (const g of pair ?? []) if (!groups.has(g)) throw new PackError(`${f}.pair`, `names group "${g}" that no entity has`);
  const entityIds = (key: 'entities' | 'actors', max: number) => {
    const list = strList(v[key], `${f}.${key}`, { optional: true, max });
    for (const id of list ?? []) knownEntity(id, `${f}.${key}`, ids);
    return list;
  };
  const words = (key: 'pairNotAfter' | 'pairNotBefore' | 'actorTitles' | 'stanceVerbs' | 'chainLinks' | 'placeBefore' | 'forcesBefore' | 'otherBodyBeside' | 'outsiders') =>
    strList(v[key], `${f}.${key}`, { optional: true, max: 100 })?.map((w, i) => singleWord(w, `${f}.${key}[${i}]`));
  const entities = entityIds('entities', 100);
  const actors = entityIds('actors', 1000);
  const pairNotAfter = words('pairNotAfter');
  const pairNotBefore = words('pairNotBefore');
  const actorTitles = words('actorTitles');
  const stanceVerbs = words('stanceVerbs');
  const chainLinks = words('chainLinks');
  const placeBefore = words('placeBefore');
  const forcesBefore = words('forcesBefore');
  const otherBodyBeside = words('otherBodyBeside');
  const outsiders = words('outsiders');
  const standIns = standInsOf(v.standIns, `${f}.standIns`, ids);
  const counterpartAfter = strList(v.counterpartAfter, `${f}.counterpartAfter`, { optional: true, max: 100 })?.map((w, i) =>
    twoWords(w, `${f}.counterpartAfter[${i}]`),
  );
  return {
    minCue: num(v.minCue, `${f}.minCue`, 0, 100),
    ...(pair ? { pair: [pair[0], pair[1]] as [string, string] } : {}),
    ...(pairNotAfter ? { pairNotAfter } : {}),
    ...(pairNotBefore ? { pairNotBefore } : {}),
    ...(actors ? { actors } : {}),
    ...(actorTitles ? { actorTitles } : {}),
    ...(stanceVerbs ? { stanceVerbs } : {}),
    ...(counterpartAfter ? { counterpartAfter } : {}),
    ...(chainLinks ? { chainLinks } : {}),
    ...(standIns ? { standIns } : {}),
    ...(placeBefore ? { placeBefore } : {}),
    ...(forcesBefore ? { forcesBefore } : {}),
    ...(otherBodyBeside ? { otherBodyBeside } : {}),
    ...(outsiders ? { outsiders } : {}),
    ...(entities ? { entities } : {}),
    ...(v.entitiesFrom === undefined ? {} : { entitiesFrom: isoDay(v.entitiesFrom, `${f}.entitiesFrom`) }),
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function roundSignsOf(v: unknown, ids: Set<string>, f = 'rule.span.roundSigns'): RoundSigns {
  if (!isObj(v)) throw new PackError(f, 'must be an object with "phrases" and "near"');
  const phrases = phraseList(v.phrases, `${f}.phrases`, { nonEmpty: true, max: 500 })!;
  const near = knownEntity(str(v.near, `${f}.near`, { max: 64 })!, `${f}.near`, ids);
  return { phrases, near, ...(v.window === undefined ? {} : { window: num(v.window, `${f}.window`, 1, 50) }) };
}

function surnamesOf(v: unknown, ids: Set<string>): Surname[] {
  if (!Array.isArray(v)) throw new PackError('surnames', 'must be a list');
  if (v.length > 50) throw new PackError('surnames', 'has more than 50 surnames');
  return v.map((s: unknown, i: number) => {
    const f = `surnames[${i}]`;
    if (!isObj(s)) throw new PackError(f, 'must be an object with "word" and "entities"');
    const word = singleWord(str(s.word, `${f}.word`, { max: 60 })!, `${f}.word`);
    const entities = strList(s.entities, `${f}.entities`, { max: 50 })!;
    if (entities.length === 0) throw new PackError(`${f}.entities`, 'must name at least one entity');
    entities.forEach((id, k) => knownEntity(id, `${f}.entities[${k}]`, ids));
    const after = strList(s.after, `${f}.after`, { optional: true, max: 200 })?.map((w, k) => singleWord(w, `${f}.after[${k}]`));
    return { word, entities, ...(after?.length ? { after } : {}) };
  });
}

/** A real day of the calendar, as the dates read from pages are (no 30 February). */
function isoDay(v: unknown, field: string): string {
  if (typeof v !== 'string' || !ISO_DAY.test(v) || parseMetaDate(v) !== v) throw new PackError(field, 'must be a date written YYYY-MM-DD');
  return v;
}

function spanOf(v: unknown, ids: Set<string>): StorySpan {
  if (!isObj(v)) throw new PackError('rule.span', 'must be an object with "from" and "to"');
  for (const k of ['from', 'to'] as const) isoDay(v[k], `rule.span.${k}`);
  if ((v.from as string) > (v.to as string)) throw new PackError('rule.span', 'ends before it begins');
  const laterSigns = phraseList(v.laterSigns, 'rule.span.laterSigns', { optional: true, max: 500 });
  const earlierSigns = phraseList(v.earlierSigns, 'rule.span.earlierSigns', { optional: true, max: 500 });
  const earlierEvents = phraseList(v.earlierEvents, 'rule.span.earlierEvents', { optional: true, max: 100 });
  const roundSigns = v.roundSigns === undefined ? undefined : roundSignsOf(v.roundSigns, ids);
  const laterNear = v.laterNear === undefined ? undefined : roundSignsOf(v.laterNear, ids, 'rule.span.laterNear');
  const yearsBefore = v.yearsBefore === undefined ? undefined : wholeYear(v.yearsBefore, 'rule.span.yearsBefore');
  const countedFrom = v.countedFrom === undefined ? undefined : countedFromOf(v.countedFrom);
  return {
    from: v.from as string,
    to: v.to as string,
    ...(laterSigns ? { laterSigns } : {}),
    ...(laterNear ? { laterNear } : {}),
    ...(earlierSigns ? { earlierSigns } : {}),
    ...(earlierEvents ? { earlierEvents } : {}),
    ...(yearsBefore !== undefined ? { yearsBefore } : {}),
    ...(countedFrom ? { countedFrom } : {}),
    ...(roundSigns ? { roundSigns } : {}),
  };
}

/** A year from 1900 to 2099, a whole number. */
function wholeYear(v: unknown, field: string): number {
  const year = num(v, field, 1900, 2099);
  if (!Number.isInteger(year)) throw new PackError(field, 'must be a year, a whole number');
  return year;
}

function countedFromOf(v: unknown): { year: number; names: string[] } {
  const f = 'rule.span.countedFrom';
  if (!isObj(v)) throw new PackError(f, 'must be an object with "year" and "names"');
  const year = wholeYear(v.year, `${f}.year`);
  const names = phraseList(v.names, `${f}.names`, { max: 50 })!;
  if (names.length === 0) throw new PackError(`${f}.names`, 'must name the event at least once');
  return { year, names };
}

/** Check `input` and return a clean copy (unknown fields dropped). */
export function validatePack(input: unknown): TopicPack {
  if (!isObj(input)) throw new PackError('(root)', 'must be a JSON object');
  const id = str(input.id, 'id', { max: 64 })!;
  if (!ID.test(id)) throw new PackError('id', 'must use lower-case letters, digits and hyphens');
  const version = num(input.version, 'version', 1, 1e9);
  const name = bilingual(input.name, 'name');
  if (!Array.isArray(input.entities)) throw new PackError('entities', 'must be a list');
  if (input.entities.length > 5000) throw new PackError('entities', 'has more than 5000 entities');
  const seen = new Set<string>();
  const entities = input.entities.map((e: unknown, i: number) => {
    const f = `entities[${i}]`;
    if (!isObj(e)) throw new PackError(f, 'must be an object');
    const eid = str(e.id, `${f}.id`, { max: 64 })!;
    if (!ID.test(eid)) throw new PackError(`${f}.id`, 'must use lower-case letters, digits and hyphens');
    if (seen.has(eid)) throw new PackError(`${f}.id`, `repeats the id "${eid}"`);
    seen.add(eid);
    if (typeof e.type !== 'string' || !ENTITY_TYPES.includes(e.type))
      throw new PackError(`${f}.type`, `must be one of ${ENTITY_TYPES.join(', ')}`);
    const label = bilingual(e.label, `${f}.label`);
    const aliases = phraseList(e.aliases, `${f}.aliases`, { nonEmpty: true, max: 500 })!;
    const wikidata = str(e.wikidata, `${f}.wikidata`, { optional: true, max: 20 });
    if (wikidata !== undefined && !/^Q\d+$/.test(wikidata)) throw new PackError(`${f}.wikidata`, 'must look like Q123');
    const description = englishFirst(e.description, `${f}.description`);
    const groups = strList(e.groups, `${f}.groups`, { optional: true, max: 20 });
    let context;
    if (e.context !== undefined) {
      if (!Array.isArray(e.context)) throw new PackError(`${f}.context`, 'must be a list of rules');
      context = e.context.map((r: unknown, k: number) => {
        const rf = `${f}.context[${k}]`;
        if (!isObj(r)) throw new PackError(rf, 'must be an object');
        const rule = {
          aliases: strList(r.aliases, `${rf}.aliases`, { optional: true }),
          requireAny: phraseList(r.requireAny, `${rf}.requireAny`, { optional: true }),
          forbidAny: phraseList(r.forbidAny, `${rf}.forbidAny`, { optional: true }),
          window: r.window === undefined ? undefined : num(r.window, `${rf}.window`, 1, 50),
          ...(flag(r.givenName, `${rf}.givenName`) ? { givenName: true } : {}),
          ...(flag(r.attribute, `${rf}.attribute`) ? { attribute: true } : {}),
        };
        if (!rule.requireAny && !rule.forbidAny && !rule.givenName && !rule.attribute) throw new PackError(rf, 'needs requireAny, forbidAny, givenName or attribute');
        return rule;
      });
    }
    const disabled = flag(e.disabled, `${f}.disabled`);
    return {
      id: eid,
      type: e.type as TopicPack['entities'][number]['type'],
      label,
      aliases,
      ...(wikidata ? { wikidata } : {}),
      description,
      ...(groups ? { groups } : {}),
      ...(context ? { context } : {}),
      ...(disabled ? { disabled: true } : {}),
    };
  });
  if (!Array.isArray(input.cues)) throw new PackError('cues', 'must be a list');
  const cues = input.cues.map((c: unknown, i: number) => {
    if (!isObj(c)) throw new PackError(`cues[${i}]`, 'must be an object');
    const stem = singleWord(str(c.stem, `cues[${i}].stem`, { max: 60 })!, `cues[${i}].stem`);
    const relation = flag(c.relation, `cues[${i}].relation`);
    const travel = flag(c.travel, `cues[${i}].travel`);
    const notBeforeNumber = flag(c.notBeforeNumber, `cues[${i}].notBeforeNumber`);
    const notAfter = strList(c.notAfter, `cues[${i}].notAfter`, { optional: true, max: 50 })?.map((w, j) => singleWord(w, `cues[${i}].notAfter[${j}]`));
    const notBefore = strList(c.notBefore, `cues[${i}].notBefore`, { optional: true, max: 50 })?.map((w, j) => oneOrTwoWords(w, `cues[${i}].notBefore[${j}]`));
    return {
      stem,
      weight: num(c.weight, `cues[${i}].weight`, 0, 10),
      ...(relation ? { relation: true } : {}),
      ...(travel ? { travel: true } : {}),
      ...(notAfter?.length ? { notAfter } : {}),
      ...(notBefore?.length ? { notBefore } : {}),
      ...(notBeforeNumber ? { notBeforeNumber: true } : {}),
    };
  });
  const traps = phraseList(input.traps, 'traps', { optional: true, max: 2000 });
  const ids = new Set(entities.map((e) => e.id));
  const surnames = input.surnames === undefined ? undefined : surnamesOf(input.surnames, ids);
  if (!isObj(input.rule)) throw new PackError('rule', 'must be an object');
  const r = input.rule;
  const requireGroups = strList(r.requireGroups, 'rule.requireGroups', { max: 20 })!;
  if (!isObj(r.groupWeights)) throw new PackError('rule.groupWeights', 'must be an object of numbers');
  const groupWeights: Record<string, number> = {};
  for (const [g, w] of Object.entries(r.groupWeights)) groupWeights[g] = num(w, `rule.groupWeights.${g}`, 0, 1);
  const known = new Set(entities.flatMap((e) => e.groups ?? []));
  for (const g of requireGroups) if (!known.has(g)) throw new PackError('rule.requireGroups', `names group "${g}" that no entity has`);
  const rule = {
    requireGroups,
    groupWeights,
    cueWeight: num(r.cueWeight, 'rule.cueWeight', 0, 1),
    minCue: num(r.minCue, 'rule.minCue', 0, 100),
    threshold: num(r.threshold, 'rule.threshold', 0, 1),
    ...(r.relation === undefined ? {} : { relation: relationRule(r.relation, known, ids) }),
    ...(r.span === undefined ? {} : { span: spanOf(r.span, ids) }),
  };
  const description = input.description === undefined ? undefined : englishFirst(input.description, 'description');
  return { id, version, name, ...(description ? { description } : {}), entities, cues, ...(traps ? { traps } : {}), ...(surnames ? { surnames } : {}), rule };
}
