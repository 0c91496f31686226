/**
 * The project's own hand-written cases (eval/cases.jsonl, also scored by
 * npm run eval): each keeps its verdict, its entities and its traps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { spansOnTrap } from '../../scripts/cli/traps';

interface Case { id: string; label: string; text: string; entities: string[]; traps?: string[] }

const cases = readFileSync(join(import.meta.dirname, '../../eval/cases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const analyzer = createAnalyzer(DEFAULT_PACK);

describe('own evaluation cases', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const a = analyzer.analyze({ text: c.text });
    expect(a.topic.onTopic).toBe(c.label === 'on');
    expect(a.entities.map((e) => e.id).sort()).toEqual([...c.entities].sort());
    // No span falls where a trap is written.
    const spans = a.entities.flatMap((e) => e.spans);
    for (const trap of c.traps ?? []) {
      expect(c.text.includes(trap), `${c.id}: the trap is in the text`).toBe(true);
      expect(spansOnTrap(c.text, trap, spans).map(([s, t]) => c.text.slice(s, t)), trap).toEqual([]);
    }
  });
});
