import type { Trace } from '../trace.ts';
import { EBS_GP2_PERFORMANCE_PAGE, EBS_HDD_PAGE, GP2, SC1, ST1 } from './ebsLimits.ts';

/**
 * A credit bucket, the one model behind gp2 I/O credits and st1/sc1 throughput credits: the volume
 * earns credits at its baseline rate, spends them at the rate it actually delivers, may deliver up to
 * `ceiling` while the bucket holds credits, and falls back to `baseline` when it is empty.
 */
export interface EbsBurstModel {
  /** `iops` for gp2 (I/O credits), `throughput` for st1/sc1 (MiB of throughput credits). */
  readonly kind: 'iops' | 'throughput';
  /** Unit of baseline, ceiling and demand: `IOPS` or `MiB/s`. */
  readonly rateUnit: 'IOPS' | 'MiB/s';
  /** Unit of the bucket: `I/O credits` or `MiB of credits`. */
  readonly creditUnit: 'I/O credits' | 'MiB of credits';
  readonly baseline: number;
  readonly ceiling: number;
  readonly bucket: number;
  /** False when the baseline already reaches the ceiling (gp2 of 1,000 GiB and larger). */
  readonly burstable: boolean;
  readonly source: string;
}

/** gp2 baseline IOPS: 3 per GiB, at least 100, at most 16,000. */
export function ebsGp2BaselineIops(sizeGiB: number, trace?: Trace): number {
  const value = Math.min(
    GP2.maxBaselineIops.value,
    Math.max(GP2.minBaselineIops.value, GP2.iopsPerGiB.value * sizeGiB),
  );
  trace?.step({
    id: 'gp2_baseline_iops',
    formula: 'min(16,000, max(100, 3 IOPS per GiB × size))',
    inputs: { sizeGiB, iopsPerGiB: GP2.iopsPerGiB.value },
    value,
    unit: 'IOPS',
    source: GP2.iopsPerGiB.source,
  });
  return value;
}

/** The credit bucket of a gp2, st1 or sc1 volume of this size. */
export function ebsBurstModel(type: 'gp2' | 'st1' | 'sc1', sizeGiB: number, trace?: Trace): EbsBurstModel {
  if (type === 'gp2') {
    const baseline = ebsGp2BaselineIops(sizeGiB, trace);
    const burstable = baseline < GP2.burstIops.value;
    const ceiling = burstable ? GP2.burstIops.value : baseline;
    trace?.step({
      id: 'gp2_burst_ceiling',
      formula: burstable
        ? 'baseline < 3,000, so the volume bursts to 3,000 IOPS while it has I/O credits'
        : 'baseline ≥ 3,000 (1,000 GiB or larger): no bursting, credits are never spent',
      inputs: { baselineIops: baseline, burstIops: GP2.burstIops.value },
      value: ceiling,
      unit: 'IOPS',
      source: GP2.burstIops.source,
    });
    return {
      kind: 'iops',
      rateUnit: 'IOPS',
      creditUnit: 'I/O credits',
      baseline,
      ceiling,
      bucket: GP2.creditBucket.value,
      burstable,
      source: EBS_GP2_PERFORMANCE_PAGE,
    };
  }
  const rules = type === 'st1' ? ST1 : SC1;
  const tib = sizeGiB / 1024;
  const cap = rules.maxThroughputMiBps.value;
  const baseline = Math.min(cap, rules.baselineMiBpsPerTiB.value * tib);
  trace?.step({
    id: `${type}_baseline_throughput`,
    formula: `min(${cap}, ${rules.baselineMiBpsPerTiB.value} MiB/s per TiB × size in TiB)`,
    inputs: { sizeTiB: tib, perTiB: rules.baselineMiBpsPerTiB.value },
    value: baseline,
    unit: 'MiB/s',
    source: rules.baselineMiBpsPerTiB.source,
  });
  const ceiling = Math.min(cap, rules.burstMiBpsPerTiB.value * tib);
  trace?.step({
    id: `${type}_burst_throughput`,
    formula: `min(${cap}, ${rules.burstMiBpsPerTiB.value} MiB/s per TiB × size in TiB)`,
    inputs: { sizeTiB: tib, perTiB: rules.burstMiBpsPerTiB.value },
    value: ceiling,
    unit: 'MiB/s',
    source: rules.burstMiBpsPerTiB.source,
  });
  const bucket = rules.bucketTiBPerTiB.value * sizeGiB * 1024;
  trace?.step({
    id: `${type}_credit_bucket`,
    formula: '1 TiB of throughput credits per TiB of size, in MiB (size GiB × 1,024)',
    inputs: { sizeGiB },
    value: bucket,
    unit: 'MiB of credits',
    source: rules.bucketTiBPerTiB.source,
  });
  return {
    kind: 'throughput',
    rateUnit: 'MiB/s',
    creditUnit: 'MiB of credits',
    baseline,
    ceiling,
    bucket,
    burstable: ceiling > baseline,
    source: EBS_HDD_PAGE,
  };
}

/**
 * Seconds a balance sustains the full burst: balance ÷ (burst − baseline), because the volume keeps
 * earning at its baseline while it spends at the burst rate. Undefined when the volume does not burst.
 */
export function ebsBurstSecondsFrom(balance: number, model: EbsBurstModel): number | undefined {
  return model.burstable ? balance / (model.ceiling - model.baseline) : undefined;
}

/** Seconds to fill an empty bucket at the baseline (earn) rate with no I/O above it. */
export function ebsRefillSeconds(model: EbsBurstModel): number | undefined {
  return model.burstable ? model.bucket / model.baseline : undefined;
}

/**
 * AWS's gp2 table rounds burst and refill seconds to the nearest second: 334 GiB bursts for
 * 5,400,000 ÷ 1,998 = 2,702.7 s, printed 2,703; refills in 5,400,000 ÷ 1,002 = 5,389.2 s, printed 5,389.
 */
export function ebsRoundSecondsLikeAws(seconds: number): number {
  return Math.round(seconds);
}
