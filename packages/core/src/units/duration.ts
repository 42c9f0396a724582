import { Decimal } from '../money/decimal.ts';

export type DurationParse =
  | { readonly ok: true; readonly seconds: number }
  | { readonly ok: false; readonly code: string; readonly message: string };

const SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  m: 60,
  min: 60,
  h: 3600,
  hr: 3600,
  d: 86_400,
  day: 86_400,
};

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
    message: `"${String(input)}" is not a duration; write seconds (600) or amounts with units s, m, h, d (10m, 1h30m).`,
  };
  if (/^\d+(\.\d+)?$/.test(text)) return { ok: true, seconds: Number(text) };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(sec|min|hr|day|s|m|h|d)/g)];
  if (
    parts.length === 0 ||
    parts
      .map((part) => part[0])
      .join('')
      .replace(/\s/g, '') !== text.replace(/\s/g, '')
  )
    return fail;
  let seconds = new Decimal(0);
  for (const [, amount = '0', unit = 's'] of parts)
    seconds = seconds.plus(new Decimal(amount).times(SECONDS[unit] ?? 1));
  return { ok: true, seconds: seconds.toNumber() };
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
