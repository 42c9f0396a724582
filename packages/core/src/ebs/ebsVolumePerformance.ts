import type { z } from 'zod';
import { inputObject } from '../input/inputObject.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, failure, type Issue, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { type EbsCreditBucket, ebsCreditBucketFigures } from './ebsCreditBucket.ts';
import { type EbsEffective, ebsEffectiveOnInstance } from './ebsEffective.ts';
import { ebsCountedIoSize, ebsSizeInRange, type FamilyInput, type Figures, fmt } from './ebsFigures.ts';
import { gp2Figures } from './ebsGp2.ts';
import { gp3Figures } from './ebsGp3.ts';
import { hddFigures } from './ebsHdd.ts';
import { type EbsInstanceCap, ebsResolveInstanceCap } from './ebsInstanceCap.ts';
import type { EbsVolumeType } from './ebsLimits.ts';
import { provisionedIopsFigures } from './ebsProvisionedIops.ts';
import {
  ebsCreditBalanceField,
  ebsInstanceField,
  ebsIoSizeField,
  ebsIopsField,
  ebsSizeField,
  ebsThroughputField,
  ebsTypeField,
} from './ebsSchemas.ts';
import { ebsStandardFigures } from './ebsStandard.ts';

export const EbsVolumeInput = inputObject({
  type: ebsTypeField,
  sizeGiB: ebsSizeField,
  /** Provisioned IOPS (gp3, io1, io2 only). gp3 defaults to its included 3,000. */
  iops: ebsIopsField.optional(),
  /** Provisioned throughput in MiB/s (gp3 only); defaults to the included 125. */
  throughputMiBps: ebsThroughputField.optional(),
  /** The workload's I/O size in KiB; throughput is capped at IOPS × I/O size. */
  ioSizeKiB: ebsIoSizeField.optional(),
  /** gp2/st1/sc1: the current credit balance as a percentage (CloudWatch BurstBalance); default 100. */
  creditBalancePercent: ebsCreditBalanceField.optional(),
  instance: ebsInstanceField,
});
export type EbsVolumeInput = z.input<typeof EbsVolumeInput>;
type ParsedVolume = Pick<z.output<typeof EbsVolumeInput>, 'type' | 'sizeGiB' | 'iops' | 'throughputMiBps'> &
  Partial<z.output<typeof EbsVolumeInput>>;

export type { EbsCreditBucket } from './ebsCreditBucket.ts';
export type { EbsEffective, EbsVolumeSideFigures } from './ebsEffective.ts';
export { ebsEffectiveOnInstance } from './ebsEffective.ts';

export interface EbsVolumePerformance {
  readonly type: EbsVolumeType;
  readonly sizeGiB: number;
  /** The provisioned IOPS as asked (gp3 default 3,000; io1/io2 null when missing); null for types that do not take IOPS. When AWS would reject it, the figures use the nearest valid value. */
  readonly iops: number | null;
  /** The provisioned throughput as asked (gp3, default 125), or null. */
  readonly throughputMiBps: number | null;
  /** The I/O size that caps throughput (IOPS × size), or null when AWS's documented curve is used as is. */
  readonly ioSizeKiB: number | null;
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  readonly burstable: boolean;
  /** Seconds a full bucket sustains the burst, rounded to the nearest second like AWS's table; null when the volume does not burst. */
  readonly burstSeconds: number | null;
  readonly burstSecondsExact: number | null;
  /** Seconds to refill an empty bucket at baseline, rounded like AWS's table; null when the volume does not burst. */
  readonly refillSeconds: number | null;
  readonly refillSecondsExact: number | null;
  readonly creditBucket: EbsCreditBucket | null;
  readonly instance: EbsInstanceCap | null;
  readonly effective: EbsEffective;
  readonly valid: boolean;
  /** Each reason AWS would reject the configuration, with its rule, source and the nearest valid values. */
  readonly problems: readonly Problem[];
}

/**
 * What an EBS volume delivers and whether AWS accepts it: baseline and maximum IOPS and throughput,
 * the credit bucket for burstable types (gp2, st1, sc1), the instance cap, and every rule violated.
 *
 * @example
 * run(ebsVolumePerformance, { type: 'gp2', sizeGiB: 100 }).value
 * //=> { baselineIops: 300, maxIops: 3000, burstSeconds: 2000, refillSeconds: 18000, … }
 */
