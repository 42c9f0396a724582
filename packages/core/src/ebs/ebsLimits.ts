import { fact } from '../rules/fact.ts';
import { CHECKED_ON } from '../rules/dates.ts';

// AWS's documented limits for every EBS volume type, as data with the page that states each one.
// Checked 2026-11-22. gp3 limits changed on 2025-09-25 (16,000 → 80,000 IOPS, 1,000 → 2,000 MiB/s,
// 16 → 64 TiB); the older values are kept out of the code on purpose — see the announcement below.

export const EBS_VOLUME_TYPES_PAGE = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html';
export const EBS_GENERAL_PURPOSE_PAGE =
  'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html';
export const EBS_GP3_PERFORMANCE_PAGE = `${EBS_GENERAL_PURPOSE_PAGE}#gp3-performance`;
export const EBS_GP2_PERFORMANCE_PAGE = `${EBS_GENERAL_PURPOSE_PAGE}#gp2-performance`;
export const EBS_GP3_2025_ANNOUNCEMENT =
  'https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ebs-size-provisioned-performance-gp3-volumes/';
export const EBS_CREATE_VOLUME_API =
  'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html';
export const EBS_PROVISIONED_IOPS_PAGE =
  'https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html';
export const EBS_HDD_PAGE = 'https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html';
export const EBS_IO_CHARACTERISTICS_PAGE =
  'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-io-characteristics.html';
export const EBS_PREVIOUS_GENERATION_PAGE =
  'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html#vol-type-prev';

const CHECKED = CHECKED_ON;

/** The volume types awscalc models. io2 means io2 Block Express (every io2 volume since 2025-04-30). */
export const EBS_VOLUME_TYPES = ['gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1', 'standard'] as const;
export type EbsVolumeType = (typeof EBS_VOLUME_TYPES)[number];

/** gp3: performance provisioned independently of size, no bursting. */
export const GP3 = {
  minSizeGiB: fact({ value: 1, unit: 'GiB', source: EBS_CREATE_VOLUME_API, asOf: CHECKED }),
  maxSizeGiB: fact({
    value: 65_536,
    unit: 'GiB',
    source: EBS_GP3_2025_ANNOUNCEMENT,
    asOf: '2025-09-25',
    note: '64 TiB since September 2025 (was 16 TiB); CreateVolume size table "gp3: 1 - 65,536 GiB"',
  }),
  baselineIops: fact({
    value: 3_000,
    unit: 'IOPS',
    source: EBS_GP3_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'included in the price of storage, at any size',
  }),
  maxIops: fact({
    value: 80_000,
    unit: 'IOPS',
    source: EBS_GP3_2025_ANNOUNCEMENT,
    asOf: '2025-09-25',
    note: 'CreateVolume/ModifyVolume API: "gp3: 3,000 - 80,000 IOPS" (was 16,000 before September 2025)',
  }),
  iopsPerGiB: fact({
    value: 500,
    unit: 'IOPS per GiB',
    source: EBS_GP3_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'maximum ratio of provisioned IOPS to size; 80,000 IOPS needs at least 160 GiB. Restated after the 2025 change in AWS CDK EbsDeviceOptions docs and third-party validators (terraform-provider-aws #44762)',
  }),
  baselineThroughputMiBps: fact({
    value: 125,
    unit: 'MiB/s',
    source: EBS_GP3_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'included in the price of storage',
  }),
  maxThroughputMiBps: fact({
    value: 2_000,
    unit: 'MiB/s',
    source: EBS_GP3_2025_ANNOUNCEMENT,
    asOf: '2025-09-25',
    note: 'ModifyVolume API "Valid Range: Minimum value of 125. Maximum value of 2,000." (was 1,000)',
  }),
  throughputPerIops: fact({
    value: 0.25,
    unit: 'MiB/s per provisioned IOPS',
    source: EBS_GP3_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'AWS rejects a higher ratio ("Throughput (MiBps) to iops ratio … is too high; maximum is 0.250000", runs-on #260); 2,000 MiB/s needs 8,000 IOPS. aws-cdk EbsDeviceOptionsBase (2025+) restates "0.25 MiB/s per provisioned IOPS", "Maximum value of 2000"',
  }),
};

