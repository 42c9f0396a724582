import { ebsPrices, formatDuration } from '@awscalc/core';

export const num = (value: number, digits = 2) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits });

export const seconds = (value: number | null) =>
  value === null ? '—' : `${num(value, 1)} s (${formatDuration(value)})`;

/** `volume` or `instance`, for "limited by the …" (an array's own side is the array). */
export const side = (limitedBy: 'volume' | 'instance', own: 'volume' | 'array') =>
  limitedBy === 'volume' ? own : 'instance';

/** The price keys `--price KEY=USD` takes, from the price book itself, for the cost commands' help. */
export const PRICE_KEYS_HELP = `Price keys (${ebsPrices.region} list prices): ${ebsPrices.prices.map((price) => price.key).join(', ')}.`;
