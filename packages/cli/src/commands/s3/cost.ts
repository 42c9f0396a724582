import { calculatorEntry, formatUsd, type S3StorageCost } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { type Block, pairs, rows, text } from '../../output.ts';
import { grouped, SIZE_HELP } from './format.ts';

/** `awscalc s3 cost`: monthly cost of a dataset in every storage class, side by side. */
export const costCommand = defineCommand<S3StorageCost>({
  name: 'cost',
  entry: calculatorEntry('s3.cost'),
  about: `Prices every class (S3 Standard, Intelligent-Tiering, Standard-IA, One Zone-IA, Glacier Instant
Retrieval, Glacier Flexible Retrieval, Glacier Deep Archive) for the same profile: storage (Standard
tiered at 50 TB / 450 TB / over 500 TB), requests, retrieval fees, the 128 KB minimum billable object
size (Standard-IA, One Zone-IA, Glacier IR), the 32 KB + 8 KB per-object overhead (Glacier Flexible
Retrieval, Deep Archive), minimum storage durations (30 / 90 / 180 days) for objects deleted early,
and the Intelligent-Tiering monitoring fee (objects ≥ 128 KB only). Prices: us-east-1 list prices from
aws.amazon.com/s3/pricing, each line with region, source and as-of date. Money is exact decimal.
Give the dataset as --objects with --average-size, or as --total-size (optionally with --objects).
An average object above the largest S3 object is a problem (exit 1).

${SIZE_HELP}
Storage is billed per GB-month with GB = 2^30 bytes whatever --units says.
Counts accept thousands separators and k, M, B suffixes (12,000; 1M = 1,000,000).`,
  examples: [
    'awscalc s3 cost --objects 1M --average-size 256KB --puts 1M --gets 10M',
    'awscalc s3 cost --objects 10M --average-size 50KB --deleted 100k --deleted-after-days 10 --lines',
    'awscalc s3 cost --total-size 500TB --retrieved-size 1TB --month 720 --json',
  ],
  extraFlags: {
    lines: {
      type: 'boolean',
      description: 'also print every line item with its unit price, region and date',
    },
  },
  formerly: { 'month-hours': 'monthHours', retrieved: 'retrievedSize' },
  render: (value, { flags }) => [
    pairs([
      [
        'Dataset',
        `${value.dataset.objectCount === null ? 'unknown number of' : grouped(value.dataset.objectCount)} objects, ${grouped(Number(value.dataset.totalGb))} GB (GB = 2^30 bytes)`,
      ],
      ['Month', value.month.label],
      [
        'Prices',
        `${value.region}, aws.amazon.com/s3/pricing (see --lines or --json for each line's source and date)`,
      ],
    ]),
    rows(
      [
        'Storage class',
        'Storage',
        'Requests',
        'Retrieval',
        'Early deletion',
        'Monitoring',
        'Total / month',
        'Cheapest',
      ],
      value.classes.map((entry) => [
        entry.label,
        formatUsd(entry.subtotalsUsd.storage),
        formatUsd(entry.subtotalsUsd.requests),
        formatUsd(entry.subtotalsUsd.retrieval),
        formatUsd(entry.subtotalsUsd.early_deletion),
        formatUsd(entry.subtotalsUsd.monitoring),
        formatUsd(entry.monthlyUsd),
        entry.cheapest ? '← cheapest' : '',
      ]),
    ),
    ...(flags.lines === true ? lineItems(value) : []),
    text(`Assumptions:\n${value.assumptions.map((entry) => `- ${entry}`).join('\n')}`),
  ],
});

function lineItems(value: S3StorageCost): Block[] {
  return value.classes.flatMap((entry) => [
    text(entry.label),
    rows(
      ['Item', 'Quantity', 'Unit', 'Unit price (USD)', 'Cost', 'Region', 'As of'],
      entry.lines.map((line) => [
        line.description,
        line.quantity,
        line.unit,
        line.unitPriceUsd,
        formatUsd(line.costUsd),
        line.region,
        line.asOf,
      ]),
    ),
  ]);
}
