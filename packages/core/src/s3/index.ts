// Public API of the S3 calculators: request-rate prefixes, multipart upload planning, storage cost.
export type { S3CostLine } from './prices.ts';
export { S3_PRICES, s3CostLine } from './prices.ts';
export type { S3SizeUnits } from './s3Inputs.ts';
export {
  S3_DECIMAL_SIZE_CONVENTION,
  S3_SIZE_CONVENTION,
  S3_SIZE_UNITS,
  s3SizeConvention,
} from './s3Inputs.ts';
export {
  S3_AWS_CLI_DEFAULT_PART_BYTES,
  S3_AWS_CLI_PART_SIZE_GROWTH,
  S3_ARCHIVE_OVERHEAD_ARCHIVE_RATE_BYTES,
  S3_ARCHIVE_OVERHEAD_STANDARD_RATE_BYTES,
  S3_BILLING_GB_BYTES,
  S3_IA_MIN_BILLABLE_BYTES,
  S3_INT_MONITORING_MIN_BYTES,
  S3_MAX_OBJECT_BYTES,
  S3_MAX_PART_BYTES,
  S3_MAX_PARTS,
  S3_MIN_PART_BYTES,
  S3_MIN_STORAGE_DAYS,
  S3_MULTIPART_RECOMMENDED_BYTES,
  S3_READ_RATE_PER_PREFIX,
  S3_SINGLE_PUT_MAX_BYTES,
  S3_STANDARD_TIER_GB,
  S3_WRITE_RATE_PER_PREFIX,
} from './s3Limits.ts';
export type { S3MultipartPlan, S3MultipartRequests } from './s3MultipartPlan.ts';
export { S3MultipartPlanInput, s3MultipartPlan } from './s3MultipartPlan.ts';
export type { S3PrefixTraffic, S3RequestPrefixes } from './s3RequestPrefixes.ts';
export { MAX_TRAFFIC_PREFIXES, MAX_TRAFFIC_TEXT } from './s3TrafficSpread.ts';
export { S3RequestPrefixesInput, s3RequestPrefixes } from './s3RequestPrefixes.ts';
export type { S3StorageClassId, S3StorageClassRule } from './s3StorageClasses.ts';
export { S3_STORAGE_CLASS_IDS, S3_STORAGE_CLASSES, s3StorageClass } from './s3StorageClasses.ts';
export type { S3ClassCost, S3CostCategory, S3StorageCost, S3StorageCostLine } from './s3StorageCost.ts';
export { s3StorageCost } from './s3StorageCost.ts';
export { S3StorageCostInput } from './s3StorageCostInput.ts';
