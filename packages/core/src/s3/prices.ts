import type { Decimal } from '../money/decimal.ts';
import {
  applyPriceOverrides,
  type CostLine,
  costLine,
  definePriceBook,
  type PriceBook,
  priceFor,
} from '../money/priceBook.ts';
import type { Issue } from '../result.ts';
import { CHECKED_ON } from '../rules/dates.ts';

/** A parsed price override (`usd` already decimal text). */
type ParsedOverride = Parameters<typeof applyPriceOverrides>[1][number];

// Amazon S3 list prices, US East (N. Virginia), USD. The S3 pricing page is the source of record;
// the figures were read from AWS Price List records (AmazonS3 offer, usage types named in each
// description) as reproduced by several independent public tools, and cross-checked on
// CHECKED_ON (see shared/reference/aws-prices-us-east-1.md). Override any entry with
// `prices: ['KEY=USD']` (`--price KEY=USD`) for another region or a negotiated rate.

const PRICING = 'https://aws.amazon.com/s3/pricing/';
const AS_OF = CHECKED_ON;
const S3 = 'Amazon S3';

const storage = (key: string, description: string, usd: string) => ({
  key,
  service: S3,
  description,
  unit: 'GB-month',
  usd,
  source: PRICING,
  asOf: AS_OF,
});

const requests = (key: string, description: string, usd: string) => ({
  key,
  service: S3,
  description,
  unit: '1,000 requests',
  usd,
  source: PRICING,
  asOf: AS_OF,
});

const perGb = (key: string, description: string, usd: string) => ({
  key,
  service: S3,
  description,
  unit: 'GB retrieved',
  usd,
  source: PRICING,
  asOf: AS_OF,
});

