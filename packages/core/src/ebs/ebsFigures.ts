import type { Problem } from '../input/problem.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import type { EbsBurstModel } from './ebsBurstModel.ts';
import { EBS_IO_CHARACTERISTICS_PAGE, EBS_SIZE_RANGE, type EbsVolumeType, GP2 } from './ebsLimits.ts';
import { ebsVolumeTraits } from './ebsVolumeTraits.ts';

/**
 * What one volume family (gp3, gp2, io1/io2, st1/sc1, standard) works out from a valid size and the
 * provisioned values: the figures the volume delivers before any instance cap. Each family has its
 * own file; `ebsVolumePerformance.ts` picks one by type.
 */
export interface Figures {
  /** What was provisioned (asked for, or the type's default), which AWS may reject. */
  readonly iops: number | null;
  readonly throughputMiBps: number | null;
  /** The nearest valid provisioned values, which the figures use. */
  readonly nearestIops: number | null;
  readonly nearestThroughputMiBps: number | null;
  readonly ioSizeKiB: number | null;
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  readonly model: EbsBurstModel | null;
}

/** What a family sees: the size (already moved into the type's range), what was asked, and where to report. */
export interface FamilyInput {
  readonly type: EbsVolumeType;
  readonly sizeGiB: number;
  readonly iops: number | undefined;
  readonly throughputMiBps: number | undefined;
  /** The I/O size that caps throughput (SSD I/Os above 256 KiB already counted as 256 KiB), or null. */
  readonly ioSizeKiB: number | null;
  readonly problems: Problem[];
  readonly warnings: Warning[];
  readonly trace: Trace;
}

export const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Throughput at an I/O size: IOPS × KiB ÷ 1,024. */
export function ioThroughput(iops: number, ioSizeKiB: number): number {
  return (iops * ioSizeKiB) / 1024;
}

/** min(limit, IOPS × I/O size) when an I/O size was given; the limit as is otherwise. */
export function capByIoSize(
  trace: Trace,
  id: string,
  limit: number,
  iops: number,
  ioSizeKiB: number | null,
  source: string,
): number {
  if (ioSizeKiB === null) return limit;
  return trace.step({
    id,
    formula: 'min(volume throughput limit, IOPS × I/O size KiB ÷ 1,024)',
    inputs: { limitMiBps: limit, iops, ioSizeKiB },
    value: Math.min(limit, ioThroughput(iops, ioSizeKiB)),
    unit: 'MiB/s',
    source,
  });
}

/** A problem for IOPS or throughput given to a type that does not take it, saying why. */
export function refuseProvisioned(input: FamilyInput, key: 'iops' | 'throughputMiBps', why: string): void {
  if (input[key] === undefined) return;
  const { type } = input;
  input.problems.push({
    code: key === 'iops' ? 'iops_not_provisionable' : 'throughput_not_provisionable',
    path: [key],
    rule: why,
    source: EBS_SIZE_RANGE[type].source,
    nearest: {},
    message: `${type} does not take provisioned ${key === 'iops' ? 'IOPS' : 'throughput'}: ${why}. Leave it out${type === 'gp2' || type === 'io1' || type === 'io2' ? ', or choose gp3 to set it' : ''}.`,
  });
}

/**
 * The I/O size the figures use. SSD volumes split an I/O above 256 KiB into 256 KiB operations, so
 * each counts against IOPS as several: throughput is at most IOPS × 256 KiB whatever the
 * application's I/O size. HDD types count credits per 1 MiB instead (ebsHdd.ts).
 */
export function ebsCountedIoSize(
  type: EbsVolumeType,
  asked: number | null,
  trace: Trace,
  warnings: Warning[],
): number | null {
  const maxKiB = GP2.maxIoSizeKiB.value;
  if (!ebsVolumeTraits(type).ssd || asked === null || asked <= maxKiB) return asked;
  warnings.push({
    code: 'ssd_io_split',
    message: `${type} counts an I/O above 256 KiB as several 256 KiB operations (a ${fmt(asked)} KiB I/O uses ${fmt(Math.ceil(asked / maxKiB))} IOPS), so throughput is at most IOPS × 256 KiB.`,
  });
  return trace.step({
    id: 'ssd_io_size_counted',
    formula: 'min(I/O size, 256 KiB): larger SSD I/Os are split into 256 KiB operations',
    inputs: { ioSizeKiB: asked, maxIoSizeKiB: maxKiB },
    value: maxKiB,
    unit: 'KiB',
    source: EBS_IO_CHARACTERISTICS_PAGE,
  });
}

/** The size the figures use: the asked size, or the nearest in the type's range with a problem saying so. */
export function ebsSizeInRange(type: EbsVolumeType, sizeGiB: number, problems: Problem[]): number {
  const range = EBS_SIZE_RANGE[type];
  if (sizeGiB >= range.min && sizeGiB <= range.max) return sizeGiB;
  const nearest = sizeGiB < range.min ? range.min : range.max;
  problems.push({
    code: sizeGiB < range.min ? 'size_below_minimum' : 'size_above_maximum',
    path: ['sizeGiB'],
    rule: `${type} size ${fmt(range.min)}–${fmt(range.max)} GiB`,
    source: range.source,
    nearest: { sizeGiB: nearest },
    message: `${type} volumes are ${fmt(range.min)} to ${fmt(range.max)} GiB; ${fmt(sizeGiB)} GiB is ${sizeGiB < range.min ? 'too small' : 'too large'} (nearest valid: ${fmt(nearest)} GiB). Figures below are for ${fmt(nearest)} GiB.`,
  });
  return nearest;
}
