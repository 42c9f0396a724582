import { EBS_VOLUME_TYPES, type EbsVolumeType, GP3 } from './ebsLimits.ts';

/** What a volume type takes and does, for faces deciding which fields to offer and how to label them. */
export interface EbsVolumeTraits {
  readonly type: EbsVolumeType;
  /** AWS's name of the type, e.g. `General Purpose SSD`. */
  readonly name: string;
  /** Takes provisioned IOPS (gp3, io1, io2). */
  readonly takesIops: boolean;
  /** Provisioned IOPS must be given (io1, io2: there is no default). */
  readonly requiresIops: boolean;
  /** The IOPS a volume gets when none are given (gp3's included 3,000), or null. */
  readonly defaultIops: number | null;
  /** Takes provisioned throughput (gp3 only). */
  readonly takesThroughput: boolean;
  readonly defaultThroughputMiBps: number | null;
  /** Has a credit bucket (gp2 I/O credits, st1/sc1 throughput credits), so a workload can be simulated. */
  readonly burstable: boolean;
  /** The unit a burstable type's demand and delivery are in (IOPS for gp2, MiB/s for st1/sc1), or null. */
  readonly rateUnit: 'IOPS' | 'MiB/s' | null;
  readonly previousGeneration: boolean;
  /** Solid-state (gp3, gp2, io2, io1): I/Os above 256 KiB are split into 256 KiB operations. */
  readonly ssd: boolean;
}

/**
 * The traits of each type, stated once: the calculators refuse provisioned IOPS or throughput the
 * type does not take (ebsFigures.ts `refuseProvisioned`), and the faces read these instead of
 * restating the rules. The defaults come from the limits facts.
 */
const TRAITS: Record<EbsVolumeType, Omit<EbsVolumeTraits, 'type'>> = {
  gp3: {
    name: 'General Purpose SSD',
    takesIops: true,
    requiresIops: false,
    defaultIops: GP3.baselineIops.value,
    takesThroughput: true,
    defaultThroughputMiBps: GP3.baselineThroughputMiBps.value,
    burstable: false,
    rateUnit: null,
    previousGeneration: false,
    ssd: true,
  },
  gp2: { ...plain('General Purpose SSD (burst credits)'), burstable: true, rateUnit: 'IOPS', ssd: true },
  io2: { ...plain('Block Express, Provisioned IOPS SSD'), takesIops: true, requiresIops: true, ssd: true },
  io1: { ...plain('Provisioned IOPS SSD'), takesIops: true, requiresIops: true, ssd: true },
  st1: { ...plain('Throughput Optimized HDD'), burstable: true, rateUnit: 'MiB/s' },
  sc1: { ...plain('Cold HDD'), burstable: true, rateUnit: 'MiB/s' },
  standard: { ...plain('Magnetic'), previousGeneration: true },
};

function plain(name: string): Omit<EbsVolumeTraits, 'type'> {
  return {
    name,
    takesIops: false,
    requiresIops: false,
    defaultIops: null,
    takesThroughput: false,
    defaultThroughputMiBps: null,
    burstable: false,
    rateUnit: null,
    previousGeneration: false,
    ssd: false,
  };
}

/** The traits of a volume type. */
export function ebsVolumeTraits(type: EbsVolumeType): EbsVolumeTraits {
  return { type, ...TRAITS[type] };
}

/** Every type's traits, in the order of `EBS_VOLUME_TYPES`. */
export function ebsVolumeTraitsList(): EbsVolumeTraits[] {
  return EBS_VOLUME_TYPES.map(ebsVolumeTraits);
}

/** The types with a credit bucket, the ones `ebs simulate` takes. */
export const EBS_BURSTABLE_TYPES = ['gp2', 'st1', 'sc1'] as const satisfies readonly EbsVolumeType[];
