/**
 * The evaluation's rule for trap words (own cases, npm run eval): a trap is
 * reported when an entity's span falls where the trap is written, at any of
 * its places in the text.
 */
export function spansOnTrap(text: string, trap: string, spans: [number, number][]): [number, number][] {
  const on: [number, number][] = [];
  for (let at = text.indexOf(trap); at >= 0; at = text.indexOf(trap, at + 1))
    for (const span of spans) if (span[0] < at + trap.length && span[1] > at && !on.includes(span)) on.push(span);
  return on;
}