/** The bundled S3 price book (us-east-1). Keys are stable; `prices` overrides refer to them. */
export const S3_PRICES = definePriceBook('us-east-1', [
  // Storage, per GB-month.
  storage(
    's3.standard.storage.first_50tb',
    'S3 Standard storage, first 50 TB / month (TimedStorage-ByteHrs)',
    '0.023',
  ),
  storage('s3.standard.storage.next_450tb', 'S3 Standard storage, next 450 TB / month', '0.022'),
  storage('s3.standard.storage.over_500tb', 'S3 Standard storage, over 500 TB / month', '0.021'),
  storage(
    's3.intelligent_tiering.frequent.first_50tb',
    'S3 Intelligent-Tiering Frequent Access tier, first 50 TB / month (TimedStorage-INT-FA-ByteHrs)',
    '0.023',
  ),
  storage(
    's3.intelligent_tiering.frequent.next_450tb',
    'S3 Intelligent-Tiering Frequent Access tier, next 450 TB / month',
    '0.022',
  ),
  storage(
    's3.intelligent_tiering.frequent.over_500tb',
    'S3 Intelligent-Tiering Frequent Access tier, over 500 TB / month',
    '0.021',
  ),
  storage(
    's3.intelligent_tiering.infrequent',
    'S3 Intelligent-Tiering Infrequent Access tier (TimedStorage-INT-IA-ByteHrs)',
    '0.0125',
  ),
  storage(
    's3.intelligent_tiering.archive_instant',
    'S3 Intelligent-Tiering Archive Instant Access tier (TimedStorage-INT-AIA-ByteHrs)',
    '0.004',
  ),
  {
    key: 's3.intelligent_tiering.monitoring',
    service: S3,
    description:
      'S3 Intelligent-Tiering monitoring and automation, objects ≥ 128 KB (Monitoring-Automation-INT)',
    unit: '1,000 objects per month',
    usd: '0.0025',
    source: PRICING,
    asOf: AS_OF,
  },
  storage('s3.standard_ia.storage', 'S3 Standard-IA storage (TimedStorage-SIA-ByteHrs)', '0.0125'),
  storage('s3.one_zone_ia.storage', 'S3 One Zone-IA storage (TimedStorage-ZIA-ByteHrs)', '0.01'),
  storage(
    's3.glacier_ir.storage',
    'S3 Glacier Instant Retrieval storage (TimedStorage-GIR-ByteHrs)',
    '0.004',
  ),
  storage(
    's3.glacier_flexible.storage',
    'S3 Glacier Flexible Retrieval storage (TimedStorage-GlacierByteHrs)',
    '0.0036',
  ),
  storage('s3.glacier_deep_archive.storage', 'S3 Glacier Deep Archive storage', '0.00099'),

  // Requests, per 1,000. AWS groups them as "PUT, COPY, POST, LIST" and "GET, SELECT, and all other".
  requests('s3.standard.put', 'S3 Standard PUT, COPY, POST, LIST requests (Requests-Tier1)', '0.005'),
  requests('s3.standard.get', 'S3 Standard GET, SELECT and all other requests (Requests-Tier2)', '0.0004'),
  requests('s3.intelligent_tiering.put', 'S3 Intelligent-Tiering PUT, COPY, POST, LIST requests', '0.005'),
  requests(
    's3.intelligent_tiering.get',
    'S3 Intelligent-Tiering GET, SELECT and all other requests',
    '0.0004',
  ),
  requests(
    's3.standard_ia.put',
    'S3 Standard-IA PUT, COPY, POST, LIST requests (Requests-SIA-Tier1)',
    '0.01',
  ),
  requests('s3.standard_ia.get', 'S3 Standard-IA GET, SELECT and all other requests', '0.001'),
  requests(
    's3.one_zone_ia.put',
    'S3 One Zone-IA PUT, COPY, POST, LIST requests (Requests-ZIA-Tier1)',
    '0.01',
  ),
  requests('s3.one_zone_ia.get', 'S3 One Zone-IA GET, SELECT and all other requests', '0.001'),
  requests('s3.glacier_ir.put', 'S3 Glacier Instant Retrieval PUT, COPY, POST, LIST requests', '0.02'),
  requests('s3.glacier_ir.get', 'S3 Glacier Instant Retrieval GET, SELECT and all other requests', '0.01'),
  requests('s3.glacier_flexible.put', 'S3 Glacier Flexible Retrieval PUT, COPY, POST, LIST requests', '0.03'),
  requests(
    's3.glacier_flexible.get',
    'S3 Glacier Flexible Retrieval GET, SELECT and all other requests',
    '0.0004',
  ),
  requests('s3.glacier_deep_archive.put', 'S3 Glacier Deep Archive PUT, COPY, POST, LIST requests', '0.05'),
  requests(
    's3.glacier_deep_archive.get',
    'S3 Glacier Deep Archive GET, SELECT and all other requests',
    '0.0004',
  ),

  // Retrieval, per GB, and restore requests for the archive classes (Standard retrieval tier).
  perGb('s3.standard_ia.retrieval', 'S3 Standard-IA data retrieval (Retrieval-SIA)', '0.01'),
  perGb('s3.one_zone_ia.retrieval', 'S3 One Zone-IA data retrieval (Retrieval-ZIA)', '0.01'),
  perGb('s3.glacier_ir.retrieval', 'S3 Glacier Instant Retrieval data retrieval (Retrieval-GIR)', '0.03'),
  perGb(
    's3.glacier_flexible.retrieval',
    'S3 Glacier Flexible Retrieval, Standard retrieval data (Standard-Retrieval-Bytes)',
    '0.01',
  ),
  requests(
    's3.glacier_flexible.restore',
    'S3 Glacier Flexible Retrieval, Standard retrieval requests (RestoreObject)',
    '0.05',
  ),
  perGb(
    's3.glacier_deep_archive.retrieval',
    'S3 Glacier Deep Archive, Standard retrieval data (DeepArchiveRestoreObject)',
    '0.02',
  ),
  requests('s3.glacier_deep_archive.restore', 'S3 Glacier Deep Archive, Standard retrieval requests', '0.10'),
]);

/** A bill line with the region of its price, so every line shows region, source and as-of. */
export interface S3CostLine extends CostLine {
  readonly region: string;
}

/** Prices `quantity` (in the price's unit) from `book`, keeping the book's region on the line. */
export function s3CostLine(
  book: PriceBook,
  key: string,
  quantity: Decimal.Value,
  description?: string,
): S3CostLine {
  const price = priceFor(book, key);
  return { ...costLine(price, quantity, description ?? price.description), region: book.region };
}

/** The S3 price book with the caller's overrides applied, or one `price_unknown_key` issue per unknown key. */
export function s3PriceBook(
  overrides: readonly ParsedOverride[],
  field = 'prices',
): { ok: true; book: PriceBook } | { ok: false; issues: Issue[] } {
  return applyPriceOverrides(S3_PRICES, overrides, field);
}
