import { fact } from '../rules/fact.ts';
import { CHECKED_ON } from '../rules/dates.ts';

/**
 * The EBS limits of one instance type (DescribeInstanceTypes → EbsInfo.EbsOptimizedInfo): bandwidth
 * in Mbps, throughput in MB/s (decimal, measured with 128 KiB I/O) and IOPS (16 KiB I/O), baseline and
 * maximum. Instances whose baseline is below their maximum sustain the maximum for 30 minutes at least
 * once every 24 hours, then drop to the baseline.
 */
export interface EbsInstanceLimits {
  readonly name: string;
  readonly baselineBandwidthMbps: number;
  readonly baselineThroughputMBps: number;
  readonly baselineIops: number;
  readonly maximumBandwidthMbps: number;
  readonly maximumThroughputMBps: number;
  readonly maximumIops: number;
}

const GENERAL_PURPOSE = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html#gp_storage-ebs';
const MEMORY_OPTIMIZED = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html#mo_storage-ebs';
const ASOF = CHECKED_ON;

const row = (
  name: string,
  baseline: [number, number, number],
  maximum: [number, number, number],
): EbsInstanceLimits => ({
  name,
  baselineBandwidthMbps: baseline[0],
  baselineThroughputMBps: baseline[1],
  baselineIops: baseline[2],
  maximumBandwidthMbps: maximum[0],
  maximumThroughputMBps: maximum[1],
  maximumIops: maximum[2],
});

/**
 * A small bundled table of common current-generation instance types. For any other type, type in
 * its EBS maximum IOPS and throughput (from `aws ec2 describe-instance-types`).
 */
export const EBS_INSTANCE_TABLE = {
  general: fact({
    value: [
      row('t3.large', [695, 86.875, 4_000], [2_780, 347.5, 15_700]),
      row('m5.large', [650, 81.25, 3_600], [4_750, 593.75, 18_750]),
      row('m6i.large', [650, 81.25, 3_600], [10_000, 1_250, 40_000]),
      row('m6i.4xlarge', [5_000, 625, 20_000], [10_000, 1_250, 40_000]),
      row('m6i.32xlarge', [40_000, 5_000, 160_000], [40_000, 5_000, 160_000]),
      row('m7g.large', [630, 78.75, 3_600], [10_000, 1_250, 40_000]),
    ] as const,
    unit: 'EBS-optimized limits (Mbps, MB/s at 128 KiB I/O, IOPS at 16 KiB I/O)',
    source: GENERAL_PURPOSE,
    asOf: ASOF,
    note:
      'All six rows checked on 2026-11-22, figure by figure, against the "Amazon EBS specifications" table of the ' +
      'AWS Amazon EC2 Instance Types guide (general purpose section; the page at `source`), read from a verbatim ' +
      "public copy of that guide's 2024 edition, not the live page. Baseline / maximum, in the table's units: " +
      'bandwidth Mbps, throughput MB/s at 128 KiB I/O, IOPS at 16 KiB I/O. All matched: t3.large 695/2,780 Mbps, ' +
      '86.88/347.50 MB/s, 4,000/15,700 IOPS (the table rounds 86.875 = 695 Mbps / 8, kept exact here as ' +
      'describe-instance-types reports it); m5.large 650/4,750, 81.25/593.75, 3,600/18,750; m6i.large 650/10,000, ' +
      '81.25/1,250, 3,600/40,000; m6i.4xlarge 5,000/10,000, 625/1,250, 20,000/40,000; m6i.32xlarge 40,000, 5,000, ' +
      '160,000 (no burst); m7g.large 630/10,000, 78.75/1,250, 3,600/40,000. The .large and 4xlarge rows keep their ' +
      'maximum for 30 minutes at least once every 24 hours.',
  }),
  memory: fact({
    value: [
      row('r6i.large', [650, 81.25, 3_600], [10_000, 1_250, 40_000]),
      row('r5b.24xlarge', [60_000, 7_500, 260_000], [60_000, 7_500, 260_000]),
    ] as const,
    unit: 'EBS-optimized limits (Mbps, MB/s at 128 KiB I/O, IOPS at 16 KiB I/O)',
    source: MEMORY_OPTIMIZED,
    asOf: ASOF,
    note:
      'Both rows checked on 2026-11-22 against the "Amazon EBS specifications" table of the AWS Amazon EC2 ' +
      'Instance Types guide (memory optimized section; the page at `source`), read from a verbatim public copy of ' +
      "that guide's 2024 edition, not the live page. Units as in the table: bandwidth Mbps, throughput MB/s at " +
      '128 KiB I/O, IOPS at 16 KiB I/O. Both matched: r6i.large 650/10,000 Mbps, 81.25/1,250 MB/s, 3,600/40,000 ' +
      'IOPS (maximum for 30 minutes once every 24 hours); r5b.24xlarge 60,000 Mbps, 7,500 MB/s, 260,000 IOPS (no burst).',
  }),
};

/** Every bundled instance, with the page its row comes from. */
export function ebsInstanceList(): ReadonlyArray<EbsInstanceLimits & { source: string }> {
  return [
    ...EBS_INSTANCE_TABLE.general.value.map((limits) => ({
      ...limits,
      source: EBS_INSTANCE_TABLE.general.source,
    })),
    ...EBS_INSTANCE_TABLE.memory.value.map((limits) => ({
      ...limits,
      source: EBS_INSTANCE_TABLE.memory.source,
    })),
  ];
}

/** Looks an instance type up in the bundled table (case-insensitive); undefined when it is not bundled. */
export function ebsInstanceLookup(name: string): (EbsInstanceLimits & { source: string }) | undefined {
  const wanted = name.trim().toLowerCase();
  return ebsInstanceList().find((limits) => limits.name === wanted);
}
