import { Decimal } from '../money/decimal.ts';
import type { Trace } from '../trace.ts';
import {
  S3_AWS_CLI_PART_SIZE_GROWTH,
  S3_MAX_PART_BYTES,
  S3_MAX_PARTS,
  S3_MIN_PART_BYTES,
} from './s3Limits.ts';

/** The AWS CLI's own adjustment (s3transfer ChunksizeAdjuster): double until ≤ 10,000 parts, then clamp. */
export function s3AwsCliPartSize(size: number, preferred: number, trace: Trace): number {
  let partSize = preferred;
  let doublings = 0;
  while (new Decimal(size).dividedBy(partSize).ceil().toNumber() > S3_MAX_PARTS.value) {
    partSize *= S3_AWS_CLI_PART_SIZE_GROWTH.value;
    doublings += 1;
  }
  return trace.step({
    id: 'aws_cli_part_size',
    formula: 'AWS CLI: preferred × 2^k for the least k giving ≤ 10,000 parts, then clamped to 5 MiB–5 GiB',
    inputs: { preferredPartBytes: preferred, doublings },
    value: Math.min(Math.max(partSize, S3_MIN_PART_BYTES.value), S3_MAX_PART_BYTES.value),
    unit: 'bytes',
    source: S3_AWS_CLI_PART_SIZE_GROWTH.source,
  });
}
