import { z } from 'zod';
import { didYouMean } from '../input/didYouMean.ts';
import { excerpt } from '../input/excerpt.ts';
import type { Issue } from '../result.ts';
import { factProblem } from '../rules/fact.ts';
import { Decimal } from './decimal.ts';

/**
 * One list price: what is charged, per what unit, where, and the AWS pricing page it came from.
 * `usd` is a decimal string so a price like 0.000000125 survives exactly.
 */
export interface Price {
  /** Stable key a calculator looks the price up by, e.g. `dynamodb.ondemand.write_request_units`. */
  readonly key: string;
  readonly service: string;
  readonly region: string;
  readonly description: string;
  /** The unit the price is per, e.g. `million write request units`, `GB-month`. */
  readonly unit: string;
  readonly usd: string;
  readonly source: string;
  readonly asOf: string;
}

/** A set of prices for one region. Bundled books are us-east-1; users override any entry. */
export interface PriceBook {
  readonly region: string;
  readonly currency: 'USD';
  readonly prices: readonly Price[];
}

/** A user's replacement for one price (e.g. a negotiated rate or another region's list price). */
export const PriceOverride = z.object(
  {
    key: z
      .string({ error: 'Price override: name the price by its key (awscalc prices lists them).' })
      .min(1, 'Price override: name the price by its key (awscalc prices lists them).'),
    usd: z
      .union([z.string(), z.number()], { error: 'Give the price in US dollars, like 0.125.' })
      .transform((value) => String(value))
      .refine((value) => /^\d+(\.\d+)?$/.test(value), {
        error: (issue) =>
          `Price override: "${excerpt(String(issue.input))}" is not a price; give a non-negative decimal number of US dollars, like 0.125.`,
        params: { code: 'price_usd_invalid' },
      }),
    source: z.string().optional(),
  },
  {
    error:
      'A price override is KEY=USD text or an object { key, usd }, e.g. { "key": "ebs.gp3.storage", "usd": "0.088" }.',
  },
);
export type PriceOverride = z.input<typeof PriceOverride>;

/** Declares a price book; throws (programmer error) if any price lacks a source, date or valid amount. */
export function definePriceBook(region: string, prices: readonly Omit<Price, 'region'>[]): PriceBook {
  const full = prices.map((price) => ({ ...price, region }));
  for (const price of full) {
    const problem = factProblem({ source: price.source, asOf: price.asOf, unit: price.unit });
    if (problem) throw new Error(`Price ${price.key}: ${problem}`);
    if (!/^\d+(\.\d+)?$/.test(price.usd))
      throw new Error(`Price ${price.key}: usd must be a decimal string, got ${price.usd}`);
  }
  return { region, currency: 'USD', prices: full };
}

function unknownKeyMessage(book: PriceBook, key: string): string {
  const known = book.prices.map((price) => price.key);
  const suggestion = didYouMean(key, known);
  return `Price override: no ${book.prices[0]?.service ?? ''} price "${excerpt(key)}" in the ${book.region} price book${suggestion ? `; did you mean ${suggestion}` : ''}. Its keys: ${known.join(', ')}.`;
}

/**
 * Applies user overrides. An unknown key is an issue (code `price_unknown_key`, path to that
 * override's key under `field`), not ignored, so a typo cannot silently leave the list price in place.
 */
export function applyPriceOverrides(
  book: PriceBook,
  overrides: ReadonlyArray<z.output<typeof PriceOverride>>,
  field = 'prices',
): { ok: true; book: PriceBook } | { ok: false; issues: Issue[] } {
  const known = book.prices.map((price) => price.key);
  const issues = overrides.flatMap((override, position) =>
    known.includes(override.key)
      ? []
      : [
          {
            code: 'price_unknown_key',
            path: [field, position, 'key'],
            message: unknownKeyMessage(book, override.key),
          },
        ],
  );
  if (issues.length > 0) return { ok: false, issues };
  const byKey = new Map(overrides.map((override) => [override.key, override]));
  return {
    ok: true,
    book: {
      ...book,
      prices: book.prices.map((price) => {
        const override = byKey.get(price.key);
        return override
          ? { ...price, usd: override.usd, source: override.source ?? 'user override', asOf: 'user override' }
          : price;
      }),
    },
  };
}

/** Looks a price up by key; a missing key is a programmer error (books and calculators ship together). */
export function priceFor(book: PriceBook, key: string): Price {
  const price = book.prices.find((candidate) => candidate.key === key);
  if (!price) throw new Error(`Price book ${book.region} has no price "${key}".`);
  return price;
}

/** One line of a bill: quantity × unit price, with the price's provenance. All amounts are decimal strings. */
export interface CostLine {
  readonly description: string;
  readonly priceKey: string;
  readonly quantity: string;
  readonly unit: string;
  readonly unitPriceUsd: string;
  readonly costUsd: string;
  readonly source: string;
  readonly asOf: string;
}

/** Prices a quantity (in the price's unit). Money stays in Decimal; rounding to cents is a face's job. */
export function costLine(price: Price, quantity: Decimal.Value, description = price.description): CostLine {
  const amount = new Decimal(quantity);
  return {
    description,
    priceKey: price.key,
    quantity: amount.toString(),
    unit: price.unit,
    unitPriceUsd: price.usd,
    costUsd: amount.times(price.usd).toString(),
    source: price.source,
    asOf: price.asOf,
  };
}

/** Sums cost lines exactly. */
export function totalUsd(lines: readonly CostLine[]): string {
  return lines.reduce((sum, line) => sum.plus(line.costUsd), new Decimal(0)).toString();
}

/** Formats a USD decimal string for people: `$1,234.57` (half-up to cents; sub-cent amounts keep 4 decimals). */
export function formatUsd(usd: Decimal.Value): string {
  const amount = new Decimal(usd);
  const places = amount.abs().lessThan(0.01) && !amount.isZero() ? 4 : 2;
  const fixed = amount.toFixed(places, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction] = fixed.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount.isNegative() ? '-' : ''}$${grouped}${fraction ? `.${fraction}` : ''}`;
}