export const ebsVolumePerformance = defineCalculator({
  name: 'ebsVolumePerformance',
  schema: EbsVolumeInput,
  calculate: (input) => {
    const trace = new Trace();
    const evaluated = ebsEvaluateVolume(input, trace);
    if (!evaluated.ok) return failure(evaluated.issue);
    return success(evaluated.value, trace.steps, evaluated.warnings);
  },
});

/** The shared evaluation behind every EBS calculator (RAID 0, cost, migration, cheapest type). */
export function ebsEvaluateVolume(
  input: ParsedVolume,
  trace: Trace,
): { ok: true; value: EbsVolumePerformance; warnings: Warning[] } | { ok: false; issue: Issue } {
  const resolved = ebsResolveInstanceCap(input.instance, trace);
  if (!resolved.ok) return { ok: false, issue: resolved.issue };
  const cap = resolved.cap;
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const { type } = input;
  const ioSizeKiB = ebsCountedIoSize(type, input.ioSizeKiB ?? null, trace, warnings);
  const sizeGiB = ebsSizeInRange(type, input.sizeGiB, problems);
  const family: FamilyInput = {
    type,
    sizeGiB,
    iops: input.iops,
    throughputMiBps: input.throughputMiBps,
    ioSizeKiB,
    problems,
    warnings,
    trace,
  };
  const figures = figuresOf(family);
  const model = figures.model;
  const burst = model ? ebsCreditBucketFigures(model, input.creditBalancePercent ?? 100, trace) : null;
  if (!model && input.creditBalancePercent !== undefined) {
    warnings.push({
      code: 'credit_balance_ignored',
      message: `${type} has no credit bucket (only gp2, st1 and sc1 do), so the credit balance of ${fmt(input.creditBalancePercent)}% changes nothing.`,
    });
  }
  if (problems.length > 0) {
    const parts = [
      `${fmt(sizeGiB)} GiB`,
      ...(figures.nearestIops !== null ? [`${fmt(figures.nearestIops)} IOPS`] : []),
      ...(figures.nearestThroughputMiBps !== null ? [`${fmt(figures.nearestThroughputMiBps)} MiB/s`] : []),
    ];
    warnings.push({
      code: 'figures_for_nearest_valid',
      message: `AWS would reject this configuration; the figures are for the nearest valid one (${parts.join(', ')}).`,
    });
  }
  const effective = ebsEffectiveOnInstance(figures, cap, trace, warnings, { id: '', what: 'volume' });
  return {
    ok: true,
    warnings,
    value: {
      type,
      sizeGiB: input.sizeGiB,
      iops: figures.iops,
      throughputMiBps: figures.throughputMiBps,
      ioSizeKiB: figures.ioSizeKiB,
      baselineIops: figures.baselineIops,
      maxIops: figures.maxIops,
      baselineThroughputMiBps: figures.baselineThroughputMiBps,
      maxThroughputMiBps: figures.maxThroughputMiBps,
      burstable: model?.burstable ?? false,
      burstSeconds: burst?.burstSeconds ?? null,
      burstSecondsExact: burst?.burstSecondsExact ?? null,
      refillSeconds: burst?.refillSeconds ?? null,
      refillSecondsExact: burst?.refillSecondsExact ?? null,
      creditBucket: burst?.creditBucket ?? null,
      instance: cap,
      effective,
      valid: problems.length === 0,
      problems,
    },
  };
}

/** The family that works out a type's figures: one file per family, one line here per type. */
function figuresOf(input: FamilyInput): Figures {
  switch (input.type) {
    case 'gp2':
      return gp2Figures(input);
    case 'gp3':
      return gp3Figures(input);
    case 'io1':
    case 'io2':
      return provisionedIopsFigures({ ...input, type: input.type });
    case 'st1':
    case 'sc1':
      return hddFigures({ ...input, type: input.type });
    case 'standard':
      return ebsStandardFigures(input);
  }
}
