import { excerpt } from '../input/excerpt.ts';
import { parseNumberText } from '../input/numberText.ts';
import type { Parsed } from '../input/parsed.ts';
import { Decimal } from '../money/decimal.ts';

/** A rate parsed: `value` is per second. */
export type RateParse = Parsed<number>;

const PER: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 60,
  min: 60,
  minute: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  d: 86_400,
  day: 86_400,
  month: 730 * 3600,
};

/**
 * Parses a request rate into per-second: a plain number is per second (`100`), or a number with a
 * period (`6000/min`, `1.2M/day`, `100/s`). "month" means 730 hours (the AWS Pricing Calculator's month).
 *
 * @example
 * parseRate('6000/min') //=> { ok: true, perSecond: 100 }
 */
export function parseRate(input: string | number): RateParse {
  const text = String(input).trim().toLowerCase();
  const invalid: RateParse = {
    ok: false,
    code: 'rate_invalid',
    message: `"${excerpt(String(input))}" is not a rate; write requests per second (100, 12,000) or with a period (6000/min, 1.2M/day).`,
  };
  // amount[k|m][/period]: split once at the slash, then read each side; linear in the text.
  const slash = text.indexOf('/');
  const amountText = (slash === -1 ? text : text.slice(0, slash)).trim();
  const period = slash === -1 ? 's' : text.slice(slash + 1).trim();
  if (!Object.hasOwn(PER, period)) return invalid;
  const suffix = amountText.at(-1);
  const multiplier = suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : 1;
  const number = parseNumberText(multiplier === 1 ? amountText : amountText.slice(0, -1));
  if (!number.ok) {
    if (number.code !== 'number_too_large') return invalid;
    return {
      ok: false,
      code: 'rate_too_large',
      message: `"${excerpt(String(input))}" is beyond any AWS request rate; give at most 10^15 per period.`,
    };
  }
  if (number.value < 0) return invalid;
  if (new Decimal(number.plain).greaterThan(1e15)) {
    return {
      ok: false,
      code: 'rate_too_large',
      message: `"${excerpt(String(input))}" is beyond any AWS request rate; give at most 10^15 per period.`,
    };
  }
  return {
    ok: true,
    value: new Decimal(number.plain)
      .times(multiplier)
      .dividedBy(PER[period] ?? 1)
      .toNumber(),
  };
}
