import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { run } from '../run.ts';
import type { S3StorageClassId } from './s3StorageClasses.ts';
import { s3MultipartPlan } from './s3MultipartPlan.ts';
import { s3RequestPrefixes } from './s3RequestPrefixes.ts';
import { type S3StorageCostInput, s3StorageCost } from './s3StorageCost.ts';

// Minimum sizes and durations: https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html
// (128 KB for Standard-IA and One Zone-IA, 30 days; Glacier Flexible Retrieval 90 days; Deep Archive 180
// days) and https://docs.aws.amazon.com/AmazonS3/latest/userguide/glacier-storage-classes.html (Glacier
// Instant Retrieval 90 days: "you are charged for the remainder of that duration").
const GiB = 1024 ** 3;

function cost(input: S3StorageCostInput) {
  const result = run(s3StorageCost, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const classOf = (value: ReturnType<typeof cost>['value'], id: S3StorageClassId) => {
  const found = value.classes.find((entry) => entry.storageClass === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('s3StorageCost', () => {
  it('bills a 50 KB object as 128 KB in Standard-IA, One Zone-IA and Glacier Instant Retrieval', () => {
    const { value } = cost({ objectCount: 1, averageObjectSize: '50 KB' });
    for (const id of ['STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR'] as const) {
      const entry = classOf(value, id);
      expect(entry.billableBytesPerObject).toBe('131072');
      expect(entry.lines[0]?.quantity).toBe(new Decimal(131072).dividedBy(GiB).toString());
    }
    expect(classOf(value, 'STANDARD').billableBytesPerObject).toBe('51200');
  });

  it('adds 32 KB at the archive rate and 8 KB at the Standard rate per Glacier Flexible / Deep Archive object', () => {
    const { value } = cost({ objectCount: 1, averageObjectSize: '1 KB' });
    const flexible = classOf(value, 'GLACIER');
    expect(flexible.billableBytesPerObject).toBe(String(33 * 1024));
    expect(flexible.lines.find((line) => line.priceKey === 's3.standard.storage.first_50tb')?.quantity).toBe(
      new Decimal(8 * 1024).dividedBy(GiB).toString(),
    );
  });

  it("matches the AWS Pricing Calculator's Deep Archive storage for 100 GB of 10 KB objects ($2.2558)", () => {
    // 10,485,760 objects: 100 GB × $0.00099 + 320 GB overhead × $0.00099 + 80 GB overhead × $0.023.
    const { value } = cost({
      totalSize: '100 GB',
      objectCount: 10_485_760,
      storageClasses: ['DEEP_ARCHIVE'],
    });
    expect(classOf(value, 'DEEP_ARCHIVE').subtotalsUsd.storage).toBe('2.2558');
  });

  it("matches AWS's Glacier Flexible Retrieval example: 15M objects, 100 TB, Standard retrieval = $1,774", () => {
    // https://repost.aws/knowledge-center/s3-manage-data-retrieval: 15,000,000 / 1000 × $0.05 = $750;
    // 102,400 GB × $0.01 = $1,024.
    const { value } = cost({
      totalSize: '1 PB',
      objectCount: 15_000_000,
      retrievedSize: '100 TB',
      retrievedObjects: 15_000_000,
      storageClasses: ['GLACIER'],
    });
    expect(classOf(value, 'GLACIER').subtotalsUsd.retrieval).toBe('1774');
  });

  it('tiers S3 Standard storage: first 50 TB, next 450 TB, over 500 TB', () => {
    const { value } = cost({ totalSize: '600 TB', storageClasses: ['STANDARD'] });
    const lines = classOf(value, 'STANDARD').lines.filter((line) => line.category === 'storage');
    expect(lines.map((line) => [line.quantity, line.unitPriceUsd])).toEqual([
      ['51200', '0.023'],
      ['460800', '0.022'],
      ['102400', '0.021'],
    ]);
    expect(classOf(value, 'STANDARD').subtotalsUsd.storage).toBe('13465.6');
  });

  describe('early deletion (minimum storage duration)', () => {
    const early = (id: S3StorageClassId, age: number) => {
      const { value, trace } = cost({
        objectCount: 1,
        averageObjectSize: '1 GiB',
        deletedObjects: 1,
        deletedAfterDays: age,
        monthHours: 720,
        storageClasses: [id],
      });
      const line = classOf(value, id).lines.find((entry) => entry.category === 'early_deletion');
      const days = trace.find((step) => step.id.endsWith('_early_deletion_days'))?.value;
      return { line, days };
    };

    it('bills a Standard-IA object deleted after 10 days for 20 more days of the 30-day minimum', () => {
      const { line, days } = early('STANDARD_IA', 10);
      expect(days).toBe(20);
      expect(line?.quantity).toBe(new Decimal(20).dividedBy(30).toString());
      expect(line?.costUsd).toBe(new Decimal(20).dividedBy(30).times('0.0125').toString());
    });

    it('bills a One Zone-IA object deleted after 10 days for 20 more days', () => {
      expect(early('ONEZONE_IA', 10).days).toBe(20);
    });

    it('bills a Glacier Instant Retrieval object deleted at day 30 for 60 more days of the 90-day minimum', () => {
      const { line, days } = early('GLACIER_IR', 30);
      expect(days).toBe(60);
      expect(line?.quantity).toBe('2');
      expect(line?.costUsd).toBe('0.008');
    });

    it('bills a Glacier Flexible Retrieval object deleted at day 30 for 60 more days of the 90-day minimum', () => {
      expect(early('GLACIER', 30).days).toBe(60);
    });

    it('bills a Deep Archive object deleted at day 100 for 80 more days of the 180-day minimum', () => {
      const { line, days } = early('DEEP_ARCHIVE', 100);
      expect(days).toBe(80);
      expect(line?.quantity).toBe(
        new Decimal(GiB + 32 * 1024).dividedBy(GiB).times(80).dividedBy(30).toString(),
      );
    });

    it('charges nothing once the minimum has passed, and nothing in Standard', () => {
      expect(early('STANDARD_IA', 45).line?.costUsd).toBe('0');
      expect(early('STANDARD', 1).line).toBeUndefined();
    });
  });

  it('charges Intelligent-Tiering monitoring only for objects of at least 128 KB ($0.0025 per 1,000)', () => {
    const large = cost({ objectCount: 20_000, averageObjectSize: '1 MB' }).value;
    expect(classOf(large, 'INTELLIGENT_TIERING').subtotalsUsd.monitoring).toBe('0.05');
    const small = cost({ objectCount: 20_000, averageObjectSize: '50 KB' }).value;
    expect(classOf(small, 'INTELLIGENT_TIERING').subtotalsUsd.monitoring).toBe('0');
  });

  it('moves monitored Intelligent-Tiering data to cheaper tiers by the given mix', () => {
    const { value } = cost({
      totalSize: '1000 GB',
      objectCount: 1000,
      intelligentTiering: { frequentPercent: 20, infrequentPercent: 50, archiveInstantPercent: 30 },
      storageClasses: ['INTELLIGENT_TIERING'],
    });
    const fromText = cost({
      totalSize: '1000 GB',
      objectCount: 1000,
      intelligentTiering: '20, 50, 30',
      storageClasses: ['INTELLIGENT_TIERING'],
    });
    expect(classOf(fromText.value, 'INTELLIGENT_TIERING').subtotalsUsd.storage).toBe('12.05');
    // 200 GB × 0.023 + 500 GB × 0.0125 + 300 GB × 0.004 = 4.6 + 6.25 + 1.2
    expect(classOf(value, 'INTELLIGENT_TIERING').subtotalsUsd.storage).toBe('12.05');
  });

  it('prices requests and retrievals per class, with region, source and as-of on every line', () => {
    const { value } = cost({
      objectCount: 1_000_000,
      averageObjectSize: '1 MB',
      putRequests: '1M',
      getRequests: '10M',
      retrievedSize: '100 GB',
    });
    const ia = classOf(value, 'STANDARD_IA');
    expect(ia.subtotalsUsd.requests).toBe('20');
    expect(ia.subtotalsUsd.retrieval).toBe('1');
    expect(classOf(value, 'STANDARD').subtotalsUsd.requests).toBe('9');
    for (const line of value.classes.flatMap((entry) => entry.lines)) {
      expect(line).toMatchObject({ region: 'us-east-1', source: 'https://aws.amazon.com/s3/pricing/' });
      expect(line.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(value.month).toMatchObject({ hours: 730 });
  });

  it('flags exactly one cheapest class, the one with the lowest total', () => {
    const { value } = cost({ objectCount: 1000, averageObjectSize: '1 GB' });
    const cheapest = value.classes.filter((entry) => entry.cheapest);
    expect(cheapest).toHaveLength(1);
    expect(cheapest[0]?.storageClass).toBe(value.cheapest);
    expect(value.cheapest).toBe('DEEP_ARCHIVE');
    for (const entry of value.classes)
      expect(new Decimal(entry.monthlyUsd).greaterThanOrEqualTo(value.cheapestMonthlyUsd)).toBe(true);
  });

  it('warns that per-object rules are skipped when only a total size is given', () => {
    const { value, warnings } = cost({ totalSize: '1 TB' });
    expect(value.dataset.objectCount).toBeNull();
    expect(classOf(value, 'STANDARD_IA').billableBytesPerObject).toBeNull();
    expect(warnings.map((warning) => warning.code)).toContain('object_count_unknown');
  });

  it('reads sizes in SI units when asked, and says which convention it used', () => {
    const binary = cost({ objectCount: 1, averageObjectSize: '1 GB' }).value;
    const decimal = cost({ objectCount: 1, averageObjectSize: '1 GB', units: 'decimal' }).value;
    expect(binary.dataset.totalBytes).toBe(String(GiB));
    expect(decimal.dataset.totalBytes).toBe('1000000000');
    expect(binary.sizeConvention).toContain('2^30');
    expect(decimal.sizeConvention).toContain('10^9');
  });

  // Largest object 48.8 TiB (10,000 parts × 5 GiB): https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html
  it('reports an average object larger than the largest S3 object as a problem', () => {
    expect(cost({ objectCount: 1, averageObjectSize: '50000 GiB' }).value.problems).toEqual([]);
    const { value } = cost({ objectCount: 2, totalSize: '100 TiB' });
    expect(value.problems.map((problem) => problem.code)).toEqual(['object_too_large']);
  });

  it('counts objects and requests whole: 2.5 objects or 1.2345k requests are issues, 2.5M is fine', () => {
    const result = run(s3StorageCost, {
      objectCount: 2.5,
      averageObjectSize: '1 MB',
      putRequests: '1.2345k',
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
      ['number_not_whole', 'objectCount'],
      ['number_not_whole', 'putRequests'],
    ]);
    expect(cost({ objectCount: '2.5M', averageObjectSize: '1 MB' }).value.dataset.objectCount).toBe(
      2_500_000,
    );
  });

  it('never lets bare zod text ("Invalid input", "Unrecognized key") reach a user, for any S3 calculator', () => {
    const bare = /^Invalid input|Unrecognized key|expected \w+, received/;
    const inputs: unknown[] = [
      undefined,
      5,
      { bogus: 1 },
      { objectSize: 1, prices: 'x' },
      { totalSize: 1, storageClasses: 5 },
    ];
    for (const calculator of [s3StorageCost, s3MultipartPlan, s3RequestPrefixes] as const)
      for (const input of inputs) {
        const result = run(calculator as typeof s3StorageCost, input as S3StorageCostInput);
        expect(result.ok).toBe(false);
        for (const issue of result.ok ? [] : result.issues) expect(issue.message).not.toMatch(bare);
      }
  });

  it('says a dataset total above 2^53 bytes is beyond exact arithmetic, not "no single object is that large"', () => {
    for (const field of ['totalSize', 'retrievedSize'] as const) {
      const input = { totalSize: '1 TiB', [field]: '9PiB' };
      const result = run(s3StorageCost, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
        ['byte_size_too_large', field],
      ]);
      expect(result.issues[0]?.message).toContain('2^53 − 1 bytes');
      expect(result.issues[0]?.message).not.toContain('no single AWS object');
      expect(result.issues[0]?.message).toContain('no limit on the total size of a bucket');
    }
  });

  it('gives money and byte strings in fixed-point for tiny amounts (1 byte ≈ 2.1e-11 USD a month)', () => {
    const { value } = cost({ objectCount: 1, averageObjectSize: 1 });
    const strings: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') strings.push(node);
      else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(value);
    const numeric = strings.filter((text) => text.trim() !== '' && Number.isFinite(Number(text)));
    expect(numeric.length).toBeGreaterThan(10);
    for (const text of numeric) expect(text).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('rejects incomplete or contradictory input with codes', () => {
    const codes = (input: unknown) => {
      const result = run(s3StorageCost, input);
      return result.ok ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes({})).toEqual(['dataset_missing', 'dataset_missing']);
    expect(codes({ objectCount: 1, averageObjectSize: 'big' })).toEqual(['byte_size_invalid']);
    expect(codes({ objectCount: 1, averageObjectSize: 0 })).toEqual(['byte_size_zero']);
    expect(codes({ totalSize: '1 TB', averageObjectSize: '1 MB', objectCount: 5 })).toEqual([
      'dataset_ambiguous',
    ]);
    expect(codes({ totalSize: '1 TB', intelligentTiering: { frequentPercent: 50 } })).toEqual([
      'tier_mix_invalid',
    ]);
    expect(codes({ totalSize: '1 TB', deletedObjects: 5 })).toEqual(['deletion_age_missing']);
    expect(codes({ totalSize: '1 TB', storageClasses: ['GLACIERISH'] })).toEqual(['choice_invalid']);
    expect(codes({ totalSize: '1 TB', prices: [{ key: 's3.nope', usd: 1 }] })).toEqual(['price_unknown_key']);
  });

  it('is never negative and never decreases as storage or requests grow (property)', () => {
    const dataset = fc.record({
      objectCount: fc.integer({ min: 1, max: 10_000_000 }),
      averageObjectSize: fc.integer({ min: 1, max: 64 * GiB }),
      putRequests: fc.integer({ min: 0, max: 1e9 }),
      getRequests: fc.integer({ min: 0, max: 1e9 }),
      retrievedSize: fc.integer({ min: 0, max: 1024 * GiB }),
      // Fixed, so that a larger average object size does not mean fewer restore requests for the same bytes.
      retrievedObjects: fc.integer({ min: 0, max: 1_000_000 }),
      deletedObjects: fc.integer({ min: 0, max: 1_000_000 }),
      deletedAfterDays: fc.integer({ min: 0, max: 400 }),
    });
    const field = fc.constantFrom(
      'objectCount',
      'averageObjectSize',
      'putRequests',
      'getRequests',
      'retrievedSize',
      'retrievedObjects',
      'deletedObjects',
    ) as fc.Arbitrary<
      | 'objectCount'
      | 'averageObjectSize'
      | 'putRequests'
      | 'getRequests'
      | 'retrievedSize'
      | 'retrievedObjects'
      | 'deletedObjects'
    >;
    fc.assert(
      fc.property(dataset, field, fc.integer({ min: 1, max: 1_000_000 }), (base, grow, extra) => {
        const before = cost(base).value;
        const after = cost({ ...base, [grow]: base[grow] + extra }).value;
        for (const [index, entry] of before.classes.entries()) {
          const later = after.classes[index]!;
          expect(new Decimal(entry.monthlyUsd).isNegative()).toBe(false);
          for (const line of entry.lines) expect(new Decimal(line.costUsd).isNegative()).toBe(false);
          expect(new Decimal(later.monthlyUsd).greaterThanOrEqualTo(entry.monthlyUsd)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names fields by their labels in messages (Objects, Average object size, Total size), not by their keys', () => {
    const messages = (input: object) => {
      const result = run(s3StorageCost, input as S3StorageCostInput);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(messages({ objectCount: 2.5, averageObjectSize: '1 KB' })).toEqual([
      'Objects must be a whole number, e.g. 1M; 2.5 is not.',
    ]);
    expect(messages({ putRequests: 5 }).join('\n')).toContain('Objects and Average object size');
    expect(messages({ totalSize: 'lots' })[0]).toMatch(/^Total size: /);
    expect(messages({ objectCount: 1, averageObjectSize: '1 KB', monthHours: 700 })[0]).toMatch(
      /^Month must be 730 hours/,
    );
    const bad = messages({ objectCount: 'many', averageObjectSize: 'big', deletedObjects: 1 });
    expect(bad.length).toBeGreaterThan(0);
    for (const message of bad) expect(message).not.toMatch(/objectCount|averageObjectSize|deletedAfterDays/);
  });

  it('reads counts with thousands separators and suffixes, and classes as comma-separated text', () => {
    const { value } = cost({
      objectCount: '12,000',
      averageObjectSize: '1 MB',
      getRequests: '2.5M',
      storageClasses: 'standard, standard-ia',
    });
    expect(value.dataset.objectCount).toBe(12_000);
    expect(value.classes.map((entry) => entry.storageClass)).toEqual(['STANDARD', 'STANDARD_IA']);
  });

  it('takes price overrides under the shared key prices, as KEY=USD text too, and names an old key with the fields', () => {
    const { value } = cost({
      totalSize: '1 GiB',
      storageClasses: ['STANDARD'],
      prices: ['s3.standard.storage.first_50tb=1'],
    });
    expect(value.classes[0]?.monthlyUsd).toBe('1');
    const old = run(s3StorageCost, { totalSize: '1 GiB', priceOverrides: [] } as S3StorageCostInput);
    expect(old.ok ? [] : old.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
    expect(old.ok ? '' : old.issues[0]?.message).toContain('prices (Price override)');
  });

  it('refuses over-long text in any field before reading it', () => {
    for (const key of ['objectCount', 'totalSize', 'retrievedSize', 'intelligentTiering', 'storageClasses']) {
      const result = run(s3StorageCost, {
        totalSize: '1 TB',
        [key]: '1'.repeat(5_000),
      } as S3StorageCostInput);
      expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path[0]]), key).toEqual([
        ['text_too_long', key],
      ]);
    }
  });
});
