import { excerpt } from '../input/excerpt.ts';
import { parseDuration } from '../units/duration.ts';

/** One period of a workload: the rate demanded (IOPS for gp2, MiB/s for st1/sc1) for some seconds. */
export interface EbsDemandPeriod {
  readonly demand: number;
  readonly seconds: number;
}

/** The most periods a workload has; `repeat` multiplies them, up to `EBS_MAX_SIMULATED_ROWS`. */
export const EBS_MAX_PERIODS = 1_000;
/** The longest workload text read: 1,000 periods of about 30 characters each. Longer text is refused unread. */
export const EBS_MAX_DEMAND_TEXT = 30_000;
/** The longest one period may be (`1000000000:1000000000` is 21 characters). */
const MAX_PERIOD_TEXT = 60;
/** The largest demanded rate a simulation takes (IOPS or MiB/s): far beyond any EBS volume or instance. */
export const EBS_MAX_DEMAND = 1e9;
/** The longest period a simulation takes, in seconds (about 31 years). */
export const EBS_MAX_PERIOD_SECONDS = 1e9;

const NUMBER = /^\d+(\.\d+)?(e[+-]?\d+)?$/i;
const EXAMPLE = 'e.g. 2500:600,200:3600';

export type EbsDemandParse =
  | { readonly ok: true; readonly periods: EbsDemandPeriod[] }
  | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * Parses a workload written as `rate:duration` pairs separated by commas: `2500:600,200:3600` or
 * `2500:10m, 200:1h` (durations in seconds or with units s, m, h, d). Linear in the text: the
 * length and the number of periods are checked before any period is read, the text is split once,
 * and each period is at most 60 characters, so no piece costs more than a constant.
 *
 * @example
 * ebsParseDemand('2500:10m,200:1h') //=> { ok: true, periods: [{ demand: 2500, seconds: 600 }, { demand: 200, seconds: 3600 }] }
 */
export function ebsParseDemand(text: string): EbsDemandParse {
  const fail = (message: string, code = 'demand_invalid'): EbsDemandParse => ({ ok: false, code, message });
  if (text.length > EBS_MAX_DEMAND_TEXT)
    return fail(
      `Demand is ${text.length.toLocaleString('en-US')} characters long; at most ${EBS_MAX_DEMAND_TEXT.toLocaleString('en-US')} are read. Describe it as rate:duration pairs, ${EXAMPLE}, and use Repeat for a cycle.`,
      'text_too_long',
    );
  const parts = text.split(',');
  if (parts.length > EBS_MAX_PERIODS)
    return fail(
      `Demand has ${parts.length.toLocaleString('en-US')} periods; at most ${EBS_MAX_PERIODS.toLocaleString('en-US')} are simulated. Merge periods of the same rate, or describe one cycle and use Repeat.`,
      'too_many_periods',
    );
  if (parts.every((part) => part.trim() === ''))
    return fail(`Describe the workload as rate:duration pairs, ${EXAMPLE}.`);
  const periods: EbsDemandPeriod[] = [];
  for (const [index, raw] of parts.entries()) {
    const parsed = parsePeriod(raw.trim(), index + 1, text);
    if (!parsed.ok) return fail(parsed.message);
    periods.push(parsed.period);
  }
  return { ok: true, periods };
}

function parsePeriod(
  part: string,
  number: number,
  text: string,
): { ok: true; period: EbsDemandPeriod } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  // Strict: a stray comma (trailing, leading or doubled) is an error, not silently dropped.
  if (part === '')
    return fail(
      `Period ${number} is empty (a stray comma in "${excerpt(text.trim())}"); separate rate:duration pairs with single commas and none at the ends, ${EXAMPLE}.`,
    );
  const quoted = `Period ${number} "${excerpt(part)}"`;
  if (part.length > MAX_PERIOD_TEXT)
    return fail(
      `${quoted} is longer than ${MAX_PERIOD_TEXT} characters; a period is rate:duration, e.g. 2500:600 or 2500:10m.`,
    );
  const colon = part.indexOf(':');
  if (colon < 0)
    return fail(`${quoted} is not rate:duration; write e.g. 2500:600 (2,500 for 600 s) or 2500:10m.`);
  const rateText = part.slice(0, colon).trim();
  const durationText = part.slice(colon + 1).trim();
  if (!NUMBER.test(rateText))
    return fail(
      `${quoted}: the rate "${rateText}" must be a number of 0 or more (IOPS for gp2, MiB/s for st1/sc1), e.g. 2500:600.`,
    );
  const demand = Number(rateText);
  if (!(demand <= EBS_MAX_DEMAND))
    return fail(
      `${quoted}: the rate "${rateText}" is beyond any EBS volume; give at most 1e9 (IOPS for gp2, MiB/s for st1/sc1), e.g. 2500:600.`,
    );
  const duration = parseDuration(durationText);
  const plainSeconds = NUMBER.test(durationText) ? Number(durationText) : Number.NaN;
  if ((duration.ok && duration.value > EBS_MAX_PERIOD_SECONDS) || plainSeconds > EBS_MAX_PERIOD_SECONDS)
    return fail(
      `${quoted}: the duration "${durationText}" is longer than a useful simulation; give at most 1e9 seconds (31 years), e.g. 2500:600.`,
    );
  if (!duration.ok || !(duration.value > 0))
    return fail(
      `${quoted}: the duration "${durationText}" must be more than 0, in seconds or with a unit (600, 10m, 1h, 1d), e.g. 2500:600.`,
    );
  return { ok: true, period: { demand, seconds: duration.value } };
}
