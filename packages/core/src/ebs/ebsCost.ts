import type { z } from 'zod';
import { monthHoursField, numberField, pricesField } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import { type MonthConvention, monthConvention } from '../money/month.ts';
import {
  applyPriceOverrides,
  type CostLine,
  costLine,
  type PriceBook,
  priceFor,
  totalUsd,
} from '../money/priceBook.ts';
import { defineCalculator, failure, type Issue, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { type EbsVolumeType, GP3 } from './ebsLimits.ts';
import {
  ebsIopsField,
  ebsSizeField,
  ebsThroughputField,
  ebsTypeField,
  ebsVolumeCountField,
} from './ebsSchemas.ts';
import { ebsEvaluateVolume } from './ebsVolumePerformance.ts';
import { EBS_IO2_TIER_SIZE, EBS_MINIMUM_BILLED_SECONDS, EBS_PRICES } from './prices.ts';
import { formatNumber } from '../input/formatNumber.ts';

export const EbsCostInput = inputObject({
  type: ebsTypeField,
  sizeGiB: ebsSizeField,
  iops: ebsIopsField.optional(),
  throughputMiBps: ebsThroughputField.optional(),
  /** Identical volumes priced together (default 1). */
  volumeCount: ebsVolumeCountField({ min: 1, max: 1_000_000, example: '1' }).default(1),
  /** Hours the volume exists in the month (billed per second); default the whole month. */
  hours: numberField(
    {
      label: 'Hours',
      flag: 'hours',
      param: 'hours',
      unit: 'hours',
      description:
        'Hours the volumes exist in the month (billed per second, at least 60 s); default the whole month.',
      example: '12',
    },
    { above: 0, max: 1e6 },
  ).optional(),
  monthHours: monthHoursField,
  /** Magnetic (standard) only: I/O requests in the month. */
  ioRequestsPerMonth: numberField(
    {
      label: 'I/O requests',
      flag: 'io-requests',
      param: 'io-requests',
      unit: 'requests/month',
      description: 'Magnetic (standard) only: I/O requests in the month (10M, 2.5B).',
      example: '10000000',
    },
    { min: 0, max: 1e18, integer: true, suffixes: true },
  ).optional(),
  prices: pricesField('ebs.gp3.storage=0.088'),
});
export type EbsCostInput = z.input<typeof EbsCostInput>;

export interface EbsCost {
  readonly type: EbsVolumeType;
  readonly sizeGiB: number;
  readonly iops: number | null;
  readonly throughputMiBps: number | null;
  readonly volumeCount: number;
  readonly hours: number;
  /** hours ÷ month hours, as a decimal string; 1 for a whole month. */
  readonly fractionOfMonth: string;
  readonly month: MonthConvention;
  readonly region: string;
  /** Each line with the Region its price is for, beside the price's source and as-of date. */
  readonly lines: ReadonlyArray<CostLine & { readonly region: string }>;
  readonly monthlyUsd: string;
  readonly valid: boolean;
  readonly problems: readonly Problem[];
}

/**
 * The monthly cost of EBS volumes of one configuration: storage, provisioned IOPS (io1; io2 in
 * tiers; gp3 above 3,000) and gp3 throughput above 125 MiB/s, from the price book (overridable).
 * A partial month is billed per second, prorated over the named month length.
 *
 * @example
 * run(ebsCost, { type: 'gp3', sizeGiB: 100 }).value.monthlyUsd //=> '8'
 */
export const ebsCost = defineCalculator({
  name: 'ebsCost',
  schema: EbsCostInput,
  calculate: (input) => {
    const trace = new Trace();
    const priced = ebsPriceVolume(input, trace);
    if (!priced.ok) return failure(...priced.issues);
    return success(priced.value, trace.steps, priced.warnings);
  },
});

/** Prices one parsed configuration; shared by cost, migration and the cheapest-type search. */
export function ebsPriceVolume(
  input: z.output<typeof EbsCostInput>,
  trace: Trace,
): { ok: true; value: EbsCost; warnings: Warning[] } | { ok: false; issues: Issue[] } {
  let book: PriceBook = EBS_PRICES;
  if (input.prices.length > 0) {
    const applied = applyPriceOverrides(EBS_PRICES, input.prices, 'prices');
    if (!applied.ok) return { ok: false, issues: applied.issues };
    book = applied.book;
  }
  const evaluated = ebsEvaluateVolume(
    { type: input.type, sizeGiB: input.sizeGiB, iops: input.iops, throughputMiBps: input.throughputMiBps },
    new Trace(),
  );
  if (!evaluated.ok) return { ok: false, issues: [evaluated.issue] };
  const volume = evaluated.value;
  const month = monthConvention(input.monthHours);
  const askedHours = input.hours ?? input.monthHours;
  const warnings: Warning[] = [];
  // EBS bills per second with a 60-second minimum (pricing page); a shorter life is billed as 60 s.
  const hours =
    askedHours < EBS_MINIMUM_BILLED_SECONDS.value / 3600
      ? trace.step({
          id: 'minimum_billed_time',
          formula: 'max(hours, 60 s minimum ÷ 3,600)',
          inputs: { hours: askedHours, minimumSeconds: EBS_MINIMUM_BILLED_SECONDS.value },
          value: EBS_MINIMUM_BILLED_SECONDS.value / 3600,
          unit: 'hours',
          source: EBS_MINIMUM_BILLED_SECONDS.source,
        })
      : askedHours;
  if (hours !== askedHours) {
    warnings.push({
      code: 'minimum_billed_time',
      message: `EBS bills at least ${EBS_MINIMUM_BILLED_SECONDS.value} seconds; ${formatNumber(askedHours)} hours is billed as ${EBS_MINIMUM_BILLED_SECONDS.value} seconds (${formatNumber(hours)} hours).`,
    });
  }
  if (hours > input.monthHours) {
    return {
      ok: false,
      issues: [
        {
          code: 'hours_exceed_month',
          path: ['hours'],
          message: `${hours} hours is more than the ${input.monthHours}-hour month; give at most ${input.monthHours}.`,
        },
      ],
    };
  }
  const fraction = trace.step({
    id: 'fraction_of_month',
    formula: 'hours the volume exists ÷ hours in the month (billed per second, 60 s minimum)',
    inputs: { hours, monthHours: input.monthHours },
    value: new Decimal(hours).dividedBy(input.monthHours).toDecimalPlaces(20).toString(),
    unit: 'month',
    source: month.source,
  });
  const count = input.volumeCount as number;
  const scaled = (quantity: Decimal.Value) =>
    new Decimal(quantity).times(count).times(hours).dividedBy(input.monthHours);
  const lines: Array<CostLine & { region: string }> = [];
  const add = (
    key: string,
    quantity: Decimal.Value,
    formula: string,
    inputs: Record<string, number | string>,
  ) => {
    const price = priceFor(book, key);
    const exact = costLine(price, scaled(quantity), price.description);
    // A partial month makes repeating decimals (12 h of 720 = 1/60); keep 10 decimal places (a
    // millionth of a cent) so the lines add up exactly to the total.
    const line = {
      ...exact,
      costUsd: new Decimal(exact.costUsd).toDecimalPlaces(10).toString(),
      region: book.region,
    };
    trace.step({
      id: key,
      formula: `${formula} × volumes × fraction of month × $${price.usd} per ${price.unit} (to 10 decimal places)`,
      inputs: { ...inputs, volumes: count, fractionOfMonth: fraction },
      value: line.costUsd,
      unit: 'USD',
      source: price.source,
    });
    lines.push(line);
  };
  const size = volume.sizeGiB;
  add(`ebs.${input.type}.storage`, size, 'size GiB (billed as GB-month of provisioned size)', {
    sizeGiB: size,
  });
  const iops = volume.iops ?? 0;
  if (input.type === 'gp3') {
    const extraIops = Math.max(0, iops - GP3.baselineIops.value);
    if (extraIops > 0) add('ebs.gp3.iops', extraIops, 'IOPS above the included 3,000', { iops });
    const throughput = volume.throughputMiBps ?? GP3.baselineThroughputMiBps.value;
    const extraThroughput = Math.max(0, throughput - GP3.baselineThroughputMiBps.value);
    if (extraThroughput > 0)
      add('ebs.gp3.throughput', extraThroughput, 'MiB/s above the included 125', {
        throughputMiBps: throughput,
      });
  } else if (input.type === 'io1') {
    add('ebs.io1.iops', iops, 'provisioned IOPS', { iops });
  } else if (input.type === 'io2') {
    const tier = EBS_IO2_TIER_SIZE.value;
    const tier1 = Math.min(iops, tier);
    const tier2 = Math.min(Math.max(iops - tier, 0), tier);
    const tier3 = Math.max(iops - 2 * tier, 0);
    add('ebs.io2.iops.tier1', tier1, 'IOPS in the first 32,000', { iops });
    if (tier2 > 0) add('ebs.io2.iops.tier2', tier2, 'IOPS from 32,001 to 64,000', { iops });
    if (tier3 > 0) add('ebs.io2.iops.tier3', tier3, 'IOPS above 64,000', { iops });
  } else if (input.type === 'standard') {
    const requests = (input.ioRequestsPerMonth as number | undefined) ?? 0;
    if (requests === 0) {
      warnings.push({
        code: 'standard_io_not_priced',
        message:
          'Magnetic volumes also charge per million I/O requests; give ioRequestsPerMonth to include it.',
      });
    } else {
      const price = priceFor(book, 'ebs.standard.io');
      const millions = new Decimal(requests).dividedBy(1_000_000);
      const line = { ...costLine(price, millions, price.description), region: book.region };
      trace.step({
        id: 'ebs.standard.io',
        formula: `I/O requests ÷ 1,000,000 × $${price.usd} per ${price.unit}`,
        inputs: { requests },
        value: line.costUsd,
        unit: 'USD',
        source: price.source,
      });
      lines.push(line);
    }
  }
  const total = trace.step({
    id: 'total',
    formula: 'sum of the lines',
    inputs: { lines: lines.length },
    value: totalUsd(lines),
    unit: 'USD',
  });
  return {
    ok: true,
    warnings,
    value: {
      type: input.type,
      sizeGiB: size,
      iops: volume.iops,
      throughputMiBps: volume.throughputMiBps,
      volumeCount: count,
      hours,
      fractionOfMonth: fraction,
      month,
      region: book.region,
      lines,
      monthlyUsd: total,
      valid: volume.valid,
      problems: volume.problems,
    },
  };
}
