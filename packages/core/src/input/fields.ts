import { z } from 'zod';
import { Decimal } from '../money/decimal.ts';
import { type MonthHours } from '../money/month.ts';
import { PriceOverride } from '../money/priceBook.ts';
import { type ByteConvention, parseByteSize } from '../units/byteSize.ts';
import { parseDuration } from '../units/duration.ts';
import { parseRate } from '../units/rate.ts';
import { excerpt } from './excerpt.ts';
import { type FieldMeta, field } from './fieldMeta.ts';
import { formatNumber } from './formatNumber.ts';
import { parseNumberText } from './numberText.ts';

/**
 * The shared field schemas: every calculator builds its input from these, so `12,000` is a number,
 * a size names its convention, and a message names the field by its label, the same in every domain.
 * Each one refuses text longer than `MAX_FIELD_TEXT` before parsing it, with its own message.
 */

/** The longest text one scalar field reads (a number, a size, a rate, a name). */
export const MAX_FIELD_TEXT = 1_000;

type Context = z.RefinementCtx<unknown>;

/** Adds an issue with a stable code and returns zod's "no value" marker. */
export function refuse(context: Context, code: string, message: string): never {
  context.addIssue({ code: 'custom', message, params: { code } });
  return z.NEVER as never;
}

/** Refuses text over `max` characters (before any parsing, so a pasted blob costs nothing). */
export function tooLong(context: Context, meta: FieldMeta, text: string, max = MAX_FIELD_TEXT): boolean {
  if (text.length <= max) return false;
  refuse(
    context,
    'text_too_long',
    `${meta.label} is ${text.length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are read. Give a value like ${meta.example}.`,
  );
  return true;
}

const kindError = (meta: FieldMeta, what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `${meta.label} is required; give ${what}, e.g. ${meta.example}.`
    : `${meta.label} must be ${what}, e.g. ${meta.example}.`;

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

export interface NumberOptions {
  /** Smallest allowed value (inclusive unless `above` is set). */
  readonly min?: number;
  /** Values must be strictly greater than this. */
  readonly above?: number;
  /** Largest allowed value; every number field has one so nothing reaches Infinity. */
  readonly max: number;
  readonly integer?: boolean;
  /** Accept `10k`, `2.5M`, `1B` (×1,000, ×10^6, ×10^9, ×10^12), as for counts of requests or objects. */
  readonly suffixes?: boolean;
}

/** A number given as a number or as text (`12,000`, `1.5e3`, and with `suffixes` `2.5M`). */
export function numberField(meta: FieldMeta, options: NumberOptions) {
  const schema = z
    .union([z.number(), z.string()], { error: kindError(meta, 'a number') })
    .transform((raw, context): number => {
      let value: number;
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw))
          return refuse(
            context,
            'number_invalid',
            `${meta.label} must be a finite number, e.g. ${meta.example}.`,
          );
        value = raw;
      } else {
        if (tooLong(context, meta, raw)) return z.NEVER;
        const trimmed = raw.trim();
        const scale = options.suffixes ? SCALE[trimmed.at(-1)?.toLowerCase() ?? ''] : undefined;
        const parsed = parseNumberText(scale ? trimmed.slice(0, -1) : trimmed);
        if (!parsed.ok) {
          if (parsed.code === 'number_too_large') return tooLarge(context, meta, options);
          return refuse(
            context,
            'number_invalid',
            parsed.code === 'number_bad_grouping'
              ? `${meta.label}: "${excerpt(raw)}" has a misplaced thousands separator; write 12,000 or 12000.`
              : parsed.code === 'number_empty'
                ? `${meta.label} is empty; give a number, e.g. ${meta.example}.`
                : `${meta.label} must be a number, e.g. ${meta.example}; "${excerpt(raw)}" is not one.`,
          );
        }
        const exact = new Decimal(parsed.plain).times(scale ?? 1);
        if (exact.abs().greaterThan(Number.MAX_VALUE)) return tooLarge(context, meta, options);
        value = exact.toNumber();
      }
      // Range checks first: 1e300 is "too large", not also "not a whole number".
      if (value > options.max) return tooLarge(context, meta, options);
      if (options.above !== undefined && value <= options.above)
        return refuse(
          context,
          'number_too_small',
          `${meta.label} must be more than ${format(options.above)}${unitSuffix(meta)}, e.g. ${meta.example}.`,
        );
      if (options.min !== undefined && value < options.min)
        return refuse(
          context,
          'number_too_small',
          `${meta.label} must be at least ${format(options.min)}${unitSuffix(meta)}, e.g. ${meta.example}.`,
        );
      if (options.integer && !Number.isInteger(value))
        return refuse(
          context,
          'number_not_whole',
          `${meta.label} must be a whole number, e.g. ${meta.example}; ${typeof raw === 'string' ? excerpt(raw.trim()) : String(raw)} is not.`,
        );
      return value;
    });
  return field(schema, meta);
}

