import { z } from 'zod';
import { Decimal } from '../money/decimal.ts';
import { PriceOverride } from '../money/priceBook.ts';
import { type ByteConvention, parseByteSize } from '../units/byteSize.ts';
import { parseRate } from '../units/rate.ts';
import { S3_STORAGE_CLASS_IDS } from './s3StorageClasses.ts';

/**
 * The default size convention of the S3 tools: KB/MB/GB/TB are 1,024-based, as on AWS's S3 pages
 * (their "5 GB", "128 KB" and the multipart limits table's GiB/TiB) and in S3's GB-month billing.
 * KiB/MiB/GiB/TiB mean the same; give a plain number for exact bytes.
 */
export const S3_SIZE_CONVENTION =
  'binary: 1 KB = 1 KiB = 1,024 bytes, 1 MB = 1 MiB, 1 GB = 1 GiB = 2^30 bytes, 1 TB = 1 TiB (as on AWS S3 pages and bills)';

/** The alternative: SI units, for sizes copied from tools that count in powers of 1,000. */
export const S3_DECIMAL_SIZE_CONVENTION =
  'decimal (SI): 1 KB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9, 1 TB = 10^12 bytes; KiB/MiB/GiB/TiB stay 1,024-based';

export const S3_SIZE_UNITS = ['binary', 'decimal'] as const;
export type S3SizeUnits = (typeof S3_SIZE_UNITS)[number];

/** How unit symbols without an "i" are read: `binary` (default, AWS's S3 usage) or `decimal` (SI). */
export const s3UnitsSchema = z
  .enum(S3_SIZE_UNITS, {
    error:
      'units is binary (1 GB = 2^30 bytes, as on AWS S3 pages and bills) or decimal (1 GB = 10^9 bytes).',
  })
  .default('binary');

export function s3SizeConvention(units: S3SizeUnits): string {
  return units === 'binary' ? S3_SIZE_CONVENTION : S3_DECIMAL_SIZE_CONVENTION;
}

/** A size as given, before the unit convention is applied: bytes, or text such as `5 TiB`. */
export const s3RawSizeSchema = z.union([z.number(), z.string()], {
  error: 'Give a size as a number of bytes or text like "5 TiB" or "6 GB".',
});

type IssueSink = { addIssue: z.RefinementCtx<unknown>['addIssue'] };

/** Parses one size field under `units`, reporting an issue at `path` (and returning undefined) when it cannot. */
export function s3ParseSize(
  raw: string | number,
  units: ByteConvention,
  context: IssueSink,
  path: string,
  options: { allowZero?: boolean; total?: boolean } = {},
): number | undefined {
  const parsed = parseByteSize(raw, units);
  if (!parsed.ok) {
    // parseByteSize's limit message speaks of one object or volume; a dataset total (a bucket, a
    // month's retrievals) has no AWS maximum, so the bound is awscalc's exact arithmetic.
    const message =
      options.total && parsed.code === 'byte_size_too_large'
        ? `"${String(raw).trim()}" is more than 2^53 − 1 bytes (about 8 PiB), the most awscalc adds up exactly; S3 sets no limit on the total size of a bucket, so price a larger dataset in parts (e.g. per bucket or per prefix) and add the results.`
        : parsed.message;
    context.addIssue({
      code: 'custom',
      path: [path],
      message,
      params: { code: parsed.code },
    });
    return undefined;
  }
  if (parsed.bytes === 0 && !options.allowZero) {
    context.addIssue({
      code: 'custom',
      path: [path],
      message: 'The size must be more than 0 bytes.',
      params: { code: 'byte_size_zero' },
    });
    return undefined;
  }
  return parsed.bytes;
}

const COUNT_SCALE: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12 };

