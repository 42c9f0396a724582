/**
 * `npm run bench`: every benchmark, printed as markdown.
 * Flags: --size N (blocks per list, default 100000), --runs N (Node runs, default 15),
 * --python-runs N (default 5), --long-input N (characters for the long-input fuzz, default 50000),
 * --only cidr|long-input.
 */
import { parseArgs } from 'node:util';
import { runCidrBench } from './cidr.ts';
import { runLongInputBench } from './longInput.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
    'python-runs': { type: 'string', default: '5' },
    'long-input': { type: 'string', default: '50000' },
    only: { type: 'string' },
  },
});
const count = (text: string, name: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};

if (values.only !== 'cidr')
  process.stdout.write(
    `${runLongInputBench({ length: count(values['long-input'], 'long-input'), rounds: 7 })}\n`,
  );
if (values.only !== 'long-input')
  process.stdout.write(
    `${await runCidrBench({
      size: count(values.size, 'size'),
      runs: count(values.runs, 'runs'),
      pythonRuns: count(values['python-runs'], 'python-runs'),
    })}\n`,
  );
