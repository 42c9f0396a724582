import { z } from 'zod';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { field, type FieldMeta, metaOf } from '../input/fieldMeta.ts';
import { numberField, refuse } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { ebsBurstModel } from './ebsBurstModel.ts';
import { ebsResolveInstanceCap } from './ebsInstanceCap.ts';
import { EBS_MAX_DEMAND, EBS_MAX_PERIOD_SECONDS, EBS_MAX_PERIODS, ebsParseDemand } from './ebsDemand.ts';
import { EBS_SIZE_RANGE } from './ebsLimits.ts';
import { ebsInstanceField, ebsSizeField, ebsTypeField } from './ebsSchemas.ts';
import { EBS_BURSTABLE_TYPES } from './ebsVolumeTraits.ts';

export type { EbsDemandPeriod } from './ebsDemand.ts';
export { ebsParseDemand } from './ebsDemand.ts';

const MAX_ROWS = 20_000;

type EbsBurstableType = (typeof EBS_BURSTABLE_TYPES)[number];
const isBurstable = (type: string): type is EbsBurstableType =>
  (EBS_BURSTABLE_TYPES as readonly string[]).includes(type);

const periodSchema = z.strictObject({
  demand: z
    .number({ error: 'Each period needs a demanded rate (IOPS for gp2, MiB/s for st1/sc1), e.g. 2500.' })
    .min(0, 'A demanded rate cannot be negative.')
    .max(EBS_MAX_DEMAND, 'A demanded rate beyond 1e9 is beyond any EBS volume.'),
  seconds: z
    .number({ error: 'Each period needs a duration in seconds, e.g. 600.' })
    .positive('A period lasts more than 0 seconds.')
    .max(
      EBS_MAX_PERIOD_SECONDS,
      'A period longer than 1e9 seconds (31 years) is beyond a useful simulation.',
    ),
});

const WORKLOAD_META: FieldMeta = {
  label: 'Workload',
  flag: 'demand',
  param: 'demand',
  description:
    'Periods as RATE:DURATION, comma-separated (IOPS for gp2, MiB/s for st1/sc1); durations in seconds or with units s, m, h, d.',
  example: '2500:600,200:3600',
};

/** The workload: text like `2500:600,200:3600` (parsed by `ebsParseDemand`), or an array of `{ demand, seconds }`. */
const workloadField = field(
  z.preprocess(
    (value, context) => {
      if (typeof value !== 'string') return value;
      const parsed = ebsParseDemand(value);
      if (parsed.ok) return parsed.periods;
      return refuse(context, parsed.code, parsed.message);
    },
    z
      .array(periodSchema, {
        error: `${WORKLOAD_META.label} is rate:duration pairs, e.g. ${WORKLOAD_META.example}.`,
      })
      .min(1, 'Describe at least one period, e.g. 2500:600.')
      .max(
        EBS_MAX_PERIODS,
        `${WORKLOAD_META.label} has at most ${EBS_MAX_PERIODS.toLocaleString('en-US')} periods.`,
      ),
  ),
  WORKLOAD_META,
);

export const EbsBurstSimulationInput = inputObject({
  type: field(
    ebsTypeField.transform((type, context): EbsBurstableType =>
      isBurstable(type)
        ? type
        : refuse(
            context,
            'type_not_burstable',
            `Volume type ${type} has no credit bucket to simulate: choose gp2 (I/O credits), st1 or sc1 (throughput credits). gp3, io1 and io2 deliver their provisioned figures steadily.`,
          ),
    ),
    {
      ...metaOf(ebsTypeField)!,
      description: 'A type with a credit bucket: gp2 (I/O credits), st1 or sc1 (throughput credits).',
      example: 'gp2',
    },
  ),
  sizeGiB: ebsSizeField,
  periods: workloadField,
  /** How many times the workload runs back to back (default 1). */
  repeat: numberField(
    {
      label: 'Repeat',
      flag: 'repeat',
      param: 'repeat',
      description: 'Run the workload this many times back to back (default 1).',
      example: '3',
    },
    { min: 1, max: 10_000, integer: true },
  ).default(1),
  /** The balance at the start, as a percentage of the bucket (CloudWatch BurstBalance); default 100 (AWS starts every volume full). */
  startBalancePercent: numberField(
    {
      label: 'Starting balance',
      flag: 'start-balance',
      param: 'start-balance',
      unit: '%',
      description:
        'The credit balance at the start, in % of the bucket (default 100: AWS starts volumes full).',
      example: '100',
    },
    { min: 0, max: 100 },
  ).default(100),
  instance: ebsInstanceField,
}).refine((input) => input.periods.length * input.repeat <= MAX_ROWS, {
  error: `The workload is too long to list: periods × repeat must be at most ${MAX_ROWS.toLocaleString('en-US')}.`,
  path: ['repeat'],
  params: { code: 'workload_too_long' },
});
export type EbsBurstSimulationInput = z.input<typeof EbsBurstSimulationInput>;

