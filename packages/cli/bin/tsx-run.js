#!/usr/bin/env node
// Runs a TypeScript file (e.g. the benchmarks) with tsx: `node packages/cli/bin/tsx-run.js bench/run.ts`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx-run.js FILE.ts [args]\n');
  process.exit(2);
}
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(resolve(file)).href);
