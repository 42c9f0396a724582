import { Decimal } from '../money/decimal.ts';
import type { MonthConvention } from '../money/month.ts';
import { type PriceBook, totalUsd } from '../money/priceBook.ts';
import type { Trace } from '../trace.ts';
import { type S3CostLine, s3CostLine } from './prices.ts';
import { S3_BILLING_GB_BYTES, S3_INT_MONITORING_MIN_BYTES, S3_STANDARD_TIER_GB } from './s3Limits.ts';
import type { S3StorageClassId, S3StorageClassRule } from './s3StorageClasses.ts';
import type { S3StorageCostValues } from './s3StorageCostInput.ts';

// What one storage class costs for a dataset: storage (tiered, with per-object minimums and
// overheads), requests, retrievals, early deletions and monitoring, one priced line each.

export type S3CostCategory = 'storage' | 'requests' | 'retrieval' | 'early_deletion' | 'monitoring';

export interface S3StorageCostLine extends S3CostLine {
  readonly category: S3CostCategory;
}

export interface S3ClassCost {
  readonly storageClass: S3StorageClassId;
  readonly label: string;
  /** Monthly total, USD, exact decimal string. */
  readonly monthlyUsd: string;
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

/** The dataset as counted: objects (null when unknown), average and total bytes. */
export interface Dataset {
  readonly count: Decimal | null;
  readonly average: Decimal | null;
  readonly total: Decimal;
}

/** S3 bills binary GB (2^30 bytes). */
export const GB = () => new Decimal(S3_BILLING_GB_BYTES.value);

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

export function priceClass(
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
    monthlyUsd: totalUsd(lines),
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
