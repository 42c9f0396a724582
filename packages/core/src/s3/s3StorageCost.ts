import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import { type MonthConvention, monthConvention } from '../money/month.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { s3PriceBook } from './prices.ts';
import { type Dataset, GB, priceClass, type S3ClassCost } from './s3ClassCost.ts';
import { s3SizeConvention } from './s3Inputs.ts';
import { S3_BILLING_GB_BYTES, S3_MAX_OBJECT_BYTES } from './s3Limits.ts';
import { S3_STORAGE_CLASSES, type S3StorageClassId, s3StorageClass } from './s3StorageClasses.ts';
import { readStorageCostInput, S3StorageCostInput, type S3StorageCostValues } from './s3StorageCostInput.ts';

export { S3StorageCostInput };
export type { S3ClassCost, S3CostCategory, S3StorageCostLine } from './s3ClassCost.ts';

export interface S3StorageCost {
  readonly region: string;
  readonly month: MonthConvention;
  readonly sizeConvention: string;
  readonly dataset: {
    readonly objectCount: number | null;
    /** Decimal string: a total divided by a count need not be whole. */
    readonly averageObjectBytes: string | null;
    readonly totalBytes: string;
    readonly totalGb: string;
  };
  readonly classes: readonly S3ClassCost[];
  readonly cheapest: S3StorageClassId;
  readonly cheapestMonthlyUsd: string;
  readonly assumptions: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * Monthly cost of storing a dataset in each S3 storage class, with its requests, retrievals and
 * early deletions: tiered Standard storage, the 128 KB minimum billable size, the Glacier per-object
 * overheads, minimum storage durations, Intelligent-Tiering monitoring. Cheapest class flagged.
 *
 * @example
 * run(s3StorageCost, { objectCount: 1, averageObjectSize: '50 KB' }).value.classes[2].billableBytesPerObject //=> '131072'
 */
export const s3StorageCost = defineCalculator({
  name: 's3StorageCost',
  schema: S3StorageCostInput,
  calculate: (raw) => {
    const input = readStorageCostInput(raw);
    const overridden = s3PriceBook(input.prices);
    if (!overridden.ok) return failure(...overridden.issues);
    const book = overridden.book;
    const trace = new Trace();
    const warnings: Warning[] = [];
    const month = monthConvention(input.monthHours);

    const dataset = describeDataset(input, trace);
    const totalGb = dataset.total.dividedBy(GB());
    trace.step({
      id: 'total_gb',
      formula: 'total bytes ÷ 2^30 (S3 bills binary GB)',
      inputs: { totalBytes: dataset.total.toString() },
      value: totalGb.toString(),
      unit: 'GB',
      source: S3_BILLING_GB_BYTES.source,
    });
    if (dataset.count === null) {
      warnings.push({
        code: 'object_count_unknown',
        path: ['objectCount'],
        message:
          'Without the number of Objects, per-object charges are left out: the 128 KB minimum billable size, the Glacier 40 KB per-object overhead, the Intelligent-Tiering monitoring fee and early-deletion charges. Give Objects to include them.',
      });
    }
    const retrievedObjects = restoreCount(input, dataset, warnings);

    const ids = input.storageClasses ?? S3_STORAGE_CLASSES.map((rule) => rule.id);
    const unique = [...new Set(ids)];
    const priced = unique.map((id) =>
      priceClass(s3StorageClass(id), input, dataset, retrievedObjects, book, month, trace),
    );
    const cheapest = priced.reduce((best, candidate) =>
      new Decimal(candidate.monthlyUsd).lessThan(best.monthlyUsd) ? candidate : best,
    );
    const classes = priced.map((entry) => ({
      ...entry,
      cheapest: entry.storageClass === cheapest.storageClass,
    }));

    return success<S3StorageCost>(
      {
        region: book.region,
        month,
        sizeConvention: s3SizeConvention(input.units),
        dataset: {
          objectCount: dataset.count === null ? null : dataset.count.toNumber(),
          averageObjectBytes: dataset.average === null ? null : dataset.average.toString(),
          totalBytes: dataset.total.toString(),
          totalGb: totalGb.toString(),
        },
        classes,
        cheapest: cheapest.storageClass,
        cheapestMonthlyUsd: cheapest.monthlyUsd,
        assumptions: assumptions(input, month),
        problems: datasetProblems(dataset, input.totalSize !== undefined),
      },
      trace.steps,
      warnings,
    );
  },
});

function describeDataset(input: S3StorageCostValues, trace: Trace): Dataset {
  if (input.totalSize !== undefined) {
    const total = new Decimal(input.totalSize);
    if (input.objectCount === undefined || input.objectCount === 0) {
      return { count: input.objectCount === 0 ? new Decimal(0) : null, average: null, total };
    }
    const count = new Decimal(input.objectCount);
    const average = new Decimal(
      trace.step({
        id: 'average_object_bytes',
        formula: 'total size ÷ object count',
        inputs: { totalBytes: total.toString(), objectCount: count.toString() },
        value: total.dividedBy(count).toString(),
        unit: 'bytes',
      }),
    );
    return { count, average, total };
  }
  const count = new Decimal(input.objectCount ?? 0);
  const average = new Decimal(input.averageObjectSize ?? 0);
  const total = new Decimal(
    trace.step({
      id: 'total_bytes',
      formula: 'object count × average object size',
      inputs: { objectCount: count.toString(), averageObjectBytes: average.toString() },
      value: count.times(average).toString(),
      unit: 'bytes',
    }),
  );
  return { count, average, total };
}

/** An average object above S3's largest object (10,000 × 5 GiB) cannot exist: say so beside the prices. */
function datasetProblems(dataset: Dataset, fromTotal: boolean): Problem[] {
  if (dataset.average === null || dataset.average.lessThanOrEqualTo(S3_MAX_OBJECT_BYTES.value)) return [];
  return [
    {
      code: 'object_too_large',
      // With a total size the average is derived from it and Objects; either may be the mistake.
      path: [fromTotal ? 'totalSize' : 'averageObjectSize'],
      params: { averageObjectBytes: dataset.average.toString(), maxObjectBytes: S3_MAX_OBJECT_BYTES.value },
      message: `An average object of ${dataset.average.toNumber().toLocaleString('en-US')} bytes is larger than the largest S3 object, ${S3_MAX_OBJECT_BYTES.value.toLocaleString('en-US')} bytes (48.8 TiB, AWS's "50 TB"); give more, smaller objects.`,
    },
  ];
}

function restoreCount(input: S3StorageCostValues, dataset: Dataset, warnings: Warning[]): Decimal {
  if (input.retrievedObjects !== undefined) return new Decimal(input.retrievedObjects);
  if (input.retrievedSize === 0) return new Decimal(0);
  if (dataset.average?.greaterThan(0)) {
    return new Decimal(input.retrievedSize).dividedBy(dataset.average).ceil();
  }
  warnings.push({
    code: 'restore_count_unknown',
    path: ['retrievedObjects'],
    message:
      'The number of objects retrieved is unknown (no number of Objects), so Glacier restore request charges are left out; give Retrieved objects.',
  });
  return new Decimal(0);
}

function assumptions(input: S3StorageCostValues, month: MonthConvention): string[] {
  const mix = input.intelligentTiering;
  return [
    `Month: ${month.label}; the dataset is stored for the whole month. Storage is billed per GB-month with GB = 2^30 bytes.`,
    'Every object is taken to be the average size; per-object minimums (128 KB in Standard-IA, One Zone-IA, Glacier Instant Retrieval) and overheads (32 KB + 8 KB in Glacier Flexible Retrieval and Deep Archive) apply per object.',
    `Intelligent-Tiering: monitored objects (≥ 128 KB) sit ${mix.frequentPercent}% in Frequent, ${mix.infrequentPercent}% in Infrequent and ${mix.archiveInstantPercent}% in Archive Instant Access; smaller objects always stay in Frequent Access and pay no monitoring fee. The opt-in archive tiers are not modelled.`,
    'Glacier Flexible Retrieval and Deep Archive retrievals use the Standard retrieval tier (one restore request per object); GET requests are priced at each class rate.',
    'DELETE and CANCEL requests are free. Lifecycle transitions, data transfer out, replication and S3 features (Inventory, Storage Lens) are not included.',
  ];
}