/** One period of the workload as the volume served it. */
export interface EbsSimulatedPeriod {
  /** 1-based repetition of the workload and period within it. */
  readonly repetition: number;
  readonly period: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly demand: number;
  /** What the volume delivered: at the start of the period, at its end, and on average over it. */
  readonly deliveredAtStart: number;
  readonly deliveredAtEnd: number;
  readonly deliveredAverage: number;
  /** Demanded work the volume could not serve in the period (I/Os or MiB). */
  readonly unserved: number;
  readonly balanceStart: number;
  readonly balanceEnd: number;
  readonly emptiedAtSeconds: number | null;
  readonly filledAtSeconds: number | null;
}

/** A point of the chart: balance at `seconds`, and the rate delivered from then until the next point. */
export interface EbsSimulationPoint {
  readonly seconds: number;
  readonly balance: number;
  readonly delivered: number;
}

export interface EbsBurstSimulation {
  readonly type: 'gp2' | 'st1' | 'sc1';
  readonly sizeGiB: number;
  readonly rateUnit: 'IOPS' | 'MiB/s';
  readonly creditUnit: 'I/O credits' | 'MiB of credits';
  readonly baseline: number;
  readonly burstCeiling: number;
  /** The instance limit on the rate (IOPS for gp2, MiB/s for st1/sc1), or null. */
  readonly instanceCap: number | null;
  readonly bucket: number;
  readonly burstable: boolean;
  readonly startBalance: number;
  readonly timeline: readonly EbsSimulatedPeriod[];
  readonly points: readonly EbsSimulationPoint[];
  /** When the bucket first runs dry while the demand needs credits (delivery drops to the baseline), in seconds from the start; null if it never does. */
  readonly emptyAtSeconds: number | null;
  readonly finalBalance: number;
  readonly finalBalancePercent: number;
  readonly totalSeconds: number;
  readonly totalDemanded: number;
  readonly totalDelivered: number;
  readonly totalUnserved: number;
}

/**
 * The credit balance of a gp2 (I/O credits) or st1/sc1 (throughput credits) volume over a workload of
 * periods, each solved exactly: within a period the balance moves in straight lines (drain at
 * delivered − baseline, earn at baseline − delivered), so each period needs at most two segments,
 * and a year-long workload costs no more than a minute-long one.
 *
 * @example
 * run(ebsBurstSimulation, { type: 'gp2', sizeGiB: 100, periods: '3000:2500' }).value.emptyAtSeconds //=> 2000
 */
