import type { Issue } from '../result.ts';
import type { Trace } from '../trace.ts';
import { ebsInstanceList, ebsInstanceLookup } from './ebsInstances.ts';
import type { EbsInstanceInput } from './ebsSchemas.ts';

/** The instance limits a volume is capped by, in the units the volume figures use (IOPS, MiB/s). */
export interface EbsInstanceCap {
  /** The bundled instance type, or null when the limits were typed in. */
  readonly name: string | null;
  readonly maxIops: number | null;
  readonly maxThroughputMiBps: number | null;
  /** Bundled instances only: what the instance sustains after its 30-minutes-per-24-hours burst. */
  readonly baselineIops: number | null;
  readonly baselineThroughputMiBps: number | null;
  readonly source: string | null;
}

const BYTES_PER_MB = 1_000_000;
const BYTES_PER_MIB = 1_048_576;

/**
 * Resolves the optional instance input into caps: a bundled name fills both limits (MB/s converted to
 * MiB/s), typed-in limits override. Returns an issue for a name that is not bundled.
 */
export function ebsResolveInstanceCap(
  input: NonNullable<EbsInstanceInput> | undefined,
  trace: Trace,
  path: ReadonlyArray<string | number> = ['instance'],
): { ok: true; cap: EbsInstanceCap | null } | { ok: false; issue: Issue } {
  if (!input) return { ok: true, cap: null };
  const name = input.name?.trim() ?? '';
  const typedIops = input.maxIops as number | undefined;
  const typedThroughput = input.maxThroughputMiBps as number | undefined;
  if (name === '' && typedIops === undefined && typedThroughput === undefined) return { ok: true, cap: null };
  let cap: EbsInstanceCap = {
    name: null,
    maxIops: null,
    maxThroughputMiBps: null,
    baselineIops: null,
    baselineThroughputMiBps: null,
    source: null,
  };
  if (name !== '') {
    const limits = ebsInstanceLookup(name);
    if (!limits) {
      return {
        ok: false,
        issue: {
          code: 'instance_unknown',
          path: [...path, 'name'],
          message: `"${name}" is not in awscalc's bundled instance table (${ebsInstanceList()
            .map((entry) => entry.name)
            .join(
              ', ',
            )}); type its EBS maximum IOPS and throughput instead (aws ec2 describe-instance-types --instance-types ${name}).`,
        },
      };
    }
    const toMiBps = (mbps: number) => (mbps * BYTES_PER_MB) / BYTES_PER_MIB;
    const maxThroughputMiBps = trace.step({
      id: 'instance_max_throughput',
      formula: `${limits.name} EBS maximum throughput MB/s × 1,000,000 ÷ 1,048,576 (MB/s → MiB/s)`,
      inputs: { maximumThroughputMBps: limits.maximumThroughputMBps },
      value: toMiBps(limits.maximumThroughputMBps),
      unit: 'MiB/s',
      source: limits.source,
    });
    const maxIops = trace.step({
      id: 'instance_max_iops',
      formula: `${limits.name} EBS maximum IOPS (16 KiB I/O)`,
      inputs: { instance: limits.name },
      value: limits.maximumIops,
      unit: 'IOPS',
      source: limits.source,
    });
    cap = {
      name: limits.name,
      maxIops,
      maxThroughputMiBps,
      baselineIops: limits.baselineIops,
      baselineThroughputMiBps: toMiBps(limits.baselineThroughputMBps),
      source: limits.source,
    };
  }
  if (typedIops !== undefined) cap = { ...cap, maxIops: typedIops, baselineIops: null };
  if (typedThroughput !== undefined)
    cap = { ...cap, maxThroughputMiBps: typedThroughput, baselineThroughputMiBps: null };
  return { ok: true, cap };
}
