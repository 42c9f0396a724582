import { Decimal } from '../money/decimal.ts';
import { type MonthConvention, monthConvention } from '../money/month.ts';
import { type PriceBook, totalUsd } from '../money/priceBook.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { type S3CostLine, s3CostLine, s3PriceBook } from './prices.ts';
import type { Problem } from '../input/problem.ts';
import { s3SizeConvention } from './s3Inputs.ts';
import { readStorageCostInput, S3StorageCostInput, type S3StorageCostValues } from './s3StorageCostInput.ts';

export { S3StorageCostInput };
import {
  S3_BILLING_GB_BYTES,
  S3_INT_MONITORING_MIN_BYTES,
  S3_MAX_OBJECT_BYTES,
  S3_STANDARD_TIER_GB,
} from './s3Limits.ts';
import {
  S3_STORAGE_CLASSES,
  type S3StorageClassId,
  type S3StorageClassRule,
  s3StorageClass,
} from './s3StorageClasses.ts';

export type S3CostCategory = 'storage' | 'requests' | 'retrieval' | 'early_deletion' | 'monitoring';

export interface S3StorageCostLine extends S3CostLine {
  readonly category: S3CostCategory;
}

export interface S3ClassCost {
  readonly storageClass: S3StorageClassId;
  readonly label: string;
  /** Monthly total, USD, exact decimal string. */
  readonly totalUsd: string;
  readonly subtotalsUsd: Readonly<Record<S3CostCategory, string>>;
  readonly lines: readonly S3StorageCostLine[];
  /** What each object is billed as, in bytes, at this class's rate (null when the object count is unknown). */
  readonly billableBytesPerObject: string | null;
  readonly minimumBillableBytes: number | null;
  readonly minimumStorageDays: number | null;
  readonly retrievalFee: boolean;
  readonly restoreRequired: boolean;
  readonly cheapest: boolean;
}

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
  readonly cheapestTotalUsd: string;
  readonly assumptions: readonly string[];
  readonly problems: readonly Problem[];
}

interface Dataset {
  readonly count: Decimal | null;
  readonly average: Decimal | null;
  readonly total: Decimal;
}

const GB = () => new Decimal(S3_BILLING_GB_BYTES.value);

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
      new Decimal(candidate.totalUsd).lessThan(best.totalUsd) ? candidate : best,
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
        cheapestTotalUsd: cheapest.totalUsd,
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

/** Splits a GB-month quantity over Standard's volume tiers (first 50 TB, next 450 TB, over 500 TB). */
function tieredStorage(
  book: PriceBook,
  keys: readonly string[],
  gb: Decimal,
  label: string,
): S3StorageCostLine[] {
  const line = (key: string, quantity: Decimal, description: string): S3StorageCostLine => ({
    ...s3CostLine(book, key, quantity, description),
    category: 'storage',
  });
  const [first, second, third] = keys;
  if (!first) throw new Error(`No storage price for ${label}`);
  if (!second || !third) return [line(first, gb, `${label} storage`)];
  const firstLimit = new Decimal(S3_STANDARD_TIER_GB.first.value);
  const secondLimit = new Decimal(S3_STANDARD_TIER_GB.second.value);
  const lines = [line(first, Decimal.min(gb, firstLimit), `${label} storage, first 50 TB`)];
  const inSecond = Decimal.max(Decimal.min(gb, secondLimit).minus(firstLimit), 0);
  if (inSecond.greaterThan(0)) lines.push(line(second, inSecond, `${label} storage, next 450 TB`));
  const inThird = Decimal.max(gb.minus(secondLimit), 0);
  if (inThird.greaterThan(0)) lines.push(line(third, inThird, `${label} storage, over 500 TB`));
  return lines;
}