function tooLarge(context: Context, meta: FieldMeta, options: NumberOptions): never {
  return refuse(
    context,
    'number_too_large',
    `${meta.label} must be at most ${format(options.max)}${unitSuffix(meta)}, e.g. ${meta.example}.`,
  );
}

const unitSuffix = (meta: FieldMeta) => (meta.unit ? ` ${meta.unit}` : '');
const format = formatNumber;

/** A rate per second: a number, or text with a period (`6000/min`, `20k/s`, `1.2M/day`). */
export function rateField(meta: FieldMeta, options: { max: number }) {
  const schema = z
    .union([z.number(), z.string()], { error: kindError(meta, 'a rate per second') })
    .transform((raw, context): number => {
      if (typeof raw === 'string' && tooLong(context, meta, raw)) return z.NEVER;
      const parsed = parseRate(raw);
      if (!parsed.ok) {
        if (typeof raw === 'number' && raw < 0)
          return refuse(
            context,
            'rate_invalid',
            `${meta.label} cannot be negative; give 0 or more, e.g. ${meta.example}.`,
          );
        if (parsed.code !== 'rate_too_large')
          return refuse(context, parsed.code, `${meta.label}: ${parsed.message}`);
      }
      if (!parsed.ok || parsed.value > options.max)
        return refuse(
          context,
          'rate_too_large',
          `${meta.label} must be at most ${format(options.max)} per second, e.g. ${meta.example}.`,
        );
      return parsed.value;
    });
  return field(schema, meta);
}

export interface SizeOptions {
  readonly convention: ByteConvention;
  readonly rounding?: 'exact' | 'ceil';
  readonly allowZero?: boolean;
}

/** A byte size: a number of bytes, or text with a unit (`2.5 KB`, `5 TiB`) read under `convention`. */
export function sizeField(meta: FieldMeta, options: SizeOptions) {
  const schema = z
    .union([z.number(), z.string()], { error: kindError(meta, 'a size') })
    .transform((raw, context): number => {
      if (typeof raw === 'string' && tooLong(context, meta, raw)) return z.NEVER;
      const parsed = parseByteSize(raw, options.convention, options.rounding ?? 'exact');
      if (!parsed.ok) return refuse(context, parsed.code, `${meta.label}: ${parsed.message}`);
      if (parsed.value === 0 && !options.allowZero)
        return refuse(
          context,
          'byte_size_zero',
          `${meta.label} must be more than 0 bytes, e.g. ${meta.example}.`,
        );
      return parsed.value;
    });
  return field(schema, meta);
}

/** A duration in seconds: a number of seconds, or text with units (`10m`, `1h30m`, `2d`). */
export function durationField(meta: FieldMeta, options: { max: number; allowZero?: boolean }) {
  const schema = z
    .union([z.number(), z.string()], { error: kindError(meta, 'a duration') })
    .transform((raw, context): number => {
      if (typeof raw === 'string' && tooLong(context, meta, raw)) return z.NEVER;
      const parsed = parseDuration(raw);
      if (!parsed.ok) return refuse(context, parsed.code, `${meta.label}: ${parsed.message}`);
      if (parsed.value > options.max)
        return refuse(
          context,
          'duration_too_long',
          `${meta.label} must be at most ${format(options.max)} seconds, e.g. ${meta.example}.`,
        );
      if (parsed.value <= 0 && !options.allowZero)
        return refuse(
          context,
          'duration_zero',
          `${meta.label} must be longer than 0 seconds, e.g. ${meta.example}.`,
        );
      return parsed.value;
    });
  return field(schema, meta);
}

/** A short text (a name, a label), trimmed, at most `max` characters. */
export function textField(meta: FieldMeta, options: { max?: number; allowEmpty?: boolean } = {}) {
  const schema = z.string({ error: kindError(meta, 'text') }).transform((raw, context): string => {
    if (tooLong(context, meta, raw, options.max)) return z.NEVER;
    const text = raw.trim();
    if (text === '' && !options.allowEmpty)
      return refuse(context, 'text_empty', `${meta.label} is empty; e.g. ${meta.example}.`);
    return text;
  });
  return field(schema, meta);
}

