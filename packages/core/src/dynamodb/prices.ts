import { definePriceBook } from '../money/priceBook.ts';
import { fact } from '../rules/fact.ts';

// DynamoDB list prices, us-east-1 (USD). From shared/reference/aws-prices-us-east-1.md: Price List
// records reproduced by several independent parties (the pricing pages themselves were not readable
// as text). On-demand throughput was cut 50 % on 2024-11-01, and global-table replicated writes now
// cost the same as single-Region writes; the values below are the post-cut prices.
// Override any of them with `prices: ['KEY=USD']` or `[{ key, usd }]` (CLI: --price KEY=USD).

const ON_DEMAND = 'https://aws.amazon.com/dynamodb/pricing/on-demand/';
const PROVISIONED = 'https://aws.amazon.com/dynamodb/pricing/provisioned/';

export const DYNAMO_PRICES = definePriceBook('us-east-1', [
  {
    key: 'dynamodb.ondemand.read_request_units',
    service: 'DynamoDB',
    description: 'On-demand read request units (Standard)',
    unit: 'million read request units',
    usd: '0.125',
    source: ON_DEMAND,
    asOf: '2026-09-29',
  },
  {
    key: 'dynamodb.ondemand.write_request_units',
    service: 'DynamoDB',
    description: 'On-demand write request units (Standard)',
    unit: 'million write request units',
    usd: '0.625',
    source: ON_DEMAND,
    asOf: '2026-09-29',
  },
  {
    key: 'dynamodb.ia.ondemand.read_request_units',
    service: 'DynamoDB',
    description: 'On-demand read request units (Standard-IA)',
    unit: 'million read request units',
    usd: '0.155',
    source: ON_DEMAND,
    asOf: '2026-09-06',
  },
  {
    key: 'dynamodb.ia.ondemand.write_request_units',
    service: 'DynamoDB',
    description: 'On-demand write request units (Standard-IA)',
    unit: 'million write request units',
    usd: '0.78',
    source: ON_DEMAND,
    asOf: '2026-09-06',
  },
  {
    key: 'dynamodb.provisioned.read_capacity_unit_hours',
    service: 'DynamoDB',
    description: 'Provisioned read capacity (Standard)',
    unit: 'RCU-hour',
    usd: '0.00013',
    source: PROVISIONED,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.provisioned.write_capacity_unit_hours',
    service: 'DynamoDB',
    description: 'Provisioned write capacity (Standard)',
    unit: 'WCU-hour',
    usd: '0.00065',
    source: PROVISIONED,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.ia.provisioned.read_capacity_unit_hours',
    service: 'DynamoDB',
    description: 'Provisioned read capacity (Standard-IA)',
    unit: 'RCU-hour',
    usd: '0.00016',
    source: PROVISIONED,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.ia.provisioned.write_capacity_unit_hours',
    service: 'DynamoDB',
    description: 'Provisioned write capacity (Standard-IA)',
    unit: 'WCU-hour',
    usd: '0.00081',
    source: PROVISIONED,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.storage',
    service: 'DynamoDB',
    description: 'Table storage (Standard)',
    unit: 'GB-month',
    usd: '0.25',
    source: ON_DEMAND,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.ia.storage',
    service: 'DynamoDB',
    description: 'Table storage (Standard-IA)',
    unit: 'GB-month',
    usd: '0.10',
    source: ON_DEMAND,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.pitr',
    service: 'DynamoDB',
    description: 'Continuous backups (point-in-time recovery)',
    unit: 'GB-month',
    usd: '0.20',
    source: ON_DEMAND,
    asOf: '2026-10-08',
  },
  {
    key: 'dynamodb.backup',
    service: 'DynamoDB',
    description: 'On-demand backup storage',
    unit: 'GB-month',
    usd: '0.10',
    source: ON_DEMAND,
    asOf: '2026-05-15',
  },
  {
    key: 'dynamodb.streams.read_requests',
    service: 'DynamoDB',
    description: 'DynamoDB Streams read request units',
    unit: '100,000 streams read request units',
    usd: '0.02',
    source: ON_DEMAND,
    asOf: '2026-09-29',
  },
  {
    key: 'dynamodb.global.replicated_write_request_units',
    service: 'DynamoDB',
    description: 'Global tables: replicated write request units, on-demand (Standard)',
    unit: 'million replicated write request units',
    usd: '0.625',
    source: ON_DEMAND,
    asOf: '2024-11-01',
  },
  {
    key: 'dynamodb.global.replicated_write_capacity_unit_hours',
    service: 'DynamoDB',
    description: 'Global tables: replicated write capacity, provisioned (Standard)',
    unit: 'rWCU-hour',
    usd: '0.00065',
    source: PROVISIONED,
    asOf: '2024-11-01',
  },
  {
    key: 'dynamodb.ia.global.replicated_write_request_units',
    service: 'DynamoDB',
    description:
      'Global tables: replicated write request units, on-demand (Standard-IA; us-east-2 value, assumed equal)',
    unit: 'million replicated write request units',
    usd: '0.78',
    source: ON_DEMAND,
    asOf: '2026-05-15',
  },
  {
    key: 'dynamodb.ia.global.replicated_write_capacity_unit_hours',
    service: 'DynamoDB',
    description:
      'Global tables: replicated write capacity, provisioned (Standard-IA; assumed equal to IA WCU)',
    unit: 'rWCU-hour',
    usd: '0.00081',
    source: PROVISIONED,
    asOf: '2026-10-08',
  },
]);

/** Free tier (applied only when the user asks for it): 25 RCU + 25 WCU provisioned, 25 GB Standard storage, 2.5 M stream reads per month. */
export const DYNAMO_FREE_TIER = {
  provisionedCapacityUnits: fact({
    value: 25,
    unit: 'RCU and 25 WCU per month (Standard, provisioned)',
    source: PROVISIONED,
    asOf: '2026-10-08',
    note: 'Price List bands: 0–18,600 RCU-hours and WCU-hours at $0 (25 units × 744 h)',
  }),
  /** What the bill actually frees: the Price List's $0 band, 25 units × 744 h, whatever the month's length. */
  provisionedCapacityUnitHours: fact({
    value: 18_600,
    unit: 'RCU-hours and 18,600 WCU-hours per month (Standard, provisioned)',
    source: PROVISIONED,
    asOf: '2026-10-08',
    note: 'Price List ReadCapacityUnit-Hrs / WriteCapacityUnit-Hrs bands 0–18,600 at $0 (shared/reference/aws-prices-us-east-1.md)',
  }),
  storageGb: fact({ value: 25, unit: 'GB-month (Standard)', source: PROVISIONED, asOf: '2026-10-08' }),
  streamReadRequests: fact({
    value: 2_500_000,
    unit: 'streams read request units per month',
    source: ON_DEMAND,
    asOf: '2026-09-29',
  }),
} as const;