function priceClass(
  rule: S3StorageClassRule,
  input: S3StorageCostValues,
  dataset: Dataset,
  retrievedObjects: Decimal,
  book: PriceBook,
  month: MonthConvention,
  trace: Trace,
): Omit<S3ClassCost, 'cheapest'> {
  const gb = GB();
  const lines: S3StorageCostLine[] = [];
  const add = (category: S3CostCategory, key: string, quantity: Decimal, description: string) =>
    lines.push({ ...s3CostLine(book, key, quantity, description), category });
  const { count, average, total } = dataset;

  // What one object is billed as at this class's own rate.
  let perObject: Decimal | null = average;
  if (average !== null && rule.minBillableBytes) {
    perObject = Decimal.max(average, rule.minBillableBytes.value);
  }
  if (average !== null && rule.archiveOverhead) {
    perObject = average.plus(rule.archiveOverhead.archiveRate.value);
  }
  const billedBytes = count !== null && perObject !== null ? count.times(perObject) : total;
  if (perObject !== null && (rule.minBillableBytes || rule.archiveOverhead)) {
    trace.step({
      id: `${rule.id.toLowerCase()}_billable_bytes_per_object`,
      formula: rule.archiveOverhead
        ? 'average object size + 32 KB of index data billed at this class rate'
        : 'max(average object size, 128 KB minimum billable size)',
      inputs: { averageObjectBytes: (average ?? new Decimal(0)).toString() },
      value: perObject.toString(),
      unit: 'bytes per object',
      ...((rule.archiveOverhead?.archiveRate ?? rule.minBillableBytes)?.source
        ? { source: (rule.archiveOverhead?.archiveRate ?? rule.minBillableBytes)!.source }
        : {}),
    });
  }

  if (rule.intelligentTiering) {
    const monitored = average === null || average.greaterThanOrEqualTo(S3_INT_MONITORING_MIN_BYTES.value);
    const mix = input.intelligentTiering;
    const share = (percent: number) => (monitored ? new Decimal(percent).dividedBy(100) : new Decimal(0));
    const infrequentGb = total.times(share(mix.infrequentPercent)).dividedBy(gb);
    const archiveGb = total.times(share(mix.archiveInstantPercent)).dividedBy(gb);
    const frequentGb = total.dividedBy(gb).minus(infrequentGb).minus(archiveGb);
    lines.push(...tieredStorage(book, rule.storagePriceKeys, frequentGb, `${rule.label} Frequent Access`));
    if (infrequentGb.greaterThan(0))
      add(
        'storage',
        's3.intelligent_tiering.infrequent',
        infrequentGb,
        `${rule.label} Infrequent Access tier storage`,
      );
    if (archiveGb.greaterThan(0))
      add(
        'storage',
        's3.intelligent_tiering.archive_instant',
        archiveGb,
        `${rule.label} Archive Instant Access tier storage`,
      );
    if (count !== null && monitored) {
      add(
        'monitoring',
        's3.intelligent_tiering.monitoring',
        count.dividedBy(1000),
        `Monitoring and automation of ${count.toNumber().toLocaleString('en-US')} objects ≥ 128 KB`,
      );
    }
  } else {
    lines.push(...tieredStorage(book, rule.storagePriceKeys, billedBytes.dividedBy(gb), rule.label));
  }
  if (rule.archiveOverhead && count !== null) {
    add(
      'storage',
      's3.standard.storage.first_50tb',
      count.times(rule.archiveOverhead.standardRate.value).dividedBy(gb),
      `8 KB per object of name and metadata, billed at the S3 Standard rate`,
    );
  }

  add(
    'requests',
    rule.putPriceKey,
    new Decimal(input.putRequests).dividedBy(1000),
    `PUT, COPY, POST, LIST requests`,
  );
  add(
    'requests',
    rule.getPriceKey,
    new Decimal(input.getRequests).dividedBy(1000),
    `GET, SELECT and other requests`,
  );

  if (rule.retrievalPriceKey) {
    add(
      'retrieval',
      rule.retrievalPriceKey,
      new Decimal(input.retrievedSize).dividedBy(gb),
      'Data retrieved',
    );
  }
  if (rule.restorePriceKey) {
    add(
      'retrieval',
      rule.restorePriceKey,
      retrievedObjects.dividedBy(1000),
      'Restore requests (Standard retrieval)',
    );
  }

  if (rule.minStorageDays && input.deletedObjects > 0) {
    const age = input.deletedAfterDays ?? 0;
    const remaining = Math.max(0, rule.minStorageDays.value - age);
    const daysInMonth = new Decimal(month.hours).dividedBy(24);
    const bytesEach = perObject ?? new Decimal(0);
    const gbMonths = new Decimal(input.deletedObjects)
      .times(bytesEach)
      .dividedBy(gb)
      .times(remaining)
      .dividedBy(daysInMonth);
    trace.step({
      id: `${rule.id.toLowerCase()}_early_deletion_days`,
      formula: `max(0, ${rule.minStorageDays.value}-day minimum − age at deletion)`,
      inputs: { minimumDays: rule.minStorageDays.value, ageDays: age },
      value: remaining,
      unit: 'days billed after deletion',
      source: rule.minStorageDays.source,
    });
    add(
      'early_deletion',
      rule.storagePriceKeys[0]!,
      gbMonths,
      `Early deletion: ${new Decimal(input.deletedObjects).toNumber().toLocaleString('en-US')} objects deleted at ${age} days are billed ${remaining} more days of the ${rule.minStorageDays.value}-day minimum (${daysInMonth.toDecimalPlaces(4).toString()}-day month)`,
    );
  }

  const subtotal = (category: S3CostCategory) => totalUsd(lines.filter((line) => line.category === category));
  return {
    storageClass: rule.id,
    label: rule.label,
    totalUsd: totalUsd(lines),
    subtotalsUsd: {
      storage: subtotal('storage'),
      requests: subtotal('requests'),
      retrieval: subtotal('retrieval'),
      early_deletion: subtotal('early_deletion'),
      monitoring: subtotal('monitoring'),
    },
    lines,
    billableBytesPerObject: count !== null && perObject !== null ? perObject.toString() : null,
    minimumBillableBytes: rule.minBillableBytes?.value ?? null,
    minimumStorageDays: rule.minStorageDays?.value ?? null,
    retrievalFee: rule.retrievalPriceKey !== undefined,
    restoreRequired: rule.restoreRequired === true,
  };
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
