import type { z } from 'zod';
import { Decimal } from '../money/decimal.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { inputObject } from '../input/inputObject.ts';
import { numberField, rateField } from '../input/fields.ts';
import type { Problem } from '../input/problem.ts';
import { guidance } from './s3PrefixGuidance.ts';
import { type S3PrefixTraffic, sharedPartitionsFor, trafficRows } from './s3PrefixSpread.ts';
import { trafficField } from './s3TrafficSpread.ts';
import { S3_READ_RATE_PER_PREFIX, S3_WRITE_RATE_PER_PREFIX } from './s3Limits.ts';

const RATE_MAX = 1e12;

export const S3RequestPrefixesInput = inputObject({
  getRate: rateField(
    {
      label: 'GET rate',
      flag: 'get-rate',
      param: 'get-rate',
      unit: 'requests/s',
      description:
        'GET/HEAD requests per second; a number or a rate with its period (20k/s, 1.2M/min). Default 0.',
      example: '20k/s',
    },
    { max: RATE_MAX },
  ).default(0),
  putRate: rateField(
    {
      label: 'PUT rate',
      flag: 'put-rate',
      param: 'put-rate',
      unit: 'requests/s',
      description: 'PUT/COPY/POST/DELETE requests per second; a number or a rate with its period. Default 0.',
      example: '10000',
    },
    { max: RATE_MAX },
  ).default(0),
  /** A planned number of evenly used prefixes: the result says what rate it sustains. */
  prefixCount: numberField(
    {
      label: 'Prefix count',
      flag: 'prefix-count',
      param: 'prefix-count',
      unit: 'prefixes',
      description:
        'A planned number of evenly used prefixes: shows the rate it sustains, and a problem when it is too few.',
      example: '4',
    },
    { min: 1, max: 1_000_000, integer: true },
  ).optional(),
  traffic: trafficField.optional(),
});
export type S3RequestPrefixesInput = z.input<typeof S3RequestPrefixesInput>;

export type { S3PrefixTraffic };

export interface S3RequestPrefixes {
  /** GET/HEAD and PUT/COPY/POST/DELETE requests per second, as given. */
  readonly getRate: number;
  readonly putRate: number;
  /** The documented per-partitioned-prefix rates (lower bounds: "at least"). */
  readonly perPrefix: { readonly getRate: number; readonly putRate: number };
  /** ⌈GET rate / 5,500⌉: partitioned prefixes the reads need. */
  readonly readPrefixes: number;
  /** ⌈PUT rate / 3,500⌉: partitioned prefixes the writes need. */
  readonly writePrefixes: number;
  /** Minimum partitioned prefixes with traffic spread evenly: max(read, write, 1). */
  readonly prefixes: number;
  /** The prefix count the capacity below is for: the planned `prefixCount`, else `prefixes`. */
  readonly prefixCount: number;
  /** The rates `prefixCount` evenly used prefixes sustain (at least). */
  readonly sustained: { readonly getRate: number; readonly putRate: number };
  /** Percent of `sustained` the given rates use. */
  readonly utilizationPercent: { readonly get: number; readonly put: number };
  /** Per-prefix load when a traffic spread was given; empty otherwise. */
  readonly traffic: readonly S3PrefixTraffic[];
  /** Partitioned prefixes the given spread needs at least: each hot prefix's own partitions plus what the lightly used prefixes need together (they can share); at least `prefixes`, and equal to it without a spread. */
  readonly prefixesForTraffic: number;
  /** Partitions the lightly used prefixes of the spread need together (they can share); 0 without a spread. */
  readonly sharedPartitions: number;
  /** True: S3 documents these rates as "at least", so every count here is a lower bound on capacity. */
  readonly lowerBound: true;
  readonly guidance: ReadonlyArray<{ readonly code: string; readonly message: string }>;
  readonly problems: readonly Problem[];
}

const grouped = (value: number) =>
  new Decimal(value).toDecimalPlaces(2).toNumber().toLocaleString('en-US', { maximumFractionDigits: 2 });

/** ⌈rate / perPrefix⌉ in exact decimal arithmetic (rates may be fractional, e.g. 1.2M/day). */
function prefixesFor(rate: number, perPrefix: number): number {
  return new Decimal(rate).dividedBy(perPrefix).ceil().toNumber();
}

const percent = (used: number, capacity: number) =>
  new Decimal(used).times(100).dividedBy(capacity).toDecimalPlaces(2).toNumber();

/**
 * How many partitioned S3 prefixes a request rate needs (S3 supports at least 3,500
 * PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix), what a planned
 * prefix count sustains, and where an uneven spread overloads one prefix. Lower bounds: S3 may give more.
 *
 * @example
 * run(s3RequestPrefixes, { getRate: 20000, putRate: 10000 }).value.prefixes //=> 4
 */
