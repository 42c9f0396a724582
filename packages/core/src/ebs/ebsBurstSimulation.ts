import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ebsBurstModel } from './ebsBurstModel.ts';
import { EbsBurstSimulationInput } from './ebsBurstSimulationInput.ts';
import { ebsResolveInstanceCap } from './ebsInstanceCap.ts';
import { EBS_SIZE_RANGE } from './ebsLimits.ts';
import { type EbsSimulatedPeriod, type EbsSimulationPoint, ebsServeWorkload } from './ebsServeWorkload.ts';

export type { EbsDemandPeriod } from './ebsDemand.ts';
export { ebsParseDemand } from './ebsDemand.ts';
export { EbsBurstSimulationInput } from './ebsBurstSimulationInput.ts';
export type { EbsSimulatedPeriod, EbsSimulationPoint } from './ebsServeWorkload.ts';

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
      inputs: { bucket: model.bucket, creditBalancePercent: input.creditBalancePercent },
      value: (model.bucket * input.creditBalancePercent) / 100,
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

    const { timeline, points, emptyAt, finalBalance, totalSeconds, totalDemanded, totalDelivered } =
      ebsServeWorkload(
        { baseline: model.baseline, ceiling, bucket: model.bucket },
        input.periods,
        input.repeat,
        start,
      );
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
      inputs: { totalSeconds },
      value: finalBalance,
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
        finalBalance,
        finalBalancePercent: (finalBalance / model.bucket) * 100,
        totalSeconds,
        totalDemanded,
        totalDelivered,
        totalUnserved: Math.max(0, totalDemanded - totalDelivered),
      },
      trace.steps,
      warnings,
    );
  },
});
