import { excerpt } from '../input/excerpt.ts';
import type { Parsed } from '../input/parsed.ts';
import { Decimal } from '../money/decimal.ts';

/** A duration parsed: `value` is in seconds. */
export type DurationParse = Parsed<number>;

const SECONDS: Readonly<Record<string, number>> = Object.assign(
  Object.create(null) as Record<string, number>,
  {
    s: 1,
    sec: 1,
    m: 60,
    min: 60,
    h: 3600,
    hr: 3600,
    d: 86_400,
    day: 86_400,
  },
);

/**
 * Parses a duration into seconds: a plain number of seconds (`600`), or one or more amounts with
 * units s, m/min, h, d (`10m`, `1h30m`, `90 s`, `2d`).
 *
 * @example
 * parseDuration('1h30m') //=> { ok: true, seconds: 5400 }
 */
export function parseDuration(input: string | number): DurationParse {
  const text = String(input).trim().toLowerCase();
  const fail: DurationParse = {
    ok: false,
    code: 'duration_invalid',
    message: `"${excerpt(String(input))}" is not a duration; write seconds (600) or amounts with units s, m, h, d (10m, 1h30m).`,
  };
  if (text === '') return fail;
  // One left-to-right pass over amount-unit pairs: linear in the text, however many pairs it has.
  let seconds = new Decimal(0);
  let index = 0;
  let pairs = 0;
  while (index < text.length) {
    while (text[index] === ' ') index += 1;
    const amountStart = index;
    while (index < text.length && ((text[index]! >= '0' && text[index]! <= '9') || text[index] === '.'))
      index += 1;
    const amount = text.slice(amountStart, index);
    if (!/^\d+(\.\d+)?$/.test(amount)) return fail;
    while (text[index] === ' ') index += 1;
    const unitStart = index;
    while (index < text.length && text[index]! >= 'a' && text[index]! <= 'z') index += 1;
    const unit = text.slice(unitStart, index);
    if (unit === '' && pairs === 0 && index === text.length) return { ok: true, value: Number(amount) };
    const scale = SECONDS[unit];
    if (scale === undefined) return fail;
    seconds = seconds.plus(new Decimal(amount).times(scale));
    pairs += 1;
  }
  return { ok: true, value: seconds.toNumber() };
}

/** Formats seconds as a short human duration, e.g. 5400 → "1 h 30 min", 45 → "45 s". */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${new Decimal(totalSeconds).toDecimalPlaces(1).toString()} s`;
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.round(totalSeconds % 60);
  const parts = [
    days && `${days} d`,
    hours && `${hours} h`,
    minutes && `${minutes} min`,
    seconds && `${seconds} s`,
  ];
  return parts.filter(Boolean).join(' ');
}
