import { definePriceBook } from '../money/priceBook.ts';
import { fact } from '../rules/fact.ts';
import { CHECKED_ON } from '../rules/dates.ts';

const PRICING_PAGE = 'https://aws.amazon.com/ebs/pricing/';
// The Price List (AmazonEC2 offer, publication 2026-09-30) as reproduced by several third parties;
// see shared/reference/aws-prices-us-east-1.md. Re-check against the pricing page before relying on them.
const PRICE_LIST_DATE = '2026-09-30';

/**
 * EBS list prices, us-east-1, USD. Keys are what `ebsCost` looks up; override any of them with
 * `prices: [{ key, usd }]` (a negotiated rate or another Region's list price).
 */
export const EBS_PRICES = definePriceBook('us-east-1', [
  {
    key: 'ebs.gp3.storage',
    service: 'Amazon EBS',
    description: 'gp3 storage',
    unit: 'GB-month',
    usd: '0.08',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.gp3.iops',
    service: 'Amazon EBS',
    description: 'gp3 IOPS above the included 3,000',
    unit: 'IOPS-month',
    usd: '0.005',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.gp3.throughput',
    service: 'Amazon EBS',
    description: 'gp3 throughput above the included 125 MiB/s',
    unit: 'MiB/s-month',
    usd: '0.04',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.gp2.storage',
    service: 'Amazon EBS',
    description: 'gp2 storage',
    unit: 'GB-month',
    usd: '0.10',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.io1.storage',
    service: 'Amazon EBS',
    description: 'io1 storage',
    unit: 'GB-month',
    usd: '0.125',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.io1.iops',
    service: 'Amazon EBS',
    description: 'io1 provisioned IOPS',
    unit: 'IOPS-month',
    usd: '0.065',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.io2.storage',
    service: 'Amazon EBS',
    description: 'io2 storage',
    unit: 'GB-month',
    usd: '0.125',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.io2.iops.tier1',
    service: 'Amazon EBS',
    description: 'io2 provisioned IOPS, first 32,000',
    unit: 'IOPS-month',
    usd: '0.065',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.io2.iops.tier2',
    service: 'Amazon EBS',
    description: 'io2 provisioned IOPS, 32,001 to 64,000',
    unit: 'IOPS-month',
    usd: '0.0455',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.io2.iops.tier3',
    service: 'Amazon EBS',
    description: 'io2 provisioned IOPS, above 64,000',
    unit: 'IOPS-month',
    usd: '0.03185',
    source: PRICING_PAGE,
    asOf: PRICE_LIST_DATE,
  },
  {
    key: 'ebs.st1.storage',
    service: 'Amazon EBS',
    description: 'st1 storage',
    unit: 'GB-month',
    usd: '0.045',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.sc1.storage',
    service: 'Amazon EBS',
    description: 'sc1 storage',
    unit: 'GB-month',
    usd: '0.015',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.standard.storage',
    service: 'Amazon EBS',
    description: 'magnetic (standard) storage',
    unit: 'GB-month',
    usd: '0.05',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
  {
    key: 'ebs.standard.io',
    service: 'Amazon EBS',
    description: 'magnetic (standard) I/O requests',
    unit: 'million I/O requests',
    usd: '0.05',
    source: PRICING_PAGE,
    asOf: '2024-07-01',
  },
]);

/** The io2 IOPS tiers: the first 32,000 IOPS at tier 1, the next 32,000 at tier 2, the rest at tier 3. */
export const EBS_IO2_TIER_SIZE = fact({
  value: 32_000,
  unit: 'IOPS per tier',
  source: PRICING_PAGE,
  asOf: PRICE_LIST_DATE,
  note: 'tiers 0–32,000 / 32,001–64,000 / above 64,000 (Price List usage types EBS:VolumeP-IOPS.io2, .tier2, .tier3)',
});

/** EBS bills volumes per second with a 60-second minimum. */
export const EBS_MINIMUM_BILLED_SECONDS = fact({
  value: 60,
  unit: 'seconds',
  source: PRICING_PAGE,
  asOf: CHECKED_ON,
  note: 'pricing page: storage, IOPS and throughput "billed in per-second increments, with a 60 second minimum" (reference §3.2.4)',
});