export const s3RequestPrefixes = defineCalculator({
  name: 's3RequestPrefixes',
  schema: S3RequestPrefixesInput,
  calculate: (input) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const problems: Problem[] = [];
    const readLimit = S3_READ_RATE_PER_PREFIX.value;
    const writeLimit = S3_WRITE_RATE_PER_PREFIX.value;
    const { getRate, putRate } = input;

    const readPrefixes = trace.step({
      id: 'read_prefixes',
      formula: '⌈GET/HEAD requests per second ÷ 5,500 per partitioned prefix⌉',
      inputs: { getRate, perPrefix: readLimit },
      value: prefixesFor(getRate, readLimit),
      unit: 'partitioned prefixes',
      source: S3_READ_RATE_PER_PREFIX.source,
    });
    const writePrefixes = trace.step({
      id: 'write_prefixes',
      formula: '⌈PUT/COPY/POST/DELETE requests per second ÷ 3,500 per partitioned prefix⌉',
      inputs: { putRate, perPrefix: writeLimit },
      value: prefixesFor(putRate, writeLimit),
      unit: 'partitioned prefixes',
      source: S3_WRITE_RATE_PER_PREFIX.source,
    });
    const prefixes = trace.step({
      id: 'prefixes',
      formula:
        'max(read prefixes, write prefixes, 1) — reads and writes have separate budgets in the same prefix',
      inputs: { readPrefixes, writePrefixes },
      value: Math.max(readPrefixes, writePrefixes, 1),
      unit: 'partitioned prefixes (lower bound)',
      source: S3_READ_RATE_PER_PREFIX.source,
    });

    const prefixCount = input.prefixCount ?? prefixes;
    const sustained = {
      getRate: trace.step({
        id: 'sustained_get_rate',
        formula: 'prefix count × 5,500 GET/HEAD per second',
        inputs: { prefixCount, perPrefix: readLimit },
        value: prefixCount * readLimit,
        unit: 'GET/HEAD requests per second (at least)',
        source: S3_READ_RATE_PER_PREFIX.source,
      }),
      putRate: trace.step({
        id: 'sustained_put_rate',
        formula: 'prefix count × 3,500 PUT/COPY/POST/DELETE per second',
        inputs: { prefixCount, perPrefix: writeLimit },
        value: prefixCount * writeLimit,
        unit: 'PUT/COPY/POST/DELETE requests per second (at least)',
        source: S3_WRITE_RATE_PER_PREFIX.source,
      }),
    };
    if (input.prefixCount !== undefined && input.prefixCount < prefixes) {
      problems.push({
        code: 'prefix_count_too_low',
        path: ['prefixCount'],
        params: { prefixCount: input.prefixCount, prefixes },
        nearest: { prefixCount: prefixes },
        message: `Prefix count ${input.prefixCount} is too few: ${input.prefixCount} evenly used prefixes sustain at least ${grouped(sustained.getRate)} GET/s and ${grouped(sustained.putRate)} PUT/s, less than the ${grouped(getRate)} GET/s and ${grouped(putRate)} PUT/s asked for; plan at least ${prefixes} prefixes (S3 would answer the excess with 503 Slow Down).`,
      });
    }

    const traffic = trafficRows(input.traffic ?? [], getRate, putRate, trace);
    const sharedPartitions = sharedPartitionsFor(input.traffic ?? [], traffic, getRate, putRate);
    const prefixesForTraffic =
      traffic.length === 0
        ? prefixes
        : trace.step({
            id: 'prefixes_for_traffic',
            formula:
              'Σ over hot prefixes of max(⌈GET/s ÷ 5,500⌉, ⌈PUT/s ÷ 3,500⌉) + max(⌈Σ other GET/s ÷ 5,500⌉, ⌈Σ other PUT/s ÷ 3,500⌉, 1 if any) — a hot prefix needs partitions of its own; lightly used prefixes can share',
            inputs: {
              hotPartitions: traffic.reduce((sum, row) => sum + row.ownPartitions, 0),
              sharedPartitions,
              hotPrefixes: traffic.filter((row) => row.overLimit).length,
              otherPrefixes: traffic.filter((row) => !row.overLimit).length,
            },
            // Never below the even-spread count; the sum above is already at least that (each part rounds up).
            value: Math.max(
              prefixes,
              traffic.reduce((sum, row) => sum + row.ownPartitions, 0) + sharedPartitions,
            ),
            unit: 'partitioned prefixes (lower bound)',
            source: S3_READ_RATE_PER_PREFIX.source,
          });
    for (const row of traffic.filter((candidate) => candidate.overLimit)) {
      const evenShare = new Decimal(100).dividedBy(traffic.length).toDecimalPlaces(2).toNumber();
      warnings.push({
        code: 'prefix_over_limit',
        path: ['traffic'],
        message: `"${row.prefix}" carries ${row.sharePercent}% of requests (an even share would be ${evenShare}%): ${grouped(row.getRate)} GET/s and ${grouped(row.putRate)} PUT/s, more than one partitioned prefix supports (at least 5,500 GET/s, 3,500 PUT/s). It needs at least ${row.partitionsNeeded} partitions by itself; S3 can split it only where keys under it differ (e.g. ${row.prefix}<hash>/…), and it splits gradually, answering 503 Slow Down meanwhile.`,
      });
    }
    if (traffic.length > 0 && prefixesForTraffic > prefixes) {
      warnings.push({
        code: 'uneven_traffic',
        path: ['traffic'],
        message: `With this spread the rates need at least ${prefixesForTraffic} partitioned prefixes, not the ${prefixes} an even spread would need.`,
      });
    }

    return success<S3RequestPrefixes>(
      {
        getRate,
        putRate,
        perPrefix: { getRate: readLimit, putRate: writeLimit },
        readPrefixes,
        writePrefixes,
        prefixes,
        prefixCount,
        sustained,
        utilizationPercent: {
          get: percent(getRate, sustained.getRate),
          put: percent(putRate, sustained.putRate),
        },
        traffic,
        prefixesForTraffic,
        sharedPartitions,
        lowerBound: true,
        guidance: guidance(prefixes),
        problems,
      },
      trace.steps,
      warnings,
    );
  },
});
