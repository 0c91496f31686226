/** Access to the shared seed corpus and dev cases (beside the repository). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
export const hasShared = existsSync(SHARED);

export interface DevCase {
  id: string;
  label: 'on' | 'near' | 'off' | 'foreign';
  text: string;
  entities: string[];
  traps?: string[];
  lang?: string;
}

export function devCases(): DevCase[] {
  return readFileSync(join(SHARED, 'dev/cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevCase);
}

export function seeds(): { file: string; text: string }[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
