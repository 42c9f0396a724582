/**
 * CIDR set operations, side by side: awscalc vs cidr-tools vs Python's ipaddress, on the same
 * 100,000 random IPv4 prefixes, in one run. See bench/README.md for what each operation measures.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  cidrExcludeText,
  cidrMergeText,
  cidrOverlapsText,
  cidrSetMerge,
  cidrSetsOverlapText,
  run,
} from '@awscalc/core';
import { excludeCidr, mergeCidr, overlapCidr } from 'cidr-tools';
import { randomIPv4Prefixes } from './cidrData.ts';

export interface CidrBenchOptions {
  readonly size: number;
  readonly runs: number;
  readonly pythonRuns: number;
}

interface Row {
  readonly op: string;
  readonly what: string;
  readonly awscalc: number;
  readonly cidrTools: number | null;
  readonly python: number | null;
  readonly checks: { awscalc: string; cidrTools: string | null; python: string | null };
}

const digest = (value: boolean | readonly string[]): string =>
  typeof value === 'boolean'
    ? String(value)
    : `${value.length}:${createHash('sha256').update(value.join('\n')).digest('hex').slice(0, 16)}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// A full garbage collection before every timed run (outside the timing), so no tool pays for the
// garbage another left behind.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Op = () => boolean | readonly string[];

/** Resolves after `ms` milliseconds. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Median wall time of each function over `runs` rounds, after five warm-up rounds (JIT). Within a
 * round the tools run one after the other, so a burst of load on this shared machine hits them
 * alike. Before every timed run: a full GC, then a short pause so V8's background sweeping of that
 * GC is not billed to whichever tool runs next. Returns each median and the last result's digest.
 */
async function timedTogether(
  fns: readonly Op[],
  runs: number,
): Promise<Array<{ ms: number; check: string }>> {
  for (let warm = 0; warm < 5; warm++) for (const fn of fns) fn();
  const times: number[][] = fns.map(() => []);
  const checks: string[] = fns.map(() => '');
  for (let round = 0; round < runs; round++) {
    for (const [index, fn] of fns.entries()) {
      collectGarbage();
      await pause(15);
      const start = performance.now();
      const result = fn();
      times[index]!.push(performance.now() - start);
      if (round === runs - 1) checks[index] = digest(result);
    }
  }
  if (process.env.BENCH_DEBUG) {
    process.stderr.write(`${JSON.stringify(times.map((list) => list.map((t) => Math.round(t))))}\n`);
  }
  return fns.map((_, index) => ({ ms: median(times[index]!), check: checks[index]! }));
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; errors: readonly { message: string }[] },
): T {
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.value;
}

