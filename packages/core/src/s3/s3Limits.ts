import { CHECKED_ON } from '../rules/dates.ts';
import { fact } from '../rules/fact.ts';

// Amazon S3's documented limits and billing rules, as data. Each was checked on CHECKED_ON against
// the page in its `source` (found with the awscalc research `search` tool; see the notes).
//
// Units: AWS's S3 pages mix "5 GB", "5 GiB", "5 MiB", "50 TB" and "48.8 TiB". The multipart limits
// table is in MiB/GiB/TiB (1,024-based), and AWS's own objects page explains that the "50 TB" object
// limit is really 10,000 parts × 5 GiB = 50,000 GiB (48.8 TiB, 53.7 TB). awscalc therefore reads
// every size limit on the S3 pages as binary (1 KB = 1,024 bytes, 1 GB = 2^30 bytes) and states each
// limit here in exact bytes, so no reader has to guess.

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

const PERFORMANCE_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html';
const MULTIPART_LIMITS_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html';
const OBJECTS_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html';
const UPLOAD_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html';
const STORAGE_CLASSES_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html';
const ARCHIVAL_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/archival-storage.html';
const CHECKED = CHECKED_ON;

/** "at least 3,500 PUT/COPY/POST/DELETE … requests per second per partitioned prefix". */
export const S3_WRITE_RATE_PER_PREFIX = fact({
  value: 3500,
  unit: 'PUT/COPY/POST/DELETE requests per second per partitioned prefix (at least)',
  source: PERFORMANCE_PAGE,
  asOf: CHECKED,
  note: 'A lower bound: "your application can achieve at least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests per second per partitioned prefix". There is no limit on the number of prefixes in a bucket.',
});

/** "at least … 5,500 GET/HEAD requests per second per partitioned prefix". */
export const S3_READ_RATE_PER_PREFIX = fact({
  value: 5500,
  unit: 'GET/HEAD requests per second per partitioned prefix (at least)',
  source: PERFORMANCE_PAGE,
  asOf: CHECKED,
  note: 'AWS example: 10 prefixes → 55,000 read requests per second. Scaling "happens gradually and is not instantaneous"; while S3 scales you may see 503 Slow Down errors.',
});

/** Largest object one PutObject can upload. AWS writes "5 GB"; read as 5 GiB, like the part-size maximum. */
export const S3_SINGLE_PUT_MAX_BYTES = fact({
  value: 5 * GIB,
  unit: 'bytes (5 GiB; AWS writes "5 GB")',
  source: UPLOAD_PAGE,
  asOf: CHECKED,
  note: '"With a single PUT operation, you can upload a single object up to 5 GB in size." awscalc reads this GB as 2^30 bytes, the same 5 GiB that the multipart limits table gives as the largest part; a 6 GB object needs multipart under either reading.',
});

/** Largest object: 10,000 parts × 5 GiB = 50,000 GiB (the "50 TB" limit since December 2025). */
export const S3_MAX_OBJECT_BYTES = fact({
  value: 10_000 * 5 * GIB,
  unit: 'bytes (50,000 GiB = 48.8 TiB = 53.7 TB; AWS calls it "50 TB")',
  source: OBJECTS_PAGE,
  asOf: CHECKED,
  note: 'Raised from 5 TiB in December 2025. The objects page: "the actual maximum object size is 53.7 TB (48.8 TiB) … 10,000 maximum parts x 5 GiB per part = 50,000 GiB". The multipart limits table (qfacts.html) lists "Maximum object size 48.8 TiB".',
});

/** Smallest part of a multipart upload, except the last. */
export const S3_MIN_PART_BYTES = fact({
  value: 5 * MIB,
  unit: 'bytes (5 MiB)',
  source: MULTIPART_LIMITS_PAGE,
  asOf: CHECKED,
  note: '"Part size 5 MiB to 5 GiB. There is no minimum size limit on the last part of your multipart upload."',
});

/** Largest part of a multipart upload. */
export const S3_MAX_PART_BYTES = fact({
  value: 5 * GIB,
  unit: 'bytes (5 GiB)',
  source: MULTIPART_LIMITS_PAGE,
  asOf: CHECKED,
});

/** At most 10,000 parts (part numbers 1 to 10,000). */
export const S3_MAX_PARTS = fact({
  value: 10_000,
  unit: 'parts per upload',
  source: MULTIPART_LIMITS_PAGE,
  asOf: CHECKED,
});

/** "when your object size reaches 100 MB, you should consider using multipart uploads". */
export const S3_MULTIPART_RECOMMENDED_BYTES = fact({
  value: 100 * MIB,
  unit: 'bytes (100 MB read as 100 MiB)',
  source: MULTIPART_LIMITS_PAGE,
  asOf: CHECKED,
  note: 'A recommendation, not a limit: "In general, when your object size reaches 100 MB, you should consider using multipart uploads instead of uploading the object in a single operation."',
});

/** The AWS CLI's default part size (`multipart_chunksize`), used when no part size is preferred. */
export const S3_AWS_CLI_DEFAULT_PART_BYTES = fact({
  value: 8 * MIB,
  unit: 'bytes (8 MiB)',
  source: 'https://docs.aws.amazon.com/cli/latest/topic/s3-config.html',
  asOf: CHECKED,
  note: "AWS CLI S3 configuration: multipart_chunksize defaults to 8MB (8,388,608 bytes in the CLI's transfer configuration).",
});

/**
 * How the AWS CLI and boto3 adjust a part size that would need more than 10,000 parts: they double it
 * until the upload fits, then clamp it to 5 MiB–5 GiB (s3transfer's ChunksizeAdjuster).
 */
