import { Decimal } from '../money/decimal.ts';
import { totalUsd } from '../money/priceBook.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { formatByteSize } from '../units/byteSize.ts';
import { type S3CostLine, s3CostLine, s3PriceBook } from './prices.ts';
import type { Problem } from '../input/problem.ts';
import { s3AwsCliPartSize } from './s3AwsCliPartSize.ts';
import { s3SizeConvention } from './s3Inputs.ts';
import { readMultipartInput, S3MultipartPlanInput } from './s3MultipartPlanInput.ts';

import { parseByteSize } from '../units/byteSize.ts';
import {
  S3_AWS_CLI_DEFAULT_PART_BYTES,
  BYTES,
  S3_MAX_OBJECT_BYTES,
  S3_MAX_PART_BYTES,
  S3_MAX_PARTS,
  S3_MIN_PART_BYTES,
  S3_MULTIPART_RECOMMENDED_BYTES,
  S3_SINGLE_PUT_MAX_BYTES,
} from './s3Limits.ts';
import { type S3StorageClassId, s3StorageClass } from './s3StorageClasses.ts';

export { S3MultipartPlanInput };

export interface S3MultipartRequests {
  readonly createMultipartUpload: number;
  readonly uploadPart: number;
  readonly completeMultipartUpload: number;
  readonly total: number;
}

export interface S3MultipartPlan {
  readonly objectBytes: number;
  readonly sizeConvention: string;
  /** True when one PutObject can upload the object (≤ 5 GiB; AWS writes "5 GB"). */
  readonly singlePutAllowed: boolean;
  readonly singlePutMaxBytes: number;
  /** True above 5 GiB: only a multipart upload can create the object. */
  readonly multipartRequired: boolean;
  /** True from 100 MB (read as MiB): AWS suggests considering multipart. */
  readonly multipartRecommended: boolean;
  readonly maxObjectBytes: number;
  /** Smallest part size that fits the object in 10,000 parts: max(5 MiB, ⌈size ÷ 10,000⌉) bytes; null above the maximum. */
  readonly minPartSizeBytes: number | null;
  /** The part size asked for (default: the AWS CLI's 8 MiB). */
  readonly preferredPartSizeBytes: number;
  /** The part size to use: within 5 MiB–5 GiB and ≤ 10,000 parts; null when the object is too large. */
  readonly partSizeBytes: number | null;
  /** True when `partSizeBytes` differs from the preference (raised to fit 10,000 parts, or brought into 5 MiB–5 GiB). */
  readonly partSizeAdjusted: boolean;
  readonly partCount: number | null;
  /** Size of the last part (the only one allowed below 5 MiB). */
  readonly lastPartSizeBytes: number | null;
  /** The largest object `partSizeBytes` can upload: part size × 10,000, at most the S3 maximum. */
  readonly maxObjectBytesAtPartSize: number | null;
  /** The largest object the preferred part size can upload (preferred × 10,000). */
  readonly maxObjectBytesAtPreferredPartSize: number;
  readonly requests: S3MultipartRequests | null;
  /**
   * What the AWS CLI / boto3 would use from the same preference: it doubles the part size until the
   * upload fits 10,000 parts, then clamps to 5 MiB–5 GiB (often larger parts than needed).
   */
  readonly awsCli: { readonly partSizeBytes: number; readonly partCount: number } | null;
  readonly storageClass: S3StorageClassId;
  readonly region: string;
  /** Request charges of the multipart upload (all n + 2 requests are PUT-class requests). */
  readonly cost: { readonly lines: readonly S3CostLine[]; readonly totalUsd: string } | null;
  /** Request charge of a single PutObject, when one is allowed. */
  readonly singlePutCostUsd: string | null;
  readonly problems: readonly Problem[];
}

const human = (bytes: number) =>
  `${formatByteSize(bytes, 'binary', 2)} (${bytes.toLocaleString('en-US')} bytes)`;

/**
 * Plans the upload of one object to S3: whether a single PUT may do it, the part size to use (the
 * preferred one, raised to a whole MiB when the object would otherwise need more than 10,000 parts),
 * the part count and last part, the requests and what they cost.
 *
 * @example
 * run(s3MultipartPlan, { size: '5TiB' }).value.partSizeBytes //=> 550502400 (525 MiB)
 */
