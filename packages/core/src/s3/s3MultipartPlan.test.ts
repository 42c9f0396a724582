import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { S3_MAX_OBJECT_BYTES } from './s3Limits.ts';
import { type S3MultipartPlanInput, s3MultipartPlan } from './s3MultipartPlan.ts';

// Limits: https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html (5 MiB–5 GiB parts, last
// part exempt, 10,000 parts, maximum object 48.8 TiB); single PUT up to 5 GB:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html; 50,000 GiB maximum:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html.
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

function plan(input: S3MultipartPlanInput) {
  const result = run(s3MultipartPlan, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('s3MultipartPlan', () => {
  it('refuses a single PUT for a 6 GB object, in either reading of GB', () => {
    for (const size of ['6 GB', 6_000_000_000]) {
      const { value } = plan({ objectSize: size });
      expect(value.singlePutAllowed).toBe(false);
      expect(value.multipartRequired).toBe(true);
    }
  });

  it('allows a single PUT up to exactly 5 GiB and requires multipart one byte above', () => {
    expect(plan({ objectSize: 5 * GiB }).value.singlePutAllowed).toBe(true);
    expect(plan({ objectSize: 5 * GiB + 1 }).value.multipartRequired).toBe(true);
  });

  it('recommends multipart from 100 MB (qfacts: "when your object size reaches 100 MB")', () => {
    expect(plan({ objectSize: '150 MB' }).value).toMatchObject({
      singlePutAllowed: true,
      multipartRecommended: true,
    });
    expect(plan({ objectSize: '4 MB' }).value.multipartRecommended).toBe(false);
  });

  it('caps an object at 48.8 GiB with 10,000 parts of the 5 MiB minimum', () => {
    const { value } = plan({ objectSize: '1 GiB', partSize: '5 MiB' });
    expect(value.maxObjectBytesAtPreferredPartSize).toBe(10_000 * 5 * MiB);
    expect(value.maxObjectBytesAtPreferredPartSize / GiB).toBeCloseTo(48.8, 1);
  });

  it('reaches 48.8 TiB (50,000 GiB, the "50 TB" maximum) with 5 GiB parts', () => {
    const { value } = plan({ objectSize: S3_MAX_OBJECT_BYTES.value });
    expect(value).toMatchObject({ partSizeBytes: 5 * GiB, partCount: 10_000, lastPartSizeBytes: 5 * GiB });
    expect(value.maxObjectBytesAtPartSize).toBe(50_000 * GiB);
    expect((value.maxObjectBytesAtPartSize ?? 0) / TiB).toBeCloseTo(48.8, 1);
    expect(value.problems).toEqual([]);
  });

  it("caps the AWS CLI's default 8 MiB parts at 78.1 GiB (the Mountpoint ceiling in reference §2.4)", () => {
    const { value } = plan({ objectSize: '1 GiB' });
    expect(value.preferredPartSizeBytes).toBe(8 * MiB);
    expect(value.maxObjectBytesAtPreferredPartSize / GiB).toBeCloseTo(78.1, 1);
  });

  it('raises the part size for a 5 TiB object to a whole MiB that fits 10,000 parts', () => {
    const { value, warnings } = plan({ objectSize: '5TiB', partSize: '8MiB' });
    // ⌈5 TiB ÷ 10,000⌉ = 549,755,814 bytes ≈ 524.29 MiB → 525 MiB.
    expect(value.minPartSizeBytes).toBe(549_755_814);
    expect(value.partSizeBytes).toBe(525 * MiB);
    expect(value.partSizeAdjusted).toBe(true);
    expect(value.partCount).toBe(9_987);
    expect(value.lastPartSizeBytes).toBe(5 * TiB - 9_986 * 525 * MiB);
    expect(value.requests).toEqual({
      createMultipartUpload: 1,
      uploadPart: 9_987,
      completeMultipartUpload: 1,
      total: 9_989,
    });
    expect(warnings.map((warning) => warning.code)).toEqual(['part_size_raised']);
  });

  it('shows what the AWS CLI would pick itself: 8 MiB doubled to 1 GiB for 5 TiB (s3transfer ChunksizeAdjuster)', () => {
    expect(plan({ objectSize: '5TiB' }).value.awsCli).toEqual({ partSizeBytes: GiB, partCount: 5_120 });
    expect(plan({ objectSize: '1 TiB' }).value.awsCli).toEqual({
      partSizeBytes: 128 * MiB,
      partCount: 8_192,
    });
    expect(plan({ objectSize: S3_MAX_OBJECT_BYTES.value }).value.awsCli).toEqual({
      partSizeBytes: 5 * GiB,
      partCount: 10_000,
    });
    expect(plan({ objectSize: '10 MiB', partSize: '1 MiB' }).value.awsCli?.partSizeBytes).toBe(5 * MiB);
  });

  it('finds the smallest part for 1 TiB: ⌈2^40 ÷ 10,000⌉ = 109,951,163 bytes (reference U7)', () => {
    expect(plan({ objectSize: '1 TiB' }).value.minPartSizeBytes).toBe(109_951_163);
  });

  it('keeps a preference that already fits', () => {
    const { value } = plan({ objectSize: '100 GiB', partSize: '64 MiB' });
    expect(value).toMatchObject({ partSizeBytes: 64 * MiB, partSizeAdjusted: false, partCount: 1600 });
  });

  it('prices the requests at the PUT rate: 1 Create + n UploadPart + 1 Complete', () => {
    const { value } = plan({ objectSize: '100 GiB', partSize: '64 MiB' });
    expect(value.cost?.lines[0]).toMatchObject({
      priceKey: 's3.standard.put',
      quantity: '1.602',
      unitPriceUsd: '0.005',
      region: 'us-east-1',
      source: 'https://aws.amazon.com/s3/pricing/',
    });
    expect(value.cost?.totalUsd).toBe('0.00801');
    expect(
      plan({ objectSize: '100 GiB', partSize: '64 MiB', storageClass: 'deep-archive' }).value.cost?.totalUsd,
    ).toBe('0.0801');
  });

  it('reports an object above the maximum as a problem with no plan', () => {
    const { value } = plan({ objectSize: '100 TB' });
    expect(value.problems.map((problem) => problem.code)).toEqual(['object_too_large']);
    expect(value).toMatchObject({
      partSizeBytes: null,
      partCount: null,
      lastPartSizeBytes: null,
      cost: null,
    });
    expect(plan({ objectSize: S3_MAX_OBJECT_BYTES.value + 1 }).value.problems).toHaveLength(1);
  });

  it('reads "50 TB" as 50 TiB by default (too large) and explains that the SI reading would fit', () => {
    const binary = plan({ objectSize: '50 TB' }).value;
    expect(binary.problems.map((problem) => problem.code)).toEqual(['object_too_large']);
    expect(binary.problems[0]?.message).toContain('use decimal units');
    const decimal = plan({ objectSize: '50 TB', units: 'decimal' }).value;
    expect(decimal).toMatchObject({ objectBytes: 50e12, problems: [] });
    expect(decimal.sizeConvention).toContain('decimal');
    expect(plan({ objectSize: '6 GB', units: 'decimal' }).value.multipartRequired).toBe(true);
    expect(plan({ objectSize: '5 GB', units: 'decimal' }).value.singlePutAllowed).toBe(true);
  });

  it('reports part sizes outside 5 MiB–5 GiB and plans with the nearest valid size', () => {
    const small = plan({ objectSize: '100 MiB', partSize: '1 MiB' }).value;
    expect(small.problems.map((problem) => problem.code)).toEqual(['part_size_too_small']);
    expect(small.partSizeBytes).toBe(5 * MiB);
    const large = plan({ objectSize: '100 GiB', partSize: '6 GiB' }).value;
    expect(large.problems.map((problem) => problem.code)).toEqual(['part_size_too_large']);
    expect(large.partSizeBytes).toBe(5 * GiB);
  });

  it('accepts a small part size when it is the only (last) part, but states a part size within 5 MiB–5 GiB', () => {
    const { value, warnings } = plan({ objectSize: '1 MiB', partSize: '2 MiB' });
    expect(value).toMatchObject({
      problems: [],
      partCount: 1,
      lastPartSizeBytes: MiB,
      partSizeBytes: 5 * MiB,
    });
    expect(warnings.map((warning) => warning.code)).toContain('part_size_clamped');
    const big = plan({ objectSize: '1 GiB', partSize: '6 GiB' });
    expect(big.value).toMatchObject({
      problems: [],
      partCount: 1,
      lastPartSizeBytes: GiB,
      partSizeBytes: 5 * GiB,
    });
  });

  it('rejects unreadable sizes and unknown price keys as issues', () => {
    const bad = run(s3MultipartPlan, { objectSize: 'big' });
    expect(bad.ok).toBe(false);
    const unknown = run(s3MultipartPlan, { objectSize: 1, prices: [{ key: 'nope', usd: '1' }] });
    expect(unknown.ok ? [] : unknown.issues.map((issue) => issue.code)).toEqual(['price_unknown_key']);
  });

  it('uses an overridden PUT price', () => {
    const { value } = plan({ objectSize: '10 MiB', prices: [{ key: 's3.standard.put', usd: '0.01' }] });
    expect(value.cost?.lines[0]).toMatchObject({ unitPriceUsd: '0.01', asOf: 'user override' });
  });

  it('for every valid size: part size in 5 MiB–5 GiB, at most 10,000 parts, parts add up exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 200 * MiB }),
          fc.integer({ min: 40 * GiB, max: 100 * GiB }),
          fc.integer({ min: 1, max: S3_MAX_OBJECT_BYTES.value }),
          fc.integer({ min: S3_MAX_OBJECT_BYTES.value - 10 * GiB, max: S3_MAX_OBJECT_BYTES.value }),
        ),
        // Any preference, valid or not: a preference outside 5 MiB–5 GiB may be a problem, but the
        // plan's own part size must still be valid.
        fc.option(
          fc.oneof(fc.integer({ min: 5 * MiB, max: 5 * GiB }), fc.integer({ min: 1, max: 10 * GiB })),
          { nil: undefined },
        ),
        (size, partSize) => {
          const { value } = plan(
            partSize === undefined ? { objectSize: size } : { objectSize: size, partSize },
          );
          const part = value.partSizeBytes ?? 0;
          const count = value.partCount ?? 0;
          const last = value.lastPartSizeBytes ?? 0;
          if (partSize === undefined || (partSize >= 5 * MiB && partSize <= 5 * GiB))
            expect(value.problems).toEqual([]);
          expect(part).toBeGreaterThanOrEqual(5 * MiB);
          expect(part).toBeLessThanOrEqual(5 * GiB);
          expect(count).toBeGreaterThanOrEqual(1);
          expect(count).toBeLessThanOrEqual(10_000);
          expect(last).toBeGreaterThan(0);
          expect(last).toBeLessThanOrEqual(part);
          expect((count - 1) * part + last).toBe(size);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('points each problem at its field: Object size for an object above the maximum, Part size for a part outside 5 MiB–5 GiB', () => {
    expect(plan({ objectSize: '60 TB' }).value.problems).toMatchObject([
      { code: 'object_too_large', path: ['objectSize'] },
    ]);
    expect(plan({ objectSize: '60 TB' }).value.problems[0]?.message).toMatch(/^Object size 60 TiB/);
    expect(plan({ objectSize: '100 GiB', partSize: '6 GiB' }).value.problems).toMatchObject([
      { code: 'part_size_too_large', path: ['partSize'], nearest: { partSizeBytes: 5 * GiB } },
    ]);
    expect(plan({ objectSize: '100 GiB', partSize: '1 MiB' }).value.problems).toMatchObject([
      { code: 'part_size_too_small', path: ['partSize'], nearest: { partSizeBytes: 5 * MiB } },
    ]);
  });

  it('names fields by label in messages and refuses over-long text before reading it', () => {
    const issues = (input: object) => {
      const result = run(s3MultipartPlan, input as S3MultipartPlanInput);
      return result.ok ? [] : result.issues;
    };
    expect(issues({ objectSize: 'huge' })[0]?.message).toMatch(/^Object size: /);
    expect(issues({ objectSize: '0' })[0]?.message).toBe(
      'Object size must be more than 0 bytes, e.g. 5 TiB.',
    );
    expect(issues({ objectSize: 1, partSize: 'x' })[0]?.message).toMatch(/^Part size: /);
    expect(issues({ objectSize: 1, units: 'metric' })[0]?.message).toBe(
      'Units "metric" is not one of binary, decimal.',
    );
    expect(issues({ objectSize: 1, storageClass: 'cold' })[0]?.message).toMatch(
      /^Storage class "cold" is not one of STANDARD/,
    );
    expect(issues({})[0]?.message).toBe('Object size is required; give a size, e.g. 5 TiB.');
    expect(issues({ objectSize: '1'.repeat(2_000) }).map((issue) => [issue.code, ...issue.path])).toEqual([
      ['text_too_long', 'objectSize'],
    ]);
    expect(issues({ objectSize: 1, partsize: 1 })[0]?.message).toContain('did you mean "partSize"');
  });
});
