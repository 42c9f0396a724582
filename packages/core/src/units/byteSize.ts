import { excerpt } from '../input/excerpt.ts';
import { parseNumberText } from '../input/numberText.ts';
import type { Parsed } from '../input/parsed.ts';
import { Decimal } from '../money/decimal.ts';

/**
 * How to read a unit without an "i": `binary` reads KB as 1,024 bytes (DynamoDB's and EBS's
 * convention), `decimal` reads KB as 1,000 bytes (SI; S3's "5 GB" and "50 TB" limits on the S3
 * pages are read this way only where AWS says so). KiB, MiB, … are always binary.
 */
export type ByteConvention = 'binary' | 'decimal';

/** A byte size parsed: `value` is the number of bytes. */
export type ByteSizeParse = Parsed<number>;

const POWERS: Record<string, number> = { '': 0, K: 1, M: 2, G: 3, T: 4, P: 5 };

/** Unit symbols (lower case) → power prefix and whether the symbol itself says binary (KiB). */
const UNITS: Readonly<Record<string, { prefix: string; binary: boolean }>> = Object.assign(
  Object.create(null) as Record<string, { prefix: string; binary: boolean }>,
  {
    '': { prefix: '', binary: false },
    b: { prefix: '', binary: false },
    byte: { prefix: '', binary: false },
    bytes: { prefix: '', binary: false },
  },
  ...['k', 'm', 'g', 't', 'p'].map((letter) => ({
    [letter]: { prefix: letter.toUpperCase(), binary: false },
    [`${letter}b`]: { prefix: letter.toUpperCase(), binary: false },
    [`${letter}ib`]: { prefix: letter.toUpperCase(), binary: true },
  })),
);

function tooLarge(text: string): ByteSizeParse {
  return {
    ok: false,
    code: 'byte_size_too_large',
    message: `"${excerpt(text)}" is more than 2^53 − 1 bytes (about 8 PiB), the most awscalc calculates with exactly; no single AWS object or volume is that large.`,
  };
}

/** What the unit symbols mean under a convention, for help text and messages. */
export function describeConvention(convention: ByteConvention): string {
  return convention === 'binary'
    ? 'KB/MB/GB/TB are read as 1,024-based (same as KiB/MiB/GiB/TiB)'
    : 'KB/MB/GB/TB are read as 1,000-based (SI); KiB/MiB/GiB/TiB are 1,024-based';
}

/**
 * Parses a byte size: a plain number of bytes (`4096`), or a number and a unit (`2.5 KB`, `400KiB`,
 * `5 TiB`, `1.5GB`, `12 bytes`). The result must be a whole number of bytes; `rounding: 'ceil'`
 * rounds a fractional result up instead of refusing it.
 *
 * @example
 * parseByteSize('2.5 KB', 'binary') //=> { ok: true, bytes: 2560 }
 * parseByteSize('1.5GB', 'decimal') //=> { ok: true, bytes: 1500000000 }
 */
export function parseByteSize(
  input: string | number,
  convention: ByteConvention,
  rounding: 'exact' | 'ceil' = 'exact',
): ByteSizeParse {
  const text = typeof input === 'number' ? String(input) : input.trim();
  const fail = (code: string, message: string): ByteSizeParse => ({ ok: false, code, message });
  if (typeof input === 'number' && !Number.isFinite(input)) {
    return fail(
      'byte_size_not_finite',
      `${input} is not a size; give a number of bytes or a size like 2.5 KB.`,
    );
  }
  const invalid = () =>
    fail(
      'byte_size_invalid',
      `"${excerpt(text)}" is not a byte size; write a number of bytes (4096) or a number and unit (2.5 KB, 400 KiB, 5 TiB, 1.5 GB). ${describeConvention(convention)}.`,
    );
  // The unit is the trailing letters; the amount before it is read by the one number grammar, so
  // `12,000 bytes` and `1.5e3 KB` work here as in every number field. Linear in the text.
  let unitStart = text.length;
  while (unitStart > 0 && /[a-z]/i.test(text[unitStart - 1]!)) unitStart -= 1;
  const unit = UNITS[text.slice(unitStart).toLowerCase()];
  // "1e3" ends in a digit, so an exponent is never taken for a unit; "2e" is no unit and no number.
  if (unit === undefined) return invalid();
  const number = parseNumberText(text.slice(0, unitStart));
  if (!number.ok) {
    if (number.code === 'number_too_large') return tooLarge(text);
    return number.code === 'number_empty' && unitStart === 0
      ? fail(
          'byte_size_invalid',
          `No size was given; write a number of bytes (4096) or a number and unit (2.5 KB).`,
        )
      : invalid();
  }
  if (number.value < 0)
    return fail(
      'byte_size_negative',
      `"${excerpt(text)}" is negative; a size is 0 bytes or more, like 4096 or 2.5 KB.`,
    );
  const prefix = unit.prefix;
  const base = unit.binary || convention === 'binary' ? 1024 : 1000;
  const amount = new Decimal(number.plain);
  const exact = amount.times(new Decimal(base).pow(POWERS[prefix] ?? 0));
  const bytes = rounding === 'ceil' ? exact.ceil() : exact;
  if (!bytes.isInteger()) {
    return fail(
      'byte_size_fractional',
      `"${excerpt(text)}" is ${exact.toString()} bytes, not a whole number; give a size that is a whole number of bytes (e.g. ${exact.ceil().toString()}).`,
    );
  }
  if (bytes.greaterThan(Number.MAX_SAFE_INTEGER)) return tooLarge(text);
  return { ok: true, value: bytes.toNumber() };
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
const DECIMAL_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * Formats bytes in the largest unit that keeps the number ≥ 1, with at most `digits` decimals.
 * Binary uses IEC symbols (KiB) so the output is never ambiguous.
 *
 * @example
 * formatByteSize(2560, 'binary') //=> '2.5 KiB'
 */
export function formatByteSize(bytes: number, convention: ByteConvention, digits = 2): string {
  const base = convention === 'binary' ? 1024 : 1000;
  const units = convention === 'binary' ? BINARY_UNITS : DECIMAL_UNITS;
  let power = 0;
  while (power < units.length - 1 && Math.abs(bytes) >= base ** (power + 1)) power += 1;
  const amount = new Decimal(bytes).dividedBy(new Decimal(base).pow(power)).toDecimalPlaces(digits);
  return `${amount.toString()} ${units[power]}`;
}