export const ebsBurstSimulation = defineCalculator({
  name: 'ebsBurstSimulation',
  schema: EbsBurstSimulationInput,
  calculate: (input) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const range = EBS_SIZE_RANGE[input.type];
    if (input.sizeGiB < range.min || input.sizeGiB > range.max) {
      return failure({
        code: input.sizeGiB < range.min ? 'size_below_minimum' : 'size_above_maximum',
        path: ['sizeGiB'],
        message: `${input.type} volumes are ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')} GiB; ${input.sizeGiB.toLocaleString('en-US')} GiB is outside that range.`,
      });
    }
    const resolved = ebsResolveInstanceCap(input.instance, trace);
    if (!resolved.ok) return failure(resolved.issue);
    const model = ebsBurstModel(input.type, input.sizeGiB, trace);
    const capValue =
      model.kind === 'iops' ? (resolved.cap?.maxIops ?? null) : (resolved.cap?.maxThroughputMiBps ?? null);
    const cap = capValue ?? Number.POSITIVE_INFINITY;
    if (resolved.cap && capValue === null) {
      warnings.push({
        code: 'instance_cap_not_applicable',
        path: ['instance'],
        message:
          model.kind === 'iops'
            ? 'A gp2 simulation runs in IOPS; the instance limit given is a throughput (MiB/s), so it does not cap this workload. Give the instance EBS maximum IOPS.'
            : `An ${input.type} simulation runs in MiB/s; the instance limit given is in IOPS, so it does not cap this workload. Give the instance EBS maximum throughput (MiB/s).`,
      });
    }
    if (!model.burstable) {
      warnings.push({
        code: 'not_burstable',
        message: `A ${input.sizeGiB.toLocaleString('en-US')} GiB ${input.type} volume's baseline (${model.baseline.toLocaleString('en-US')} ${model.rateUnit}) already meets its burst ceiling, so it never spends credits.`,
      });
    }
    const ceiling = Math.min(model.ceiling, cap);
    const start = trace.step({
      id: 'start_balance',
      formula: 'bucket × start balance % ÷ 100 (AWS starts every volume with a full bucket)',
      inputs: { bucket: model.bucket, startBalancePercent: input.startBalancePercent },
      value: (model.bucket * input.startBalancePercent) / 100,
      unit: model.creditUnit,
      source: model.source,
    });
    trace.step({
      id: 'period_rule',
      formula:
        'per period: delivered = min(demand, burst ceiling, instance cap) while credits last, else min(demand, baseline); balance changes at (baseline − delivered) per second, kept within [0, bucket]',
      inputs: { baseline: model.baseline, ceiling: model.ceiling, instanceCap: capValue ?? 'none' },
      value: ceiling,
      unit: model.rateUnit,
      source: model.source,
    });

    const timeline: EbsSimulatedPeriod[] = [];
    const points: EbsSimulationPoint[] = [];
    let balance = start;
    let now = 0;
    let emptyAt: number | null = null;
    let totalDemanded = 0;
    let totalDelivered = 0;
    for (let repetition = 1; repetition <= input.repeat; repetition++) {
      for (const [index, { demand, seconds }] of input.periods.entries()) {
        const served = servePeriod(model.baseline, ceiling, model.bucket, balance, demand, seconds);
        const startSeconds = now;
        points.push({ seconds: startSeconds, balance, delivered: served.first });
        if (served.switchAfter !== null) {
          points.push({
            seconds: startSeconds + served.switchAfter,
            balance: served.switchBalance,
            delivered: served.second,
          });
        }
        const emptiedAt = served.emptiedAfter !== null ? startSeconds + served.emptiedAfter : null;
        if (emptiedAt !== null && emptyAt === null) emptyAt = emptiedAt;
        totalDemanded += demand * seconds;
        totalDelivered += served.work;
        timeline.push({
          repetition,
          period: index + 1,
          startSeconds,
          endSeconds: startSeconds + seconds,
          demand,
          deliveredAtStart: served.first,
          deliveredAtEnd: served.switchAfter !== null ? served.second : served.first,
          deliveredAverage: served.work / seconds,
          unserved: Math.max(0, demand * seconds - served.work),
          balanceStart: balance,
          balanceEnd: served.balance,
          emptiedAtSeconds: emptiedAt,
          filledAtSeconds: served.filledAfter !== null ? startSeconds + served.filledAfter : null,
        });
        balance = served.balance;
        now = startSeconds + seconds;
      }
    }
    const last = timeline[timeline.length - 1];
    points.push({ seconds: now, balance, delivered: last?.deliveredAtEnd ?? 0 });
    trace.step({
      id: 'empty_at',
      formula: 'first moment the balance reaches 0 (balance at period start ÷ (delivered − baseline))',
      inputs: { periods: timeline.length },
      value: emptyAt ?? 'never',
      unit: 's',
      source: model.source,
    });
    trace.step({
      id: 'final_balance',
      formula: 'balance at the end of the last period',
      inputs: { totalSeconds: now },
      value: balance,
      unit: model.creditUnit,
      source: model.source,
    });
    return success<EbsBurstSimulation>(
      {
        type: input.type,
        sizeGiB: input.sizeGiB,
        rateUnit: model.rateUnit,
        creditUnit: model.creditUnit,
        baseline: model.baseline,
        burstCeiling: model.ceiling,
        instanceCap: capValue,
        bucket: model.bucket,
        burstable: model.burstable,
        startBalance: start,
        timeline,
        points,
        emptyAtSeconds: emptyAt,
        finalBalance: balance,
        finalBalancePercent: (balance / model.bucket) * 100,
        totalSeconds: now,
        totalDemanded,
        totalDelivered,
        totalUnserved: Math.max(0, totalDemanded - totalDelivered),
      },
      trace.steps,
      warnings,
    );
  },
});

