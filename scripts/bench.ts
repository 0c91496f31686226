/**
 * npm run bench: speed figures next to a baseline, as ratios. Timings are
 * the best of several runs, since machines are shared and noisy.
 */
import { benchEntities } from './bench/entities';
import { benchAnchoring } from './bench/anchoring';
import { benchCoverage } from './bench/coverage';

const only = process.argv[2];
console.log(`Hamish benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (!only || only === 'entities') benchEntities();
if (!only || only === 'anchoring') benchAnchoring();
if (!only || only === 'coverage') benchCoverage();
