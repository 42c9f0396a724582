import type { z } from 'zod';
import { monthHoursField, pricesField, switchField } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { Decimal } from '../money/decimal.ts';
import type { MonthConvention } from '../money/month.ts';
import type { CostLine } from '../money/priceBook.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ebsPriceVolume } from './ebsCost.ts';
import { EBS_GP3_PERFORMANCE_PAGE, GP2, GP3 } from './ebsLimits.ts';
import { ebsSizeField, ebsVolumeCountField } from './ebsSchemas.ts';
import { ebsEvaluateVolume } from './ebsVolumePerformance.ts';

export const EbsMigrateGp2ToGp3Input = inputObject({
  sizeGiB: ebsSizeField,
  volumeCount: ebsVolumeCountField({ min: 1, max: 1_000_000, example: '1' }).default(1),
  /** Match gp2's burst (3,000 IOPS and its maximum throughput) rather than its baseline. */
  matchBurst: switchField({
    label: 'Match burst',
    flag: 'match-burst',
    param: 'match-burst',
    description: "Match gp2's burst (3,000 IOPS, its maximum throughput), not its baseline.",
    example: 'true',
  }),
  monthHours: monthHoursField,
  prices: pricesField('ebs.gp3.storage=0.088'),
});
export type EbsMigrateGp2ToGp3Input = z.input<typeof EbsMigrateGp2ToGp3Input>;

export interface EbsMigrationSide {
  readonly iops: number;
  readonly throughputMiBps: number;
  readonly monthlyUsd: string;
  readonly lines: readonly CostLine[];
}

export interface EbsMigrateGp2ToGp3 {
  readonly sizeGiB: number;
  readonly volumeCount: number;
  readonly matchBurst: boolean;
  readonly gp2: EbsMigrationSide & {
    readonly baselineIops: number;
    readonly maxIops: number;
    readonly baselineThroughputMiBps: number;
    readonly maxThroughputMiBps: number;
    readonly burstSeconds: number | null;
  };
  /** The gp3 configuration: IOPS and throughput that match gp2, never below gp3's included 3,000 / 125. */
  readonly gp3: EbsMigrationSide;
  readonly savingUsd: string;
  /** Saving as a percentage of the gp2 cost, as a decimal string. */
  readonly savingPercent: string;
  readonly month: MonthConvention;
  readonly region: string;
}

/**
 * The gp3 volume that matches a gp2 volume's baseline (or, with `matchBurst`, its burst) IOPS and
 * throughput, and what moving saves per month.
 *
 * @example
 * run(ebsMigrateGp2ToGp3, { sizeGiB: 500 }).value.gp3 //=> { iops: 3000, throughputMiBps: 250, … }
 */
export const ebsMigrateGp2ToGp3 = defineCalculator({
  name: 'ebsMigrateGp2ToGp3',
  schema: EbsMigrateGp2ToGp3Input,
  calculate: (input) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const gp2 = ebsEvaluateVolume({ type: 'gp2', sizeGiB: input.sizeGiB }, trace);
    if (!gp2.ok) return failure(gp2.issue);
    if (!gp2.value.valid) {
      return failure({
        code: 'gp2_size_invalid',
        path: ['sizeGiB'],
        message: `gp2 volumes are ${GP2.minSizeGiB.value} to ${GP2.maxSizeGiB.value.toLocaleString('en-US')} GiB; ${input.sizeGiB.toLocaleString('en-US')} GiB is not a gp2 volume.`,
      });
    }
    const g = gp2.value;
    const targetIops = input.matchBurst ? g.maxIops : g.baselineIops;
    const targetThroughput = input.matchBurst ? g.maxThroughputMiBps : g.baselineThroughputMiBps;
    const throughput = trace.step({
      id: 'gp3_throughput',
      formula: `max(125 included, ceil(gp2 ${input.matchBurst ? 'maximum' : 'baseline'} throughput))`,
      inputs: { gp2ThroughputMiBps: targetThroughput },
      value: Math.max(GP3.baselineThroughputMiBps.value, Math.ceil(targetThroughput)),
      unit: 'MiB/s',
      source: EBS_GP3_PERFORMANCE_PAGE,
    });
    const iops = trace.step({
      id: 'gp3_iops',
      formula: `max(3,000 included, ceil(gp2 ${input.matchBurst ? 'maximum' : 'baseline'} IOPS), throughput ÷ 0.25 MiB/s per IOPS)`,
      inputs: { gp2Iops: targetIops, throughputMiBps: throughput },
      value: Math.max(
        GP3.baselineIops.value,
        Math.ceil(targetIops),
        Math.ceil(throughput / GP3.throughputPerIops.value),
      ),
      unit: 'IOPS',
      source: EBS_GP3_PERFORMANCE_PAGE,
    });
    if (!input.matchBurst && g.burstable) {
      warnings.push({
        code: 'gp3_covers_burst',
        message: `gp3's included 3,000 IOPS also covers this gp2 volume's burst to 3,000 IOPS — steadily, with no credit bucket to run dry.`,
      });
    }
    const common = { volumeCount: input.volumeCount, monthHours: input.monthHours, prices: input.prices };
    const gp2Cost = ebsPriceVolume({ ...common, type: 'gp2', sizeGiB: input.sizeGiB }, trace);
    if (!gp2Cost.ok) return failure(...gp2Cost.issues);
    const gp3Cost = ebsPriceVolume(
      { ...common, type: 'gp3', sizeGiB: input.sizeGiB, iops, throughputMiBps: throughput },
      trace,
    );
    if (!gp3Cost.ok) return failure(...gp3Cost.issues);
    const saving = trace.step({
      id: 'saving',
      formula: 'gp2 monthly cost − gp3 monthly cost',
      inputs: { gp2Usd: gp2Cost.value.monthlyUsd, gp3Usd: gp3Cost.value.monthlyUsd },
      value: new Decimal(gp2Cost.value.monthlyUsd).minus(gp3Cost.value.monthlyUsd).toString(),
      unit: 'USD',
    });
    const percent = new Decimal(gp2Cost.value.monthlyUsd).isZero()
      ? '0'
      : new Decimal(saving).dividedBy(gp2Cost.value.monthlyUsd).times(100).toDecimalPlaces(2).toString();
    return success<EbsMigrateGp2ToGp3>(
      {
        sizeGiB: input.sizeGiB,
        volumeCount: input.volumeCount as number,
        matchBurst: input.matchBurst,
        gp2: {
          iops: g.baselineIops,
          throughputMiBps: g.baselineThroughputMiBps,
          baselineIops: g.baselineIops,
          maxIops: g.maxIops,
          baselineThroughputMiBps: g.baselineThroughputMiBps,
          maxThroughputMiBps: g.maxThroughputMiBps,
          burstSeconds: g.burstSeconds,
          monthlyUsd: gp2Cost.value.monthlyUsd,
          lines: gp2Cost.value.lines,
        },
        gp3: {
          iops,
          throughputMiBps: throughput,
          monthlyUsd: gp3Cost.value.monthlyUsd,
          lines: gp3Cost.value.lines,
        },
        savingUsd: saving,
        savingPercent: percent,
        month: gp2Cost.value.month,
        region: gp2Cost.value.region,
      },
      trace.steps,
      warnings,
    );
  },
});
