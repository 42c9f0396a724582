import type { z } from 'zod';
import { Decimal } from '../money/decimal.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { inputObject } from '../input/inputObject.ts';
import { numberField, rateField } from '../input/fields.ts';
import type { Problem } from '../input/problem.ts';
import { trafficField, type TrafficShare } from './s3TrafficSpread.ts';
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

export interface S3PrefixTraffic {
  readonly prefix: string;
  /** Percentage of all requests that go to keys under this prefix (shares normalised to 100). */
  readonly sharePercent: number;
  readonly getRate: number;
  readonly putRate: number;
  /** Partitioned prefixes this prefix alone needs: max(⌈GET/5,500⌉, ⌈PUT/3,500⌉, 1). */
  readonly partitionsNeeded: number;
  /** True when this prefix alone carries more than one partitioned prefix supports. */
  readonly overLimit: boolean;
  /**
   * Partitions counted for this prefix in `prefixesForTraffic`: a hot prefix's own `partitionsNeeded`;
   * 0 for a lightly used prefix, whose load is counted with the others in `sharedPartitions`.
   * Σ ownPartitions + sharedPartitions = prefixesForTraffic.
   */
  readonly ownPartitions: number;
}

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
  readonly utilisationPercent: { readonly get: number; readonly put: number };
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
        utilisationPercent: {
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

/**
 * Partitions the lightly used prefixes of a spread need together: each is within one partition's
 * rates, so they can share partitions and are counted by their exact combined share of the rates
 * (not the rounded per-row figures). At least 1 when there is any light prefix (it is stored somewhere).
 */
function sharedPartitionsFor(
  shares: readonly TrafficShare[],
  rows: readonly S3PrefixTraffic[],
  getRate: number,
  putRate: number,
): number {
  const light = shares.filter((_, index) => !rows[index]?.overLimit);
  if (light.length === 0) return 0;
  const total = shares.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightShare = light.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightFraction = total.isZero() ? new Decimal(0) : lightShare.dividedBy(total);
  return Math.max(
    lightFraction.times(getRate).dividedBy(S3_READ_RATE_PER_PREFIX.value).ceil().toNumber(),
    lightFraction.times(putRate).dividedBy(S3_WRITE_RATE_PER_PREFIX.value).ceil().toNumber(),
    1,
  );
}

function trafficRows(
  shares: readonly TrafficShare[],
  getRate: number,
  putRate: number,
  trace: Trace,
): S3PrefixTraffic[] {
  if (shares.length === 0) return [];
  const total = shares.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  trace.step({
    id: 'traffic_share_total',
    formula: 'Σ shares (each share ÷ this total = the fraction of requests under that prefix)',
    inputs: { prefixes: shares.length },
    value: total.toString(),
    unit: 'share units',
  });
  return shares.map(({ prefix, share }) => {
    const fraction = new Decimal(share).dividedBy(total);
    const prefixGet = fraction.times(getRate);
    const prefixPut = fraction.times(putRate);
    const partitionsNeeded = Math.max(
      prefixGet.dividedBy(S3_READ_RATE_PER_PREFIX.value).ceil().toNumber(),
      prefixPut.dividedBy(S3_WRITE_RATE_PER_PREFIX.value).ceil().toNumber(),
      1,
    );
    return {
      prefix,
      sharePercent: fraction.times(100).toDecimalPlaces(2).toNumber(),
      getRate: prefixGet.toDecimalPlaces(3).toNumber(),
      putRate: prefixPut.toDecimalPlaces(3).toNumber(),
      partitionsNeeded,
      overLimit: partitionsNeeded > 1,
      ownPartitions: partitionsNeeded > 1 ? partitionsNeeded : 0,
    };
  });
}

function guidance(prefixes: number): Array<{ code: string; message: string }> {
  const shards = Math.max(prefixes, 2);
  const width = String(shards - 1).length;
  const first = '0'.padStart(width, '0');
  const last = String(shards - 1).padStart(width, '0');
  return [
    {
      code: 'lower_bound',
      message:
        'AWS documents at least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix; these counts are lower bounds on what S3 gives, and there is no limit on the number of prefixes in a bucket.',
    },
    {
      code: 'ramp_up',
      message:
        'S3 adds partitions gradually, not instantly: after a sudden jump in traffic expect HTTP 503 Slow Down until it has scaled. Ramp traffic up gradually and retry 503s with exponential backoff and jitter (the AWS SDKs do this).',
    },
    {
      code: 'key_design',
      message:
        prefixes === 1
          ? `One partitioned prefix covers these rates. To leave room to grow, put the part of the key that varies first (e.g. ${first}/…–${last}/… from a hash of the object name, then the date: shard/2026-11-22/object), so S3 can split the load later; a date- or sequence-first key sends all new writes to one prefix.`
          : `Put the part of the key that varies first, so requests spread over ${shards} prefixes evenly: e.g. ${first}/…–${last}/… from a hash of the object name, then the date (shard/2026-11-22/object). A date- or sequence-first key sends all new writes to one prefix.`,
    },
    {
      code: 'even_spread',
      message:
        'A prefix count helps only when requests spread evenly over the prefixes: one hot prefix is limited to its own partition until S3 splits it.',
    },
  ];
}
