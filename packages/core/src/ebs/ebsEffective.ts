import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import { fmt } from './ebsFigures.ts';
import type { EbsInstanceCap } from './ebsInstanceCap.ts';

export interface EbsEffective {
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  /** Which side sets the maximum: the volume (or array) or the instance. */
  readonly iopsLimitedBy: 'volume' | 'instance';
  readonly throughputLimitedBy: 'volume' | 'instance';
  /** Which side sets the baseline: the volume (or array), or the instance's EBS baseline (a bundled instance) or typed-in limit. */
  readonly baselineIopsLimitedBy: 'volume' | 'instance';
  readonly baselineThroughputLimitedBy: 'volume' | 'instance';
}

/** The volume-side figures an instance caps: one volume's, or a RAID 0 array's aggregate. */
export interface EbsVolumeSideFigures {
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
}

/**
 * The figures on the instance. Maximum = min(volume maximum, instance EBS maximum). Baseline =
 * min(volume baseline, instance EBS baseline) for a bundled instance (what it sustains after its
 * 30-minute burst), or min(volume baseline, typed-in limit) when the limits were typed in. Says
 * which side binds each figure and warns when the instance's burst window limits the workload.
 */
export function ebsEffectiveOnInstance(
  figures: EbsVolumeSideFigures,
  cap: EbsInstanceCap | null,
  trace: Trace,
  warnings: Warning[],
  side: { readonly id: string; readonly what: 'volume' | 'array' },
): EbsEffective {
  const capIops = cap?.maxIops ?? Number.POSITIVE_INFINITY;
  const capThroughput = cap?.maxThroughputMiBps ?? Number.POSITIVE_INFINITY;
  const baselineCapIops = Math.min(cap?.baselineIops ?? capIops, capIops);
  const baselineCapThroughput = Math.min(cap?.baselineThroughputMiBps ?? capThroughput, capThroughput);
  const effective: EbsEffective = {
    baselineIops: Math.min(figures.baselineIops, baselineCapIops),
    maxIops: Math.min(figures.maxIops, capIops),
    baselineThroughputMiBps: Math.min(figures.baselineThroughputMiBps, baselineCapThroughput),
    maxThroughputMiBps: Math.min(figures.maxThroughputMiBps, capThroughput),
    iopsLimitedBy: figures.maxIops > capIops ? 'instance' : 'volume',
    throughputLimitedBy: figures.maxThroughputMiBps > capThroughput ? 'instance' : 'volume',
    baselineIopsLimitedBy: figures.baselineIops > baselineCapIops ? 'instance' : 'volume',
    baselineThroughputLimitedBy:
      figures.baselineThroughputMiBps > baselineCapThroughput ? 'instance' : 'volume',
  };
  if (cap) {
    const what = side.what;
    const source = cap.source ? { source: cap.source } : {};
    trace.step({
      id: `${side.id}effective_baseline_iops`,
      formula:
        cap.baselineIops !== null
          ? `min(${what} baseline IOPS, instance EBS baseline IOPS)`
          : `min(${what} baseline IOPS, instance EBS maximum IOPS)`,
      inputs: { [what]: figures.baselineIops, instance: cap.baselineIops ?? cap.maxIops ?? 'none' },
      value: effective.baselineIops,
      unit: 'IOPS',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_max_iops`,
      formula: `min(${what} maximum IOPS, instance EBS maximum IOPS)`,
      inputs: { [what]: figures.maxIops, instance: cap.maxIops ?? 'none' },
      value: effective.maxIops,
      unit: 'IOPS',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_baseline_throughput`,
      formula:
        cap.baselineThroughputMiBps !== null
          ? `min(${what} baseline throughput, instance EBS baseline throughput)`
          : `min(${what} baseline throughput, instance EBS maximum throughput)`,
      inputs: {
        [what]: figures.baselineThroughputMiBps,
        instance: cap.baselineThroughputMiBps ?? cap.maxThroughputMiBps ?? 'none',
      },
      value: effective.baselineThroughputMiBps,
      unit: 'MiB/s',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_max_throughput`,
      formula: `min(${what} maximum throughput, instance EBS maximum throughput)`,
      inputs: { [what]: figures.maxThroughputMiBps, instance: cap.maxThroughputMiBps ?? 'none' },
      value: effective.maxThroughputMiBps,
      unit: 'MiB/s',
      ...source,
    });
    const aboveBaseline =
      (cap.baselineIops !== null &&
        cap.maxIops !== null &&
        cap.baselineIops < cap.maxIops &&
        effective.maxIops > cap.baselineIops) ||
      (cap.baselineThroughputMiBps !== null &&
        cap.maxThroughputMiBps !== null &&
        cap.baselineThroughputMiBps < cap.maxThroughputMiBps &&
        effective.maxThroughputMiBps > cap.baselineThroughputMiBps);
    if (cap.name && aboveBaseline) {
      warnings.push({
        code: 'instance_burst_limited',
        message: `${cap.name} sustains its EBS maximum for 30 minutes at least once every 24 hours, then drops to its baseline of ${fmt(cap.baselineIops ?? 0)} IOPS and ${fmt(cap.baselineThroughputMiBps ?? 0)} MiB/s; the effective baseline of this ${what} is ${fmt(effective.baselineIops)} IOPS and ${fmt(effective.baselineThroughputMiBps)} MiB/s.`,
      });
    }
  }
  return effective;
}
