/**
 * npm run eval: topic precision/recall/F1 and entity precision/recall of
 * the default pack on the seed articles (gold in eval/gold-seeds.json), the
 * shared development cases, and the project's own hand-written cases
 * (eval/cases.jsonl). Trap words reported as entities are counted apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../lib/analyze';
import { DEFAULT_PACK } from '../lib/topic/default-pack';
import { spansOnTrap } from './cli/traps';

interface Case { id: string; label: string; text: string; entities: string[]; traps?: string[] }

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.HAMISH_SHARED ?? resolve(ROOT, '../shared/corpus');
const analyzer = createAnalyzer(DEFAULT_PACK);

const readJsonl = (file: string): Case[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

function sets(): { name: string; cases: Case[] }[] {
  const out: { name: string; cases: Case[] }[] = [];
  const gold = JSON.parse(readFileSync(join(ROOT, 'eval/gold-seeds.json'), 'utf8')) as { seeds: { file: string; label: string; entities: string[] }[] };
  if (existsSync(join(SHARED, 'seeds'))) {
    out.push({ name: 'seeds', cases: gold.seeds.map((s) => ({ id: s.file, label: s.label, entities: s.entities, text: readFileSync(join(SHARED, 'seeds', s.file), 'utf8') })) });
    out.push({ name: 'dev cases', cases: readJsonl(join(SHARED, 'dev/cases.jsonl')) });
  } else {
    console.warn(`(shared corpus not found at ${SHARED}: seeds and dev cases skipped)`);
  }
  out.push({ name: 'own cases', cases: readJsonl(join(ROOT, 'eval/cases.jsonl')) });
  return out;
}

interface Score { tp: number; fp: number; fn: number; etp: number; efp: number; efn: number; traps: number; n: number; errors: string[] }
const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, etp: 0, efp: 0, efn: 0, traps: 0, n: 0, errors: [] });

function score(cases: Case[], into: Score): Score {
  for (const c of cases) {
    const a = analyzer.analyze({ text: c.text });
    const gold = c.label === 'on';
    if (a.topic.onTopic && gold) into.tp++;
    else if (a.topic.onTopic) { into.fp++; into.errors.push(`${c.id}: on the topic, gold ${c.label}`); }
    else if (gold) { into.fn++; into.errors.push(`${c.id}: missed (score ${a.topic.score})`); }
    const got = new Set(a.entities.map((e) => e.id));
    const want = new Set(c.entities);
    for (const id of got) if (want.has(id)) into.etp++; else { into.efp++; into.errors.push(`${c.id}: extra entity ${id}`); }
    for (const id of want) if (!got.has(id)) { into.efn++; into.errors.push(`${c.id}: missed entity ${id}`); }
    const spans = a.entities.flatMap((e) => e.spans);
    for (const trap of c.traps ?? [])
      if (spansOnTrap(c.text, trap, spans).length) { into.traps++; into.errors.push(`${c.id}: trap «${trap}» reported`); }
    into.n++;
  }
  return into;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

function report(name: string, s: Score) {
  const p = ratio(s.tp, s.tp + s.fp), r = ratio(s.tp, s.tp + s.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(
    `${name.padEnd(10)} n=${String(s.n).padStart(3)}  topic P ${fmt(p)} R ${fmt(r)} F1 ${fmt(f1)}   entities P ${fmt(ratio(s.etp, s.etp + s.efp))} R ${fmt(ratio(s.etp, s.etp + s.efn))}   traps reported ${s.traps}`,
  );
}

const total = empty();
for (const set of sets()) {
  const s = score(set.cases, empty());
  report(set.name, s);
  for (const e of s.errors) console.log(`   - ${e}`);
  for (const k of ['tp', 'fp', 'fn', 'etp', 'efp', 'efn', 'traps', 'n'] as const) total[k] += s[k];
}
report('all', total);