/** A count (requests, objects): a number, or text like `2.5M`, `10k`, `1B` (k = 1,000, M = 10^6, B = 10^9). */
export const s3CountSchema = z
  .union([z.number(), z.string()], { error: 'Give a count as a number, e.g. 1000000 or 1M.' })
  .transform((raw, context): number => {
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 1e18) return raw;
    const text = String(raw).trim().replace(/[,_]/g, '').toLowerCase();
    const match = /^(\d+(?:\.\d+)?|\.\d+)(?:e(\d+))?\s*([kmbgt]?)$/.exec(text);
    if (!match || (typeof raw === 'number' && !Number.isFinite(raw))) {
      context.addIssue({
        code: 'custom',
        message: `"${String(raw)}" is not a count; write a non-negative number such as 1000000, 2.5M or 10k.`,
        params: { code: 'count_invalid' },
      });
      return z.NEVER;
    }
    const [, amount = '0', exponent = '0', scale = ''] = match;
    const value = new Decimal(amount)
      .times(new Decimal(10).pow(Number(exponent)))
      .times(COUNT_SCALE[scale] ?? 1);
    if (value.greaterThan(1e18)) {
      context.addIssue({
        code: 'custom',
        message: `${String(raw)} is more than 10^18, beyond any S3 workload awscalc prices.`,
        params: { code: 'count_too_large' },
      });
      return z.NEVER;
    }
    if (!value.isInteger()) {
      context.addIssue({
        code: 'custom',
        message: `${String(raw)} is ${value.toString()}, not a whole number; objects and requests are counted whole, e.g. ${value.ceil().toString()} or 2.5M.`,
        params: { code: 'count_not_whole' },
      });
      return z.NEVER;
    }
    return value.toNumber();
  });

/** A request rate, per second: a number, or text like `6000/min`, `20k/s`, `1.2M/h`. */
export const s3RateSchema = z
  .union([z.number(), z.string()], { error: 'Give a rate as requests per second, e.g. 5500 or 20k/s.' })
  .transform((raw, context): number => {
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 1e12) return raw;
    const parsed = parseRate(typeof raw === 'number' ? raw : raw.trim());
    if (!parsed.ok || (typeof raw === 'number' && (!Number.isFinite(raw) || raw < 0))) {
      context.addIssue({
        code: 'custom',
        message: parsed.ok
          ? `${String(raw)} is not a rate; give a non-negative number of requests per second.`
          : parsed.message,
        params: { code: 'rate_invalid' },
      });
      return z.NEVER;
    }
    if (parsed.perSecond > 1e12) {
      context.addIssue({
        code: 'custom',
        message: `${String(raw)} is more than 10^12 requests per second, beyond any S3 workload.`,
        params: { code: 'rate_too_large' },
      });
      return z.NEVER;
    }
    return parsed.perSecond;
  });

/** An S3 storage class by its API name; case and dashes are forgiven (`standard-ia` → `STANDARD_IA`). */
export const s3StorageClassSchema = z
  .string({ error: `Name a storage class: ${S3_STORAGE_CLASS_IDS.join(', ')}.` })
  .transform((raw) => raw.trim().toUpperCase().replace(/[-\s]/g, '_'))
  .pipe(
    z.enum(S3_STORAGE_CLASS_IDS, {
      error: (issue) =>
        `"${String(issue.input)}" is not an S3 storage class awscalc prices; use one of ${S3_STORAGE_CLASS_IDS.join(', ')}.`,
    }),
  );

/**
 * Lets a number field also take its decimal text (`"10"`, as typed in a form or on a command line);
 * anything else reaches `schema` unchanged, so its own message explains what is wrong.
 */
export function s3NumberText<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => {
    // Sign and exponent reach the range checks ("-1" → "cannot be negative"); an overflow such as
    // "1e400" becomes the largest safe integer, so it fails the maximum instead of "not a number".
    if (typeof raw !== 'string' || !/^\s*[+-]?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i.test(raw)) return raw;
    const value = Number(raw);
    return Number.isFinite(value) ? value : Math.sign(value) * Number.MAX_SAFE_INTEGER;
  }, schema);
}

/**
 * The message for a whole input that is not an object, or has fields the calculator does not know
 * (instead of zod's bare "Invalid input" / "Unrecognized key"), naming the fields it does take.
 */
export function s3InputError(fields: readonly string[]) {
  return (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field${(issue.keys ?? []).length === 1 ? '' : 's'} ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}; the fields are ${fields.join(', ')}.`
      : `Give the input as an object with the fields ${fields.join(', ')}.`;
}

/** A list of price overrides, with a message saying what one looks like. */
export const s3PriceOverridesSchema = z
  .array(PriceOverride, {
    error: 'Price overrides are a list of { key, usd }, e.g. [{ key: "s3.standard.put", usd: "0.005" }].',
  })
  .default([]);
