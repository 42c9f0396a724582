import { z } from 'zod';
import { parseByteSize } from '../units/byteSize.ts';
import { EBS_VOLUME_TYPES } from './ebsLimits.ts';

const NUMBER_TEXT = /^\s*[+-]?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i;
const GIB = 1024 ** 3;

/**
 * Faces pass text from flags and fields: a numeric string (sign and exponent allowed, so "-1" and
 * "1e9" reach the range checks and get their messages) becomes a number, anything else stays as is.
 * A number too large for a double ("1e400") becomes the largest safe integer, so it fails the maximum
 * ("beyond any EBS limit") instead of reading as "not a number".
 */
function numeric(value: unknown): unknown {
  if (typeof value === 'string' && NUMBER_TEXT.test(value)) {
    const number = Number(value);
    return Number.isFinite(number) ? number : Math.sign(number) * Number.MAX_SAFE_INTEGER;
  }
  return value;
}

/** A whole, positive number (IOPS, MiB/s, counts), given as a number or numeric text. */
export function wholeNumber(what: string, example: string) {
  return z.preprocess(
    numeric,
    z
      .number({ error: `${what} must be a number, e.g. ${example}.` })
      // The range checks come first and stop the rest: 1e300 is beyond the limit, and saying it is
      // also "not a whole number" (it is beyond exact integers) would mislead.
      .max(1e9, { error: `${what} is beyond any EBS limit; e.g. ${example}.`, abort: true })
      .positive({ error: `${what} must be greater than 0, e.g. ${example}.`, abort: true })
      .int(`${what} must be a whole number, e.g. ${example}.`),
  );
}

/** A positive number that may have decimals (an I/O size, an instance limit in MiB/s). */
export function positiveNumber(what: string, example: string) {
  return z.preprocess(
    numeric,
    z
      .number({ error: `${what} must be a number, e.g. ${example}.` })
      .max(1e12, { error: `${what} is beyond any EBS limit; e.g. ${example}.`, abort: true })
      .positive(`${what} must be greater than 0, e.g. ${example}.`),
  );
}

export const ebsVolumeTypeSchema = z.enum(EBS_VOLUME_TYPES, {
  error: `Choose a volume type: ${EBS_VOLUME_TYPES.join(', ')}.`,
});

/**
 * A volume size in GiB: a number (GiB) or a size with a unit ("500 GiB", "2 TiB"; GB/TB are read as
 * GiB/TiB, as EBS does). AWS sizes volumes in whole GiB.
 */
export const ebsSizeSchema = z.preprocess(
  (value, context) => {
    if (typeof value !== 'string' || NUMBER_TEXT.test(value)) return numeric(value);
    const parsed = parseByteSize(value, 'binary');
    if (!parsed.ok) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a volume size; give GiB (500) or a size with a unit (500 GiB, 2 TiB).`,
        params: { code: 'size_invalid' },
      });
      return z.NEVER;
    }
    return parsed.bytes / GIB;
  },
  z
    .number({ error: 'Give the volume size in GiB, e.g. 100 or 2 TiB.' })
    // Range first, and only then "whole GiB": 1e30 is beyond the limit, not a fractional size.
    .max(1e7, {
      error: 'The volume size is beyond any EBS limit (64 TiB = 65,536 GiB at most).',
      abort: true,
    })
    .positive({ error: 'The volume size must be at least 1 GiB.', abort: true })
    .int('EBS volume sizes are whole GiB, e.g. 100.'),
);

/** The instance the volume is attached to: a bundled type, or its EBS maximum IOPS/throughput typed in. */
export const ebsInstanceSchema = z
  .object(
    {
      name: z
        .string({ error: 'The instance is a type name from the bundled table, e.g. m6i.large.' })
        .optional(),
      maxIops: wholeNumber('The instance EBS maximum IOPS', '40000').optional(),
      maxThroughputMiBps: positiveNumber('The instance EBS maximum throughput (MiB/s)', '1192').optional(),
    },
    {
      error:
        'The instance is { name } (a bundled type, e.g. m6i.large) or { maxIops, maxThroughputMiBps } typed in.',
    },
  )
  .optional();

export type EbsInstanceInput = z.input<typeof ebsInstanceSchema>;

/** An I/O size in KiB: a number (KiB) or a size with a unit ("16 KiB", "1 MiB", "256K"). */
export const ebsIoSizeSchema = z.preprocess(
  (value, context) => {
    if (typeof value !== 'string' || NUMBER_TEXT.test(value)) return numeric(value);
    const parsed = parseByteSize(value, 'binary');
    if (!parsed.ok) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not an I/O size; give KiB (16) or a size with a unit (16 KiB, 1 MiB).`,
        params: { code: 'io_size_invalid' },
      });
      return z.NEVER;
    }
    return parsed.bytes / 1024;
  },
  z
    .number({ error: 'The I/O size is a number of KiB, e.g. 16.' })
    .positive('The I/O size must be more than 0 KiB, e.g. 16.')
    .max(1024 * 1024, 'An I/O size above 1 GiB is beyond any EBS I/O.'),
);

/** The message for a whole input that is not an object (instead of zod's bare "Invalid input"). */
export function ebsInputError(example: string) {
  return `Give the input as an object, e.g. ${example}.`;
}

/** "true"/"false" text from faces, or a boolean, with a message saying so. */
export function ebsFlagSchema(what: string) {
  return z
    .preprocess(
      (value) => (value === 'true' ? true : value === 'false' ? false : value),
      z.boolean({ error: `${what} is true or false.` }),
    )
    .default(false);
}