export const s3MultipartPlan = defineCalculator({
  name: 's3MultipartPlan',
  schema: S3MultipartPlanInput,
  calculate: (raw) => {
    const input = readMultipartInput(raw);
    const overridden = s3PriceBook(input.prices);
    if (!overridden.ok) return failure(...overridden.issues);
    const book = overridden.book;
    const trace = new Trace();
    const warnings: Warning[] = [];
    const problems: Problem[] = [];
    const size = input.size;
    const minPart = S3_MIN_PART_BYTES.value;
    const maxPart = S3_MAX_PART_BYTES.value;
    const maxParts = S3_MAX_PARTS.value;
    const maxObject = S3_MAX_OBJECT_BYTES.value;
    const preferred = input.partSize ?? S3_AWS_CLI_DEFAULT_PART_BYTES.value;

    const singlePutAllowed = trace.step({
      id: 'single_put_allowed',
      formula: 'object size ≤ 5 GiB (the single-PUT limit AWS writes as "5 GB")',
      inputs: { objectBytes: size, singlePutMaxBytes: S3_SINGLE_PUT_MAX_BYTES.value },
      value: size <= S3_SINGLE_PUT_MAX_BYTES.value,
      unit: 'boolean',
      source: S3_SINGLE_PUT_MAX_BYTES.source,
    });
    const multipartRecommended = trace.step({
      id: 'multipart_recommended',
      formula: 'object size ≥ 100 MB (read as MiB): AWS suggests considering multipart',
      inputs: { objectBytes: size, thresholdBytes: S3_MULTIPART_RECOMMENDED_BYTES.value },
      value: size >= S3_MULTIPART_RECOMMENDED_BYTES.value,
      unit: 'boolean',
      source: S3_MULTIPART_RECOMMENDED_BYTES.source,
    });
    const maxAtPreferred = new Decimal(preferred).times(maxParts).toNumber();
    const putKey = s3StorageClass(input.storageClass).putPriceKey;
    const base = {
      objectBytes: size,
      sizeConvention: s3SizeConvention(input.units),
      singlePutAllowed,
      singlePutMaxBytes: S3_SINGLE_PUT_MAX_BYTES.value,
      multipartRequired: !singlePutAllowed,
      multipartRecommended,
      maxObjectBytes: maxObject,
      preferredPartSizeBytes: preferred,
      maxObjectBytesAtPreferredPartSize: maxAtPreferred,
      storageClass: input.storageClass,
      region: book.region,
      singlePutCostUsd: singlePutAllowed
        ? s3CostLine(book, putKey, new Decimal(1).dividedBy(1000)).costUsd
        : null,
    };

    if (size > maxObject) {
      problems.push({
        code: 'object_too_large',
        path: ['objectSize'],
        params: { objectBytes: size, maxObjectBytes: maxObject },
        message: `Object size ${human(size)} is larger than the largest S3 object, ${human(maxObject)} (10,000 parts × 5 GiB; AWS calls it 50 TB, the limits table says 48.8 TiB). Split the data into several objects.${siHint(input.sizeText, input.units, maxObject)}`,
      });
      trace.step({
        id: 'object_too_large',
        formula: 'object size > 10,000 parts × 5 GiB',
        inputs: { objectBytes: size, maxObjectBytes: maxObject },
        value: true,
        unit: 'boolean',
        source: S3_MAX_OBJECT_BYTES.source,
      });
      return success<S3MultipartPlan>(
        {
          ...base,
          minPartSizeBytes: null,
          partSizeBytes: null,
          partSizeAdjusted: false,
          partCount: null,
          lastPartSizeBytes: null,
          maxObjectBytesAtPartSize: null,
          requests: null,
          awsCli: null,
          cost: null,
          problems,
        },
        trace.steps,
        warnings,
      );
    }

    const minPartSize = trace.step({
      id: 'min_part_size',
      formula: 'max(5 MiB, ⌈object size ÷ 10,000 parts⌉)',
      inputs: { objectBytes: size, minPartBytes: minPart, maxParts },
      value: Math.max(minPart, new Decimal(size).dividedBy(maxParts).ceil().toNumber()),
      unit: 'bytes',
      source: S3_MAX_PARTS.source,
    });

    // The plan's part size is always within 5 MiB–5 GiB, whatever was preferred: a size outside it is
    // a problem where AWS would reject a part (a part below 5 MiB that is not the last, or any part
    // above 5 GiB), and otherwise (a one-part upload) a warning, so the part size printed can be used
    // as a client setting for any object.
    const preferredParts = new Decimal(size).dividedBy(preferred).ceil().toNumber();
    let usable = preferred;
    if (preferred < minPart) {
      if (preferredParts > 1) {
        problems.push({
          code: 'part_size_too_small',
          path: ['partSize'],
          nearest: { partSizeBytes: minPart },
          message: `Part size ${human(preferred)} is below S3's 5 MiB minimum (only the last part may be smaller); this plan uses 5 MiB parts instead.`,
        });
      } else {
        warnings.push({
          code: 'part_size_clamped',
          path: ['partSize'],
          message: `A part size of ${human(preferred)} is below S3's 5 MiB minimum; this object fits in one (last) part, which may be any size, but the plan states 5 MiB so the setting also works for larger objects.`,
        });
      }
      usable = minPart;
    } else if (preferred > maxPart) {
      if (size > maxPart) {
        problems.push({
          code: 'part_size_too_large',
          path: ['partSize'],
          nearest: { partSizeBytes: maxPart },
          message: `Part size ${human(preferred)} is above S3's 5 GiB maximum; this plan uses 5 GiB parts instead.`,
        });
      } else {
        warnings.push({
          code: 'part_size_clamped',
          path: ['partSize'],
          message: `A part size of ${human(preferred)} is above S3's 5 GiB maximum; this object fits in one part, but the plan states 5 GiB so the setting also works for larger objects.`,
        });
      }
      usable = maxPart;
    }
    const fitsPreferred = new Decimal(size).dividedBy(usable).ceil().toNumber() <= maxParts;
    // Raised sizes are rounded up to a whole MiB: parts then start on MiB boundaries (handy for
    // ranged GETs by part), the size can be written as a client setting such as 525MiB, and the
    // ceiling of 5 GiB is itself a whole MiB, so rounding up never leaves the valid range.
    const partSize = trace.step({
      id: 'part_size',
      formula: fitsPreferred
        ? 'preferred part size (⌈object size ÷ preferred⌉ ≤ 10,000 parts)'
        : '⌈min part size ÷ 1 MiB⌉ × 1 MiB (preferred part size would need more than 10,000 parts)',
      inputs: fitsPreferred
        ? { preferredPartBytes: usable, objectBytes: size }
        : { preferredPartBytes: usable, minPartSizeBytes: minPartSize, mibBytes: BYTES.MIB },
      value: fitsPreferred
        ? usable
        : Math.min(new Decimal(minPartSize).dividedBy(BYTES.MIB).ceil().times(BYTES.MIB).toNumber(), maxPart),
      unit: 'bytes',
      source: S3_MIN_PART_BYTES.source,
    });
    const cliPartSize = s3AwsCliPartSize(size, preferred, trace);
    if (!fitsPreferred) {
      warnings.push({
        code: 'part_size_raised',
        path: ['partSize'],
        message: `${human(usable)} parts would need ${new Decimal(size).dividedBy(usable).ceil().toNumber().toLocaleString('en-US')} parts, more than S3's 10,000; the plan raises the part size to ${human(partSize)}. A tool with a fixed part size fails on this object; the AWS CLI and boto3 double theirs by themselves (to ${human(cliPartSize)} here).`,
      });
    }
    const partCount = trace.step({
      id: 'part_count',
      formula: '⌈object size ÷ part size⌉',
      inputs: { objectBytes: size, partSizeBytes: partSize },
      value: new Decimal(size).dividedBy(partSize).ceil().toNumber(),
      unit: 'parts',
      source: S3_MAX_PARTS.source,
    });
    const lastPartSize = trace.step({
      id: 'last_part_size',
      formula: 'object size − (part count − 1) × part size',
      inputs: { objectBytes: size, partCount, partSizeBytes: partSize },
      value: size - (partCount - 1) * partSize,
      unit: 'bytes',
      source: S3_MIN_PART_BYTES.source,
    });
    const maxAtPart = Math.min(new Decimal(partSize).times(maxParts).toNumber(), maxObject);
    trace.step({
      id: 'max_object_at_part_size',
      formula: 'min(part size × 10,000, maximum object size)',
      inputs: { partSizeBytes: partSize, maxParts, maxObjectBytes: maxObject },
      value: maxAtPart,
      unit: 'bytes',
      source: S3_MAX_OBJECT_BYTES.source,
    });
    const requests = {
      createMultipartUpload: 1,
      uploadPart: partCount,
      completeMultipartUpload: 1,
      total: trace.step({
        id: 'requests',
        formula: '1 CreateMultipartUpload + part count × UploadPart + 1 CompleteMultipartUpload',
        inputs: { partCount },
        value: partCount + 2,
        unit: 'requests',
      }),
    };
    const lines = [
      s3CostLine(
        book,
        putKey,
        new Decimal(requests.total).dividedBy(1000),
        `${requests.total.toLocaleString('en-US')} multipart requests (Create + ${partCount.toLocaleString('en-US')} × UploadPart + Complete), billed as PUT/COPY/POST/LIST requests`,
      ),
    ];
    if (size < minPart && partCount === 1) {
      warnings.push({
        code: 'single_small_part',
        message: `The object is smaller than 5 MiB, so a multipart upload has one part (the last part may be any size); a single PUT costs ${requests.total} times less in requests.`,
      });
    }
    return success<S3MultipartPlan>(
      {
        ...base,
        awsCli: {
          partSizeBytes: cliPartSize,
          partCount: new Decimal(size).dividedBy(cliPartSize).ceil().toNumber(),
        },
        minPartSizeBytes: minPartSize,
        partSizeBytes: partSize,
        partSizeAdjusted: partSize !== preferred,
        partCount,
        lastPartSizeBytes: lastPartSize,
        maxObjectBytesAtPartSize: maxAtPart,
        requests,
        cost: { lines, totalUsd: totalUsd(lines) },
        problems,
      },
      trace.steps,
      warnings,
    );
  },
});

/** When a binary reading overflows but the SI reading of the same text fits, say so (e.g. "50 TB"). */
function siHint(text: string, units: 'binary' | 'decimal', maxObject: number): string {
  if (units !== 'binary') return '';
  const decimal = parseByteSize(text, 'decimal');
  if (!decimal.ok || decimal.value > maxObject) return '';
  return ` Read in SI units (1 TB = 10^12 bytes), "${text}" is ${human(decimal.value)} and fits: if that is what you meant, use decimal units.`;
}