export const S3_AWS_CLI_PART_SIZE_GROWTH = fact({
  value: 2,
  unit: 'factor the AWS CLI multiplies its part size by, repeatedly, until the upload fits 10,000 parts',
  source: 'https://github.com/boto/s3transfer/blob/develop/s3transfer/utils.py',
  asOf: CHECKED,
  note: 'ChunksizeAdjuster._adjust_for_max_parts: "while num_parts > self.max_parts: chunksize *= 2", then _adjust_for_chunksize_limits clamps to the 5 MiB minimum and 5 GiB maximum.',
});

/** Bytes in the "GB" of a GB-month: AWS bills S3 storage in binary gigabytes. */
export const S3_BILLING_GB_BYTES = fact({
  value: GIB,
  unit: 'bytes per billed GB',
  source: 'https://aws.amazon.com/s3/pricing/',
  asOf: CHECKED,
  note: 'Storage is metered in byte-hours and billed per GB-month with GB = 2^30 bytes; the AWS Pricing Calculator converts KB to GB by 1,048,576 and AWS Knowledge Center examples write 100 TB = 102,400 GB.',
});

/** Minimum billable object size for Standard-IA, One Zone-IA and Glacier Instant Retrieval. */
export const S3_IA_MIN_BILLABLE_BYTES = fact({
  value: 128 * KIB,
  unit: 'bytes (128 KB)',
  source: STORAGE_CLASSES_PAGE,
  asOf: CHECKED,
  note: '"If an object is less than 128 KB, Amazon S3 charges you for 128 KB." Comparison table: Min billable object size 128 KB for S3 Standard-IA, S3 One Zone-IA and S3 Glacier Instant Retrieval.',
});

/** Intelligent-Tiering: objects under 128 KB are not monitored (no fee) and stay in Frequent Access. */
export const S3_INT_MONITORING_MIN_BYTES = fact({
  value: 128 * KIB,
  unit: 'bytes (128 KB)',
  source: STORAGE_CLASSES_PAGE,
  asOf: CHECKED,
  note: '"If the size of an object is less than 128 KB, it is not monitored and not eligible for auto-tiering. Smaller objects are always stored in the Frequent Access tier."',
});

/** Glacier Flexible Retrieval and Deep Archive: per-object overhead billed at the archive class's rate. */
export const S3_ARCHIVE_OVERHEAD_ARCHIVE_RATE_BYTES = fact({
  value: 32 * KIB,
  unit: 'bytes per object (32 KB at the archive class rate)',
  source: ARCHIVAL_PAGE,
  asOf: CHECKED,
  note: 'Per archived object S3 keeps 32 KB of index data billed at the Glacier Flexible Retrieval or Deep Archive rate, plus 8 KB of name and metadata billed at the S3 Standard rate (40 KB in all; the storage-class table lists it as a 40 KB minimum billable size). The AWS Pricing Calculator itemises both.',
});

/** Glacier Flexible Retrieval and Deep Archive: per-object overhead billed at the S3 Standard rate. */
export const S3_ARCHIVE_OVERHEAD_STANDARD_RATE_BYTES = fact({
  value: 8 * KIB,
  unit: 'bytes per object (8 KB at the S3 Standard rate)',
  source: ARCHIVAL_PAGE,
  asOf: CHECKED,
});

/** Minimum storage durations: objects deleted, overwritten or transitioned earlier are billed for the rest. */
export const S3_MIN_STORAGE_DAYS = {
  standardIa: fact({
    value: 30,
    unit: 'days',
    source: STORAGE_CLASSES_PAGE,
    asOf: CHECKED,
    note: '"If you delete an object before the end of the 30-day minimum storage duration period, you are charged for 30 days."',
  }),
  oneZoneIa: fact({ value: 30, unit: 'days', source: STORAGE_CLASSES_PAGE, asOf: CHECKED }),
  glacierInstantRetrieval: fact({
    value: 90,
    unit: 'days',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/glacier-storage-classes.html',
    asOf: CHECKED,
    note: '"If you delete, overwrite, or transition the object to a different storage class before the minimum, you are charged for the remainder of that duration."',
  }),
  glacierFlexibleRetrieval: fact({
    value: 90,
    unit: 'days',
    source: STORAGE_CLASSES_PAGE,
    asOf: CHECKED,
    note: '"If you have deleted, overwritten, or transitioned to a different storage class an object before the 90-day minimum, you are charged for 90 days."',
  }),
  glacierDeepArchive: fact({
    value: 180,
    unit: 'days',
    source: STORAGE_CLASSES_PAGE,
    asOf: CHECKED,
    note: '"… before the 180-day minimum, you are charged for 180 days."',
  }),
} as const;

/** Standard's storage price tiers: first 50 TB, next 450 TB, over 500 TB per month (TB = 1,024 GB). */
export const S3_STANDARD_TIER_GB = {
  first: fact({
    value: 51_200,
    unit: 'GB-month (50 TB)',
    source: 'https://aws.amazon.com/s3/pricing/',
    asOf: CHECKED,
    note: 'Price List TimedStorage-ByteHrs ranges 0–51,200 GB, 51,200–512,000 GB, over 512,000 GB.',
  }),
  second: fact({
    value: 512_000,
    unit: 'GB-month (500 TB)',
    source: 'https://aws.amazon.com/s3/pricing/',
    asOf: CHECKED,
  }),
} as const;

export const BYTES = { KIB, MIB, GIB } as const;
