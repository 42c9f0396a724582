import { Decimal } from '../money/decimal.ts';

export type RateParse =
  | { readonly ok: true; readonly perSecond: number }
  | { readonly ok: false; readonly code: string; readonly message: string };

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
  const text = String(input).trim().toLowerCase().replace(/\s+/g, '');
  const match =
    /^(\d+(?:\.\d+)?(?:e\d+)?)([km]?)(?:\/(s|sec|second|m|min|minute|h|hr|hour|d|day|month))?$/.exec(text);
  if (!match) {
    return {
      ok: false,
      code: 'rate_invalid',
      message: `"${String(input)}" is not a rate; write requests per second (100) or with a period (6000/min, 1.2M/day).`,
    };
  }
  const [, amount = '0', multiplier = '', period = 's'] = match;
  if (new Decimal(amount).greaterThan(1e15)) {
    return {
      ok: false,
      code: 'rate_too_large',
      message: `"${String(input)}" is beyond any AWS request rate; give at most 10^15 per period.`,
    };
  }
  const scale = multiplier === 'k' ? 1e3 : multiplier === 'm' ? 1e6 : 1;
  return {
    ok: true,
    perSecond: new Decimal(amount)
      .times(scale)
      .dividedBy(PER[period] ?? 1)
      .toNumber(),
  };
}