/** gp2: performance tied to size; I/O credit bucket below 1,000 GiB. */
export const GP2 = {
  minSizeGiB: fact({ value: 1, unit: 'GiB', source: EBS_GP2_PERFORMANCE_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({ value: 16_384, unit: 'GiB', source: EBS_GP2_PERFORMANCE_PAGE, asOf: CHECKED }),
  iopsPerGiB: fact({
    value: 3,
    unit: 'IOPS per GiB',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'baseline, which is also the rate at which the volume earns I/O credits',
  }),
  minBaselineIops: fact({
    value: 100,
    unit: 'IOPS',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'volumes of 33.33 GiB and smaller',
  }),
  maxBaselineIops: fact({
    value: 16_000,
    unit: 'IOPS',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'reached at 5,334 GiB',
  }),
  burstIops: fact({
    value: 3_000,
    unit: 'IOPS',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'volumes whose baseline is below 3,000 IOPS (smaller than 1,000 GiB) burst to 3,000',
  }),
  creditBucket: fact({
    value: 5_400_000,
    unit: 'I/O credits',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'accrual limit; every volume starts with a full bucket ("enough to sustain 3,000 IOPS for 30 minutes")',
  }),
  smallVolumeThroughputMiBps: fact({
    value: 128,
    unit: 'MiB/s',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'volumes of 170 GiB and smaller',
  }),
  smallVolumeMaxGiB: fact({ value: 170, unit: 'GiB', source: EBS_GP2_PERFORMANCE_PAGE, asOf: CHECKED }),
  maxThroughputMiBps: fact({
    value: 250,
    unit: 'MiB/s',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: 'larger than 170 GiB: burst to 250; 334 GiB and larger: 250 regardless of credits. Throughput = IOPS × I/O size',
  }),
  maxIoSizeKiB: fact({
    value: 256,
    unit: 'KiB',
    source: EBS_GP2_PERFORMANCE_PAGE,
    asOf: CHECKED,
    note: "largest I/O an SSD volume counts as one operation; AWS's gp2 throughput figures assume it",
  }),
};

/** io1: provisioned IOPS, 50:1. */
export const IO1 = {
  minSizeGiB: fact({ value: 4, unit: 'GiB', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({ value: 16_384, unit: 'GiB', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
  minIops: fact({ value: 100, unit: 'IOPS', source: EBS_CREATE_VOLUME_API, asOf: CHECKED }),
  maxIops: fact({
    value: 64_000,
    unit: 'IOPS',
    source: EBS_CREATE_VOLUME_API,
    asOf: CHECKED,
    note: '"io1: 100 - 64,000 IOPS"; above 32,000 only on instances built on the Nitro System',
  }),
  iopsPerGiB: fact({
    value: 50,
    unit: 'IOPS per GiB',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: 'a 100 GiB io1 volume can have at most 5,000 IOPS; 64,000 needs 1,280 GiB',
  }),
  lowIopsLimit: fact({
    value: 32_000,
    unit: 'IOPS',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: 'up to 32,000 IOPS: 256 KiB per I/O, at most 500 MiB/s (reached at 2,000 IOPS); above: 16 KiB per provisioned IOPS',
  }),
  lowIopsIoSizeKiB: fact({ value: 256, unit: 'KiB', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
  lowIopsMaxThroughputMiBps: fact({
    value: 500,
    unit: 'MiB/s',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
  }),
  highIopsKiBPerIops: fact({
    value: 16,
    unit: 'KiB per provisioned IOPS',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: '48,000 IOPS → 750 MiB/s; 64,000 IOPS → 1,000 MiB/s',
  }),
  maxThroughputMiBps: fact({ value: 1_000, unit: 'MiB/s', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
  nitroOnlyAboveIops: fact({
    value: 32_000,
    unit: 'IOPS',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: 'other instance families achieve at most 32,000 IOPS',
  }),
};

/** io2 Block Express: provisioned IOPS, 1,000:1. */
export const IO2 = {
  minSizeGiB: fact({ value: 4, unit: 'GiB', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({
    value: 65_536,
    unit: 'GiB',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: '"Storage capacity up to 64 TiB (65,536 GiB)"; all new and existing io2 volumes are Block Express as of 2025-04-30 (checked in the current zh_tw copy of this page)',
  }),
  minIops: fact({ value: 100, unit: 'IOPS', source: EBS_CREATE_VOLUME_API, asOf: CHECKED }),
  maxIops: fact({
    value: 256_000,
    unit: 'IOPS',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: 'on Nitro-based instances; other instance types achieve up to 32,000',
  }),
  iopsPerGiB: fact({
    value: 1_000,
    unit: 'IOPS per GiB',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: '"IOPS:GiB ratio of 1,000:1"; 256,000 IOPS needs 256 GiB',
  }),
  throughputPerIops: fact({
    value: 0.256,
    unit: 'MiB/s per provisioned IOPS',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: '"Throughput scales proportionally up to 0.256 MiB/s per provisioned IOPS"',
  }),
  maxThroughputMiBps: fact({
    value: 4_000,
    unit: 'MiB/s',
    source: EBS_PROVISIONED_IOPS_PAGE,
    asOf: CHECKED,
    note: 'reached at 16,000 IOPS or higher (0.256 × 15,625 = 4,000)',
  }),
  nitroOnlyAboveIops: fact({ value: 32_000, unit: 'IOPS', source: EBS_PROVISIONED_IOPS_PAGE, asOf: CHECKED }),
};

/** The HDD types: throughput per TiB of size, with a throughput-credit bucket. */
export const ST1 = {
  minSizeGiB: fact({ value: 125, unit: 'GiB', source: EBS_HDD_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({ value: 16_384, unit: 'GiB', source: EBS_HDD_PAGE, asOf: CHECKED }),
  baselineMiBpsPerTiB: fact({
    value: 40,
    unit: 'MiB/s per TiB',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
    note: 'also the rate the bucket fills; 0.125 TiB → 5 MiB/s, cap 500 reached at 12.5 TiB',
  }),
  burstMiBpsPerTiB: fact({
    value: 250,
    unit: 'MiB/s per TiB',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
    note: '0.125 TiB → 31.25 MiB/s (AWS table shows 31), cap 500 reached at 2 TiB',
  }),
  maxThroughputMiBps: fact({ value: 500, unit: 'MiB/s', source: EBS_HDD_PAGE, asOf: CHECKED }),
  maxIops: fact({ value: 500, unit: 'IOPS (1 MiB I/O)', source: EBS_VOLUME_TYPES_PAGE, asOf: CHECKED }),
  bucketTiBPerTiB: fact({
    value: 1,
    unit: 'TiB of credits per TiB of size',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
    note: '"it can hold up to 1 TiB-worth of credits" for a 1 TiB volume; scales linearly',
  }),
};

export const SC1 = {
  minSizeGiB: fact({ value: 125, unit: 'GiB', source: EBS_HDD_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({ value: 16_384, unit: 'GiB', source: EBS_HDD_PAGE, asOf: CHECKED }),
  baselineMiBpsPerTiB: fact({
    value: 12,
    unit: 'MiB/s per TiB',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
    note: '0.125 TiB → 1.5 MiB/s, 16 TiB → 192 MiB/s',
  }),
  burstMiBpsPerTiB: fact({
    value: 80,
    unit: 'MiB/s per TiB',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
    note: '0.125 TiB → 10 MiB/s, cap 250 reached at 3.125 TiB',
  }),
  maxThroughputMiBps: fact({ value: 250, unit: 'MiB/s', source: EBS_HDD_PAGE, asOf: CHECKED }),
  maxIops: fact({ value: 250, unit: 'IOPS (1 MiB I/O)', source: EBS_VOLUME_TYPES_PAGE, asOf: CHECKED }),
  bucketTiBPerTiB: fact({
    value: 1,
    unit: 'TiB of credits per TiB of size',
    source: EBS_HDD_PAGE,
    asOf: CHECKED,
  }),
};

/** HDD volumes count every I/O of 1 MiB or less as a full 1 MiB credit (sequential I/O is merged first). */
export const HDD_CREDIT_IO_SIZE_KIB = fact({
  value: 1_024,
  unit: 'KiB',
  source: `${EBS_HDD_PAGE}#inefficiency`,
  asOf: CHECKED,
  note: '"an I/O request of 1 MiB or less counts as a 1 MiB I/O credit"',
});

/** Magnetic (standard): previous generation, no documented credit bucket. */
export const STANDARD = {
  minSizeGiB: fact({ value: 1, unit: 'GiB', source: EBS_PREVIOUS_GENERATION_PAGE, asOf: CHECKED }),
  maxSizeGiB: fact({ value: 1_024, unit: 'GiB', source: EBS_PREVIOUS_GENERATION_PAGE, asOf: CHECKED }),
  averageIops: fact({
    value: 100,
    unit: 'IOPS',
    source: EBS_PREVIOUS_GENERATION_PAGE,
    asOf: CHECKED,
    note: '"approximately 100 IOPS on average, with burst capability of up to hundreds of IOPS"; table: 40–200',
  }),
  maxIops: fact({ value: 200, unit: 'IOPS', source: EBS_PREVIOUS_GENERATION_PAGE, asOf: CHECKED }),
  minThroughputMiBps: fact({ value: 40, unit: 'MiB/s', source: EBS_PREVIOUS_GENERATION_PAGE, asOf: CHECKED }),
  maxThroughputMiBps: fact({ value: 90, unit: 'MiB/s', source: EBS_PREVIOUS_GENERATION_PAGE, asOf: CHECKED }),
};

/** The size range of each type, for validation and help text. */
export const EBS_SIZE_RANGE: Record<EbsVolumeType, { min: number; max: number; source: string }> = {
  gp3: { min: GP3.minSizeGiB.value, max: GP3.maxSizeGiB.value, source: GP3.maxSizeGiB.source },
  gp2: { min: GP2.minSizeGiB.value, max: GP2.maxSizeGiB.value, source: GP2.maxSizeGiB.source },
  io1: { min: IO1.minSizeGiB.value, max: IO1.maxSizeGiB.value, source: IO1.maxSizeGiB.source },
  io2: { min: IO2.minSizeGiB.value, max: IO2.maxSizeGiB.value, source: IO2.maxSizeGiB.source },
  st1: { min: ST1.minSizeGiB.value, max: ST1.maxSizeGiB.value, source: ST1.maxSizeGiB.source },
  sc1: { min: SC1.minSizeGiB.value, max: SC1.maxSizeGiB.value, source: SC1.maxSizeGiB.source },
  standard: {
    min: STANDARD.minSizeGiB.value,
    max: STANDARD.maxSizeGiB.value,
    source: STANDARD.maxSizeGiB.source,
  },
};