/** One of a fixed set of values; case and `-`/`_` are forgiven when `loose` (`standard-ia` → `STANDARD_IA`). */
export function choiceField<const Values extends readonly [string, ...string[]]>(
  meta: FieldMeta,
  values: Values,
) {
  const schema = z
    .string({ error: kindError(meta, `one of ${values.join(', ')}`) })
    .transform((raw, context): Values[number] => {
      if (tooLong(context, meta, raw, 100)) return z.NEVER;
      const wanted = normalise(raw);
      const found = values.find((value) => normalise(value) === wanted);
      if (found === undefined)
        return refuse(
          context,
          'choice_invalid',
          `${meta.label} "${excerpt(raw.trim())}" is not one of ${values.join(', ')}.`,
        );
      return found;
    });
  return field(schema, meta);
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[-_\s]/g, '');

/**
 * A structured field (a list or an object) given as the value itself or as JSON text, the way a CLI
 * flag or a URL parameter carries it. Text over `max` characters is refused before it is parsed.
 */
export function jsonField<Schema extends z.ZodType>(
  meta: FieldMeta,
  schema: Schema,
  options: { max: number },
) {
  const parsed = z.preprocess((raw, context) => {
    if (typeof raw !== 'string') return raw;
    if (tooLong(context, meta, raw, options.max)) return z.NEVER;
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? excerpt(error.message) : 'unreadable';
      return refuse(
        context,
        'json_invalid',
        `${meta.label} is not valid JSON (${reason}); e.g. ${meta.example}.`,
      );
    }
  }, schema);
  return field(parsed, meta);
}

/** A yes/no field (a CLI switch, a web checkbox): `true`/`false` or the text `true`/`false`; default false. */
export function switchField(meta: Omit<FieldMeta, 'switch'>) {
  const full: FieldMeta = { ...meta, switch: true };
  const schema = z
    .union([z.boolean(), z.string()], { error: kindError(full, 'true or false') })
    .transform((raw, context): boolean => {
      if (typeof raw === 'boolean') return raw;
      if (tooLong(context, full, raw, 100)) return z.NEVER;
      const text = raw.trim().toLowerCase();
      if (text === 'true') return true;
      if (text === 'false') return false;
      return refuse(
        context,
        'switch_invalid',
        `${full.label} is true or false; "${excerpt(raw)}" is neither.`,
      );
    })
    .default(false);
  return field(schema, full);
}

/** The month a cost is stated for: 730 hours (AWS Pricing Calculator, the default) or 720 (30 days). */
export const monthHoursField = field(
  z
    .union([z.number(), z.string()], { error: 'Month must be 730 or 720 hours.' })
    .transform((raw, context): MonthHours => {
      const text = String(raw).trim();
      if (text === '730') return 730;
      if (text === '720') return 720;
      return refuse(
        context,
        'month_hours_invalid',
        `Month must be 730 hours (the AWS Pricing Calculator's month, 365 × 24 ÷ 12) or 720 hours (30 days); "${excerpt(text)}" is neither.`,
      );
    })
    .default(730),
  {
    label: 'Month',
    flag: 'month',
    param: 'month',
    unit: 'hours',
    description: 'Hours in a billing month: 730 (AWS Pricing Calculator, default) or 720 (30 days).',
    example: '730',
  },
);

/**
 * Price overrides, one name in every cost calculator (the example is a key of the calculator's own
 * service, so `--help` shows a key that exists there): a list of `{ key, usd }` or `KEY=USD` text
 * (as `--price KEY=USD` and the URL carry them). Unknown keys are refused by `applyPriceOverrides`.
 */
export function pricesField(example: string) {
  return field(
    z
      .array(
        z.preprocess((raw, context) => {
          if (typeof raw !== 'string') return raw;
          if (tooLong(context, { ...PRICES_META, example }, raw, 200)) return z.NEVER;
          const equals = raw.indexOf('=');
          if (equals <= 0)
            return refuse(
              context,
              'price_override_invalid',
              `Price override "${excerpt(raw)}" is not KEY=USD; e.g. ${example} (awscalc prices lists the keys).`,
            );
          return { key: raw.slice(0, equals).trim(), usd: raw.slice(equals + 1).trim() };
        }, PriceOverride),
        { error: 'Price overrides are a list of KEY=USD or { key, usd }.' },
      )
      .max(1_000, 'At most 1,000 price overrides are read.')
      .default([]),
    { ...PRICES_META, example },
  );
}
const PRICES_META = {
  label: 'Price override',
  flag: 'price',
  param: 'price',
  unit: 'USD',
  description: 'Replace a list price: KEY=USD (repeatable); `awscalc prices` lists the keys.',
  repeatable: true,
} as const;