export async function runCidrBench(options: CidrBenchOptions): Promise<string> {
  const { size, runs, pythonRuns } = options;
  const generators: Record<string, () => string[]> = {
    a: () => randomIPv4Prefixes(size, 1),
    b: () => randomIPv4Prefixes(size, 2),
    low: () => randomIPv4Prefixes(size, 3, 0, 2 ** 31),
    high: () => randomIPv4Prefixes(size, 4, 2 ** 31, 2 ** 31),
  };
  const folder = mkdtempSync(join(tmpdir(), 'awscalc-cidr-bench-'));
  let python: { python: string; results: Record<string, { ms: number; check: string }> } | null = null;
  let pythonNote = '';
  // Every tool gets the lines as read back from these files (as a CLI reading a file would see them).
  const read: Record<string, string[]> = {};
  try {
    for (const [name, generate] of Object.entries(generators)) {
      const lines = generate();
      writeFileSync(join(folder, `${name}.txt`), lines.join('\n'));
      read[name] = readFileSync(join(folder, `${name}.txt`), 'utf8').split('\n');
      if (digest(read[name]) !== digest(lines)) throw new Error(`${name}.txt does not round-trip`);
    }
    const script = join(dirname(fileURLToPath(import.meta.url)), 'cidr_bench.py');
    try {
      python = JSON.parse(
        execFileSync('python3', [script, folder, String(pythonRuns)], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      );
    } catch (error) {
      pythonNote = `python3 could not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const { a, b, low, high } = read as Record<'a' | 'b' | 'low' | 'high', string[]>;
  const py = (op: string) => python?.results[op] ?? null;

  const rows: Row[] = [];
  const add = async (
    op: string,
    what: string,
    ours: () => boolean | readonly string[],
    theirs: (() => boolean | readonly string[]) | null,
    pythonOp: string | null,
  ) => {
    const [mine, other = null] = await timedTogether(theirs ? [ours, theirs] : [ours], runs);
    const snake = pythonOp ? py(pythonOp) : null;
    rows.push({
      op,
      what,
      awscalc: mine!.ms,
      cidrTools: other?.ms ?? null,
      python: snake?.ms ?? null,
      checks: { awscalc: mine!.check, cidrTools: other?.check ?? null, python: snake?.check ?? null },
    });
  };

  await add(
    'merge',
    `${size.toLocaleString('en-US')} prefixes → collapsed list`,
    () => unwrap(cidrMergeText(a)),
    () => mergeCidr(a),
    'merge',
  );
  await add(
    'exclude',
    `${size.toLocaleString('en-US')} prefixes minus another ${size.toLocaleString('en-US')} → remaining list`,
    () => unwrap(cidrExcludeText(a, b)),
    () => excludeCidr(a, b),
    'exclude',
  );
  await add(
    'overlap (set vs set)',
    `${size.toLocaleString('en-US')} prefixes in 0/1 vs ${size.toLocaleString('en-US')} in 128/1 → false (full sweep)`,
    () => unwrap(cidrSetsOverlapText(low, high)),
    () => overlapCidr(low, high),
    'setsOverlap',
  );
  await add(
    'overlapping pairs',
    `every overlapping pair within the ${size.toLocaleString('en-US')} prefixes → "a b" lines`,
    () => unwrap(cidrOverlapsText(a)).map(([x, y]) => `${x} ${y}`),
    null,
    'overlapPairs',
  );
  await add(
    'merge via run()',
    'same as merge, through the cidrSetMerge calculator (zod validation, trace, JSON-safe value)',
    () => {
      const result = run(cidrSetMerge, { cidrs: a });
      if (!result.ok) throw new Error('calculator failed');
      return result.value.cidrs;
    },
    null,
    null,
  );

  const mismatches = rows.filter(
    (row) =>
      (row.checks.cidrTools !== null && row.checks.cidrTools !== row.checks.awscalc) ||
      (row.checks.python !== null && row.checks.python !== row.checks.awscalc),
  );
  const ms = (value: number | null) => (value === null ? 'n/a' : value.toFixed(1));
  const ratio = (value: number | null, ours: number) =>
    value === null ? 'n/a' : `${(value / ours).toFixed(1)}×`;
  const table = [
    '| op | awscalc ms | cidr-tools ms | python ms | vs cidr-tools | vs python | results agree |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.op} | ${ms(row.awscalc)} | ${ms(row.cidrTools)} | ${ms(row.python)} | ${ratio(row.cidrTools, row.awscalc)} | ${ratio(row.python, row.awscalc)} | ${
          mismatches.includes(row) ? 'NO' : 'yes'
        } (${row.checks.awscalc}) |`,
    ),
  ];
  const lines = [
    `## CIDR set operations: ${size.toLocaleString('en-US')} random IPv4 prefixes (seeded), strings in → strings out`,
    '',
    `Node ${process.version}, cidr-tools ${cidrToolsVersion()}, Python ${python?.python ?? 'n/a'} ipaddress. ` +
      `Median of ${runs} rounds (after 5 warm-up rounds; the Node tools alternate within a round; a full GC before each run) for Node, ${pythonRuns} runs (gc.collect() before each) for Python.`,
    'cidr-tools 13.0.0 is the latest release, but it cannot be installed here: its dependency ip-bigint@^10 is not in the registry this project installs from, so 12.0.3 is measured.',
    ...(pythonNote ? [pythonNote] : []),
    '',
    ...table,
    '',
    ...rows.map((row) => `- ${row.op}: ${row.what}`),
    '',
    mismatches.length === 0
      ? 'All tools produced identical results (count:sha256 of the output lines, or the boolean) for every operation they ran.'
      : `RESULTS DIFFER for: ${mismatches.map((row) => `${row.op} ${JSON.stringify(row.checks)}`).join('; ')}`,
  ];
  if (mismatches.length > 0) process.exitCode = 1;
  return lines.join('\n');
}

function cidrToolsVersion(): string {
  const path = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    'node_modules',
    'cidr-tools',
    'package.json',
  );
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
