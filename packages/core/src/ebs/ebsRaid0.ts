import type { z } from 'zod';
import { fact } from '../rules/fact.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ebsVolumeCountField } from './ebsSchemas.ts';
import { inputObject } from '../input/inputObject.ts';
import {
  type EbsEffective,
  EbsVolumeInput,
  type EbsVolumePerformance,
  ebsEffectiveOnInstance,
  ebsEvaluateVolume,
} from './ebsVolumePerformance.ts';
import { CHECKED_ON } from '../rules/dates.ts';

/** The most EBS volumes one instance can attach (dedicated attachment limit of the largest types). */
export const EBS_MAX_ATTACHED_VOLUMES = fact({
  value: 128,
  unit: 'EBS volumes per instance',
  source: 'https://docs.aws.amazon.com/ebs/latest/userguide/volume_limits.html',
  asOf: CHECKED_ON,
  note: 'Upper bound for RAID 0 member counts. Per-type limits vary (DescribeInstanceTypes EbsInfo.maximumEbsAttachments; many Nitro types share 28 attachments with network interfaces and NVMe instance store). The 128 figure for the dedicated limit was NOT re-read this session; it bounds the calculation, the instance decides.',
});

export const EbsRaid0Input = inputObject({
  ...EbsVolumeInput.shape,
  /** Identical volumes striped together (RAID 0 needs at least 2; the calculator says so with the instance limit). */
  volumeCount: ebsVolumeCountField({ min: 1, max: Number.MAX_SAFE_INTEGER, example: '4' }),
});
export type EbsRaid0Input = z.input<typeof EbsRaid0Input>;

export interface EbsRaid0 {
  readonly volumeCount: number;
  readonly capacityGiB: number;
  /** One member volume, without the instance cap. */
  readonly volume: EbsVolumePerformance;
  /** The array: N × each member's figures. */
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  /** The array on the instance: maximum = min(array, instance EBS maximum); baseline = min(array, instance EBS baseline). */
  readonly effective: EbsEffective;
  readonly valid: boolean;
  readonly problems: EbsVolumePerformance['problems'];
}

/**
 * RAID 0 over N identical volumes: N × each volume's IOPS and throughput, capped by the instance's
 * EBS limits; which of the two binds.
 *
 * @example
 * run(ebsRaid0, { type: 'gp3', sizeGiB: 1024, iops: 16000, throughputMiBps: 1000, volumeCount: 4 }).value.maxIops //=> 64000
 */
export const ebsRaid0 = defineCalculator({
  name: 'ebsRaid0',
  schema: EbsRaid0Input,
  calculate: (input) => {
    const trace = new Trace();
    const count = input.volumeCount as number;
    if (count < 2) {
      return failure({
        code: 'raid0_too_few_volumes',
        path: ['volumeCount'],
        message: 'RAID 0 stripes 2 or more volumes; give at least 2.',
      });
    }
    if (count > EBS_MAX_ATTACHED_VOLUMES.value) {
      return failure({
        code: 'raid0_too_many_volumes',
        path: ['volumeCount'],
        message: `No EC2 instance attaches ${count.toLocaleString('en-US')} EBS volumes: the largest attach at most ${EBS_MAX_ATTACHED_VOLUMES.value}, many Nitro types 28 in all (see maximumEbsAttachments in aws ec2 describe-instance-types). Give 2 to ${EBS_MAX_ATTACHED_VOLUMES.value}.`,
      });
    }
    const { instance, ...member } = input;
    const evaluated = ebsEvaluateVolume(member, trace);
    if (!evaluated.ok) return failure(evaluated.issue);
    const volume = evaluated.value;
    const times = (id: string, value: number, unit: string) =>
      trace.step({
        id: `raid0_${id}`,
        formula: `volumes × one volume's ${id.replace(/_/g, ' ')}`,
        inputs: { volumes: count, perVolume: value },
        value: value * count,
        unit,
      });
    const baselineIops = times('baseline_iops', volume.baselineIops, 'IOPS');
    const maxIops = times('max_iops', volume.maxIops, 'IOPS');
    const baselineThroughputMiBps = times('baseline_throughput', volume.baselineThroughputMiBps, 'MiB/s');
    const maxThroughputMiBps = times('max_throughput', volume.maxThroughputMiBps, 'MiB/s');
    // The instance caps the whole array, not each member: evaluate the cap against the aggregate.
    const capped = ebsEvaluateVolume({ ...member, instance }, new Trace());
    if (!capped.ok) return failure(capped.issue);
    const cap = capped.value.instance;
    const instanceWarnings: Warning[] = [];
    const effective = ebsEffectiveOnInstance(
      { baselineIops, maxIops, baselineThroughputMiBps, maxThroughputMiBps },
      cap,
      trace,
      instanceWarnings,
      { id: 'raid0_', what: 'array' },
    );
    const warnings: Warning[] = [
      ...evaluated.warnings,
      ...instanceWarnings,
      {
        code: 'raid0_no_redundancy',
        message: `RAID 0 has no redundancy: losing any one of the ${count} volumes loses the whole array.`,
      },
    ];
    return success<EbsRaid0>(
      {
        volumeCount: count,
        capacityGiB: volume.sizeGiB * count,
        volume,
        baselineIops,
        maxIops,
        baselineThroughputMiBps,
        maxThroughputMiBps,
        effective,
        valid: volume.valid,
        problems: volume.problems,
      },
      trace.steps,
      warnings,
    );
  },
});
