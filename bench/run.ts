/**
 * `npm run bench`: every benchmark, printed as markdown.
 * Flags: --size N (blocks per list, default 100000), --runs N (Node runs, default 15),
 * --python-runs N (default 5).
 */
import { parseArgs } from 'node:util';
import { runCidrBench } from './cidr.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
    'python-runs': { type: 'string', default: '5' },
  },
});
const count = (text: string, name: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};

process.stdout.write(
  `${await runCidrBench({
    size: count(values.size, 'size'),
    runs: count(values.runs, 'runs'),
    pythonRuns: count(values['python-runs'], 'python-runs'),
  })}\n`,
);
