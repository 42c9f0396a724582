import type { AwsFact } from '../rules/fact.ts';
import {
  S3_ARCHIVE_OVERHEAD_ARCHIVE_RATE_BYTES,
  S3_ARCHIVE_OVERHEAD_STANDARD_RATE_BYTES,
  S3_IA_MIN_BILLABLE_BYTES,
  S3_MIN_STORAGE_DAYS,
} from './s3Limits.ts';

/** The storage classes awscalc prices, by their S3 API names (`x-amz-storage-class`). */
export const S3_STORAGE_CLASS_IDS = [
  'STANDARD',
  'INTELLIGENT_TIERING',
  'STANDARD_IA',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;
export type S3StorageClassId = (typeof S3_STORAGE_CLASS_IDS)[number];

/** How one storage class is billed: which prices apply and which per-object rules. */
export interface S3StorageClassRule {
  readonly id: S3StorageClassId;
  readonly label: string;
  /** One flat storage price, or Standard's three volume tiers (first 50 TB, next 450 TB, over 500 TB). */
  readonly storagePriceKeys: readonly string[];
  readonly putPriceKey: string;
  readonly getPriceKey: string;
  /** Per-GB retrieval fee, where AWS charges one. */
  readonly retrievalPriceKey?: string;
  /** Per-1,000 restore requests (archive classes, Standard retrieval tier). */
  readonly restorePriceKey?: string;
  /** Objects smaller than this are billed as this size. */
  readonly minBillableBytes?: AwsFact<number>;
  /** Objects deleted, overwritten or transitioned earlier are billed for the remaining days. */
  readonly minStorageDays?: AwsFact<number>;
  /** Glacier Flexible Retrieval / Deep Archive: +32 KB at the class rate and +8 KB at the Standard rate per object. */
  readonly archiveOverhead?: {
    readonly archiveRate: AwsFact<number>;
    readonly standardRate: AwsFact<number>;
  };
  /** Intelligent-Tiering: monitored objects (≥ 128 KB) pay a monitoring fee and may move to cheaper tiers. */
  readonly intelligentTiering?: true;
  /** Objects must be restored before they can be read (archive classes). */
  readonly restoreRequired?: true;
}

const STANDARD_TIERS = [
  's3.standard.storage.first_50tb',
  's3.standard.storage.next_450tb',
  's3.standard.storage.over_500tb',
] as const;

const archiveOverhead = {
  archiveRate: S3_ARCHIVE_OVERHEAD_ARCHIVE_RATE_BYTES,
  standardRate: S3_ARCHIVE_OVERHEAD_STANDARD_RATE_BYTES,
};

/** The billing rules of each class, in the order results list them (most to least accessible). */
export const S3_STORAGE_CLASSES: readonly S3StorageClassRule[] = [
  {
    id: 'STANDARD',
    label: 'S3 Standard',
    storagePriceKeys: STANDARD_TIERS,
    putPriceKey: 's3.standard.put',
    getPriceKey: 's3.standard.get',
  },
  {
    id: 'INTELLIGENT_TIERING',
    label: 'S3 Intelligent-Tiering',
    storagePriceKeys: [
      's3.intelligent_tiering.frequent.first_50tb',
      's3.intelligent_tiering.frequent.next_450tb',
      's3.intelligent_tiering.frequent.over_500tb',
    ],
    putPriceKey: 's3.intelligent_tiering.put',
    getPriceKey: 's3.intelligent_tiering.get',
    intelligentTiering: true,
  },
  {
    id: 'STANDARD_IA',
    label: 'S3 Standard-IA',
    storagePriceKeys: ['s3.standard_ia.storage'],
    putPriceKey: 's3.standard_ia.put',
    getPriceKey: 's3.standard_ia.get',
    retrievalPriceKey: 's3.standard_ia.retrieval',
    minBillableBytes: S3_IA_MIN_BILLABLE_BYTES,
    minStorageDays: S3_MIN_STORAGE_DAYS.standardIa,
  },
  {
    id: 'ONEZONE_IA',
    label: 'S3 One Zone-IA',
    storagePriceKeys: ['s3.one_zone_ia.storage'],
    putPriceKey: 's3.one_zone_ia.put',
    getPriceKey: 's3.one_zone_ia.get',
    retrievalPriceKey: 's3.one_zone_ia.retrieval',
    minBillableBytes: S3_IA_MIN_BILLABLE_BYTES,
    minStorageDays: S3_MIN_STORAGE_DAYS.oneZoneIa,
  },
  {
    id: 'GLACIER_IR',
    label: 'S3 Glacier Instant Retrieval',
    storagePriceKeys: ['s3.glacier_ir.storage'],
    putPriceKey: 's3.glacier_ir.put',
    getPriceKey: 's3.glacier_ir.get',
    retrievalPriceKey: 's3.glacier_ir.retrieval',
    minBillableBytes: S3_IA_MIN_BILLABLE_BYTES,
    minStorageDays: S3_MIN_STORAGE_DAYS.glacierInstantRetrieval,
  },
  {
    id: 'GLACIER',
    label: 'S3 Glacier Flexible Retrieval',
    storagePriceKeys: ['s3.glacier_flexible.storage'],
    putPriceKey: 's3.glacier_flexible.put',
    getPriceKey: 's3.glacier_flexible.get',
    retrievalPriceKey: 's3.glacier_flexible.retrieval',
    restorePriceKey: 's3.glacier_flexible.restore',
    minStorageDays: S3_MIN_STORAGE_DAYS.glacierFlexibleRetrieval,
    archiveOverhead,
    restoreRequired: true,
  },
  {
    id: 'DEEP_ARCHIVE',
    label: 'S3 Glacier Deep Archive',
    storagePriceKeys: ['s3.glacier_deep_archive.storage'],
    putPriceKey: 's3.glacier_deep_archive.put',
    getPriceKey: 's3.glacier_deep_archive.get',
    retrievalPriceKey: 's3.glacier_deep_archive.retrieval',
    restorePriceKey: 's3.glacier_deep_archive.restore',
    minStorageDays: S3_MIN_STORAGE_DAYS.glacierDeepArchive,
    archiveOverhead,
    restoreRequired: true,
  },
];

/** The rules of one class; every id in `S3_STORAGE_CLASS_IDS` has an entry. */
export function s3StorageClass(id: S3StorageClassId): S3StorageClassRule {
  const rule = S3_STORAGE_CLASSES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No S3 storage class rule for ${id}`);
  return rule;
}
