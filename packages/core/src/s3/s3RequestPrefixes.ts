import { z } from 'zod';
import { Decimal } from '../money/decimal.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { s3InputError, s3NumberText, s3RateSchema } from './s3Inputs.ts';
import { S3_READ_RATE_PER_PREFIX, S3_WRITE_RATE_PER_PREFIX } from './s3Limits.ts';

const TrafficShare = z.object({
  prefix: z.string().trim().min(1, 'Name the key prefix, e.g. logs/ or images/2026/.'),
  share: z
    .number({ error: 'A share is a number: a percentage or a weight, e.g. 60.' })
    .positive('A share must be more than 0.')
    .finite('A share must be a finite number.'),
});

/** Parses `logs/=60, images/=40` (prefix=share pairs, separated by commas, semicolons or new lines). */
function parseTrafficText(
  text: string,
  context: z.RefinementCtx<unknown>,
): Array<{ prefix: string; share: number }> {
  const entries = text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const parsed: Array<{ prefix: string; share: number }> = [];
  for (const [index, entry] of entries.entries()) {
    const match = /^(.+?)\s*[=:]\s*(\d+(?:\.\d+)?)\s*%?$/.exec(entry);
    const share = match ? Number(match[2]) : Number.NaN;
    if (!match || !(share > 0)) {
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `"${entry}" is not prefix=share; write e.g. logs/=60, images/=40 (shares are percentages or weights, each more than 0).`,
        params: { code: 'traffic_invalid' },
      });
      continue;
    }
    parsed.push({ prefix: match[1]!.trim(), share });
  }
  return parsed;
}

export const S3RequestPrefixesInput = z
  .object(
    {
      /** GET/HEAD requests per second (or text such as `20k/s`, `1.2M/min`). */
      getRate: s3RateSchema.default(0),
      /** PUT/COPY/POST/DELETE requests per second. */
      putRate: s3RateSchema.default(0),
      /** A planned number of evenly used prefixes: the result says what rate it sustains. */
      prefixCount: s3NumberText(
        z
          .number({ error: 'The prefix count is a whole number, e.g. 4.' })
          .int('The prefix count is a whole number, e.g. 4.')
          .min(1, 'Plan at least 1 prefix.')
          .max(1_000_000, 'Plan at most 1,000,000 prefixes.'),
      ).optional(),
      /** How requests spread over key prefixes: `[{ prefix, share }]` or text `logs/=60, img/=40`. */
      traffic: z
        .preprocess(
          (raw, context) => (typeof raw === 'string' ? parseTrafficText(raw, context) : raw),
          z
            .array(TrafficShare, {
              error: 'Give the spread as text (logs/=60, img/=40) or a list of { prefix, share }.',
            })
            .max(10_000, 'List at most 10,000 prefixes.')
            .superRefine((shares, context) => {
              // A prefix named twice would be counted as two prefixes (two rows, two partitions);
              // refuse it rather than guess whether the shares were meant to add up.
              const seen = new Map<string, number>();
              for (const [index, { prefix, share }] of shares.entries()) {
                const first = seen.get(prefix);
                if (first === undefined) {
                  seen.set(prefix, share);
                  continue;
                }
                context.addIssue({
                  code: 'custom',
                  path: [index, 'prefix'],
                  message: `"${prefix}" appears twice in the spread (shares ${first} and ${share}); name each prefix once, with its whole share (e.g. ${prefix}=${first + share}).`,
                  params: { code: 'traffic_duplicate_prefix' },
                });
              }
            }),
        )
        .optional(),
    },
    { error: s3InputError(['getRate', 'putRate', 'prefixCount', 'traffic']) },
  )
  .strict();
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
}

export interface S3PrefixProblem {
  readonly code: string;
  readonly message: string;
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
  /** True: S3 documents these rates as "at least", so every count here is a lower bound on capacity. */
  readonly lowerBound: true;
  readonly guidance: ReadonlyArray<{ readonly code: string; readonly message: string }>;
  readonly problems: readonly S3PrefixProblem[];
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
    const problems: S3PrefixProblem[] = [];
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
        message: `${input.prefixCount} evenly used prefixes sustain at least ${grouped(sustained.getRate)} GET/s and ${grouped(sustained.putRate)} PUT/s, less than the ${grouped(getRate)} GET/s and ${grouped(putRate)} PUT/s asked for; plan at least ${prefixes} prefixes (S3 would answer the excess with 503 Slow Down).`,
      });
    }

    const traffic = trafficRows(input.traffic ?? [], getRate, putRate, trace);
    const prefixesForTraffic =
      traffic.length === 0
        ? prefixes
        : trace.step({
            id: 'prefixes_for_traffic',
            formula:
              'max(even-spread prefixes, Σ over hot prefixes of max(⌈GET/s ÷ 5,500⌉, ⌈PUT/s ÷ 3,500⌉) + max(⌈Σ other GET/s ÷ 5,500⌉, ⌈Σ other PUT/s ÷ 3,500⌉)) — a hot prefix needs partitions of its own; lightly used prefixes can share one',
            inputs: {
              prefixes,
              hotPrefixes: traffic.filter((row) => row.overLimit).length,
              otherPrefixes: traffic.filter((row) => !row.overLimit).length,
            },
            value: Math.max(prefixes, partitionsForSpread(input.traffic ?? [], traffic, getRate, putRate)),
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
 * Partitions a spread needs at least: a prefix over one partition's rates needs that many partitions
 * under it; prefixes within one partition's rates can share partitions, so they are counted together
 * (their exact share of the rates, not the rounded per-row figures).
 */
function partitionsForSpread(
  shares: ReadonlyArray<{ prefix: string; share: number }>,
  rows: readonly S3PrefixTraffic[],
  getRate: number,
  putRate: number,
): number {
  const hot = rows.filter((row) => row.overLimit).reduce((sum, row) => sum + row.partitionsNeeded, 0);
  const total = shares.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightShare = shares
    .filter((_, index) => !rows[index]?.overLimit)
    .reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightFraction = total.isZero() ? new Decimal(0) : lightShare.dividedBy(total);
  return (
    hot +
    Math.max(
      lightFraction.times(getRate).dividedBy(S3_READ_RATE_PER_PREFIX.value).ceil().toNumber(),
      lightFraction.times(putRate).dividedBy(S3_WRITE_RATE_PER_PREFIX.value).ceil().toNumber(),
    )
  );
}

function trafficRows(
  shares: ReadonlyArray<{ prefix: string; share: number }>,
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
