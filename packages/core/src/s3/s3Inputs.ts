import { z } from 'zod';
import { excerpt } from '../input/excerpt.ts';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { choiceField, sizeField, tooLong } from '../input/fields.ts';
import type { ByteConvention } from '../units/byteSize.ts';
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
export const s3UnitsField = choiceField(
  {
    label: 'Units',
    flag: 'units',
    param: 'units',
    description:
      'How KB/MB/GB/TB are read: binary (1 GB = 2^30 bytes, as on AWS S3 pages and bills; default) or decimal (SI, 1 GB = 10^9 bytes).',
    example: 'decimal',
  },
  S3_SIZE_UNITS,
).default('binary');

export function s3SizeConvention(units: S3SizeUnits): string {
  return units === 'binary' ? S3_SIZE_CONVENTION : S3_DECIMAL_SIZE_CONVENTION;
}

/** An S3 storage class by its API name; case and dashes are forgiven (`standard-ia` → `STANDARD_IA`). */
export function s3StorageClassField(meta: FieldMeta) {
  return choiceField(meta, S3_STORAGE_CLASS_IDS);
}

type IssueSink = { addIssue: z.RefinementCtx<unknown>['addIssue'] };

/**
 * A size whose reading of KB/MB/GB/TB depends on the `units` field of the same input, so it cannot
 * be parsed by its own schema: `schema` takes the text as given (with the field's metadata; over-long
 * text is refused there, before any parsing), the input object's refinement calls `parse` to report
 * what is wrong under the chosen units, and the calculator calls `read` for the bytes. Both read with
 * the shared `sizeField`. The input object stays a plain object schema (a refinement, not a
 * transform), so every face and the registry see its fields. `total` marks a dataset total (a bucket,
 * a month's retrievals), which has no AWS maximum: its "too large" message says the bound is awscalc's
 * exact arithmetic instead of an object limit.
 */
export function s3SizeField(meta: FieldMeta, options: { allowZero?: boolean; total?: boolean } = {}) {
  const readers: Record<ByteConvention, z.ZodType<number>> = {
    binary: sizeField(meta, { convention: 'binary', allowZero: options.allowZero === true }),
    decimal: sizeField(meta, { convention: 'decimal', allowZero: options.allowZero === true }),
  };
  const schema = field(
    z
      .union([z.number(), z.string()], {
        error: (issue) =>
          issue.input === undefined
            ? `${meta.label} is required; give a size, e.g. ${meta.example}.`
            : `${meta.label} must be a size: a number of bytes or text such as ${meta.example}.`,
      })
      .transform((raw, context) => (typeof raw === 'string' && tooLong(context, meta, raw) ? z.NEVER : raw)),
    meta,
  );
  /** The size in bytes, or undefined after adding an issue at `key`. */
  const parse = (
    raw: string | number,
    units: ByteConvention,
    context: IssueSink,
    key: string,
  ): number | undefined => {
    const parsed = readers[units].safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const code = (issue as { params?: { code?: string } }).params?.code;
      const message =
        options.total && code === 'byte_size_too_large'
          ? `${meta.label}: "${excerpt(String(raw).trim())}" is more than 2^53 − 1 bytes (about 8 PiB), the most awscalc adds up exactly; S3 sets no limit on the total size of a bucket, so price a larger dataset in parts (e.g. per bucket or per prefix) and add the results.`
          : issue.message;
      context.addIssue({ code: 'custom', path: [key, ...issue.path], message, params: { code } });
    }
    return undefined;
  };
  /** The size in bytes of a value `parse` accepted (the input was validated, so failure is a bug). */
  const read = (raw: string | number, units: ByteConvention): number => {
    const parsed = readers[units].safeParse(raw);
    if (!parsed.success) throw new Error(`${meta.label} was not validated: ${parsed.error.message}`);
    return parsed.data;
  };
  return { schema, parse, read };
}