interface Served {
  /** Rate delivered from the start of the period, and after `switchAfter` seconds (if it changes). */
  readonly first: number;
  readonly second: number;
  readonly switchAfter: number | null;
  readonly switchBalance: number;
  readonly balance: number;
  /** Work done in the period (I/Os or MiB). */
  readonly work: number;
  /** Seconds into the period when the bucket ran dry or became full, or null. */
  readonly emptiedAfter: number | null;
  readonly filledAfter: number | null;
}

/**
 * Serves one period of constant demand exactly. `ceiling` already includes the instance cap. The
 * balance is linear in time until it hits 0 (then delivery falls to the baseline) or the bucket
 * size (then it stays full), so one switch point at most.
 */
export function servePeriod(
  baseline: number,
  ceiling: number,
  bucket: number,
  balance: number,
  demand: number,
  seconds: number,
): Served {
  const wanted = Math.min(demand, ceiling);
  if (wanted <= baseline) {
    // At or below baseline: the volume earns (baseline − delivered) credits per second until full.
    const earn = baseline - wanted;
    if (earn > 0 && balance < bucket) {
      const toFull = (bucket - balance) / earn;
      if (toFull < seconds) {
        return {
          first: wanted,
          second: wanted,
          switchAfter: toFull,
          switchBalance: bucket,
          balance: bucket,
          work: wanted * seconds,
          emptiedAfter: null,
          filledAfter: toFull,
        };
      }
      const end = Math.min(bucket, balance + earn * seconds);
      return {
        first: wanted,
        second: wanted,
        switchAfter: null,
        switchBalance: end,
        balance: end,
        work: wanted * seconds,
        emptiedAfter: null,
        filledAfter: end >= bucket ? seconds : null,
      };
    }
    return {
      first: wanted,
      second: wanted,
      switchAfter: null,
      switchBalance: balance,
      balance,
      work: wanted * seconds,
      emptiedAfter: null,
      filledAfter: null,
    };
  }
  // Above baseline: spend (delivered − baseline) per second while credits last.
  const fallback = Math.min(demand, baseline);
  if (balance <= 0) {
    // Already empty when the demand needs credits: throttled from the first second.
    return {
      first: fallback,
      second: fallback,
      switchAfter: null,
      switchBalance: 0,
      balance: 0,
      work: fallback * seconds,
      emptiedAfter: 0,
      filledAfter: null,
    };
  }
  const drain = wanted - baseline;
  const toEmpty = balance / drain;
  if (toEmpty >= seconds) {
    const end = Math.max(0, balance - drain * seconds);
    return {
      first: wanted,
      second: wanted,
      switchAfter: null,
      switchBalance: end,
      balance: end,
      work: wanted * seconds,
      emptiedAfter: end === 0 ? seconds : null,
      filledAfter: null,
    };
  }
  return {
    first: wanted,
    second: fallback,
    switchAfter: toEmpty,
    switchBalance: 0,
    balance: 0,
    work: wanted * toEmpty + fallback * (seconds - toEmpty),
    emptiedAfter: toEmpty,
    filledAfter: null,
  };
}
