import { CHECKED_ON } from '../rules/dates.ts';
import { fact } from '../rules/fact.ts';

// AWS's documented DynamoDB rules and default quotas, as data. Checked on CHECKED_ON (rules/dates.ts) against the pages
// named in each `source` (see shared/reference/aws-capacity-research.md §3.1). DynamoDB sizes are
// binary: "1 KB = 1024 bytes" (Constraints / Quotas pages).

const ITEM_SIZES_PAGE =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html';
const READ_WRITE_PAGE =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html';
const QUOTAS_PAGE = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html';
const CONSTRAINTS_PAGE = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html';
const BURST_PAGE =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html';
const ON_DEMAND_PAGE =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html';
const GSI_PAGE = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html';
const CHECKED = CHECKED_ON;

/** "1 KB = 1024 bytes": every DynamoDB size (item, unit step, storage GB) is binary. */
export const DYNAMO_KB = fact({
  value: 1024,
  unit: 'bytes per KB',
  source: CONSTRAINTS_PAGE,
  asOf: CHECKED,
  note: 'All size measurements in DynamoDB use binary-based units: 1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB',
});

/** One read unit covers an item of up to 4 KB; larger reads round up to the next 4 KB multiple. */
export const DYNAMO_READ_UNIT_BYTES = fact({
  value: 4096,
  unit: 'bytes per read unit',
  source: READ_WRITE_PAGE,
  asOf: CHECKED,
  note: 'Item sizes for reads are rounded up to the next 4 KB multiple; a 3,500-byte item costs the same as a 4 KB item',
});

/** One write unit covers an item of up to 1 KB; larger writes round up to the next 1 KB multiple. */
export const DYNAMO_WRITE_UNIT_BYTES = fact({
  value: 1024,
  unit: 'bytes per write unit',
  source: READ_WRITE_PAGE,
  asOf: CHECKED,
  note: 'A standard write request of an item up to 1 KB requires one write unit',
});

/** Read units per 4 KB step: strongly consistent 1, eventually consistent ½, transactional 2. */
export const DYNAMO_READ_UNITS_PER_STEP = {
  strong: fact({ value: 1, unit: 'read units per 4 KB', source: READ_WRITE_PAGE, asOf: CHECKED }),
  eventual: fact({ value: 0.5, unit: 'read units per 4 KB', source: READ_WRITE_PAGE, asOf: CHECKED }),
  transactional: fact({ value: 2, unit: 'read units per 4 KB', source: READ_WRITE_PAGE, asOf: CHECKED }),
} as const;

/** Write units per 1 KB step: standard 1, transactional 2. */
export const DYNAMO_WRITE_UNITS_PER_STEP = {
  standard: fact({ value: 1, unit: 'write units per 1 KB', source: READ_WRITE_PAGE, asOf: CHECKED }),
  transactional: fact({
    value: 2,
    unit: 'write units per 1 KB',
    source: READ_WRITE_PAGE,
    asOf: CHECKED,
    note: 'A transactional write request of an item up to 1 KB requires two write units',
  }),
} as const;

/** The largest item DynamoDB stores, attribute names included. */
export const DYNAMO_MAX_ITEM_BYTES = fact({
  value: 400 * 1024,
  unit: 'bytes',
  source: CONSTRAINTS_PAGE,
  asOf: CHECKED,
  note: 'The maximum item size in DynamoDB is 400 KB, which includes both attribute name binary length (UTF-8 length) and attribute value lengths',
});

/** Item-size encoding rules (CapacityUnitCalculations page). */
export const DYNAMO_ITEM_SIZE_RULES = {
  /** A List or Map costs 3 bytes whatever it holds. */
  documentOverhead: fact({ value: 3, unit: 'bytes per List or Map', source: ITEM_SIZES_PAGE, asOf: CHECKED }),
  /** Each element of a List or Map costs 1 byte more. */
  elementOverhead: fact({
    value: 1,
    unit: 'bytes per List or Map element',
    source: ITEM_SIZES_PAGE,
    asOf: CHECKED,
  }),
  /** Null and Boolean values are 1 byte. */
  nullOrBoolean: fact({ value: 1, unit: 'bytes', source: ITEM_SIZES_PAGE, asOf: CHECKED }),
  /**
   * Numbers are stored in base 100: one byte per pair of decimal digits, pairs aligned at the decimal
   * point, leading and trailing zero pairs dropped. AWS's page says only "approximately 1 byte per two
   * significant digits"; the aligned pairs are what DynamoDB bills (see the notes).
   */
  numberBytesPerDigitPair: fact({
    value: 1,
    unit: 'bytes per base-100 digit (two decimal digits aligned at the decimal point)',
    source: ITEM_SIZES_PAGE,
    asOf: CHECKED,
    note: 'AWS documents "approximately (1 byte per two significant digits) + (1 byte)". Measured in DynamoDB Local 3.3.1 (AWS engine; issue 11): 42→2, 1.2→3, 0.5→2, 1000→2, 123→3, 1.5E-10→3, 15E-10→2, 0→1, 38 nines→20; against the service in eu-west-2 (https://github.com/nubo-db/dynoxide/pull/195, 2026-08-18): 1.5→3, 3.14159→5, -12345→5, -0.15→3.',
  }),
  /** One byte for the sign and exponent of every number. */
  numberExtraByte: fact({ value: 1, unit: 'bytes per number', source: ITEM_SIZES_PAGE, asOf: CHECKED }),
  /** A negative number costs one byte more (its terminator); zero is the exponent byte alone. */
  numberNegativeByte: fact({
    value: 1,
    unit: 'bytes per negative number',
    source: 'https://github.com/nubo-db/dynoxide/pull/195',
    asOf: CHECKED,
    note: 'Not on AWS pages. Measured against the service in eu-west-2 (dynoxide PR #195: -12345→5, -0.15→3) and in DynamoDB Local 3.3.1 (-42→3, -123→4).',
  }),
  /** Numbers carry at most 38 significant digits. */
  numberMaxDigits: fact({ value: 38, unit: 'significant digits', source: CONSTRAINTS_PAGE, asOf: CHECKED }),
} as const;

/** Lists and maps nest at most 32 levels deep, the top-level attribute's value being level 1. */
export const DYNAMO_MAX_NESTING_LEVELS = fact({
  value: 32,
  unit: 'levels of nested List/Map values',
  source: CONSTRAINTS_PAGE,
  asOf: CHECKED,
  note: 'DynamoDB supports nested attributes up to 32 levels deep; deeper values are rejected with a ValidationException ("Nesting Levels have exceeded supported limits"; boundary measured by the dynoxide conformance suite, https://docs.rs/crate/dynoxide-rs/latest/source/tests/nesting_depth.rs)',
});

/** Storage billing adds a per-item overhead: 100 bytes for indexing, 48 more for global tables. */
export const DYNAMO_STORAGE_OVERHEAD = {
  perItem: fact({
    value: 100,
    unit: 'bytes per item',
    source: ITEM_SIZES_PAGE,
    asOf: CHECKED,
    note: 'All items in DynamoDB require 100 bytes of storage overhead for indexing',
  }),
  globalTables: fact({
    value: 48,
    unit: 'bytes per item',
    source: ITEM_SIZES_PAGE,
    asOf: CHECKED,
    note: 'Global tables require an additional 48 bytes of storage overhead (system-created attributes)',
  }),
} as const;

/** Query and Scan return at most 1 MB per call (before any filter); more is paginated. */
export const DYNAMO_QUERY_PAGE_BYTES = fact({
  value: 1024 * 1024,
  unit: 'bytes per Query/Scan page',
  source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html',
  asOf: CHECKED,
});

/** Per-call item limits of batch and transaction APIs. */
export const DYNAMO_API_LIMITS = {
  batchGetItems: fact({
    value: 100,
    unit: 'items per BatchGetItem',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html',
    asOf: CHECKED,
  }),
  batchWriteItems: fact({
    value: 25,
    unit: 'items per BatchWriteItem',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html',
    asOf: CHECKED,
  }),
  transactItems: fact({
    value: 100,
    unit: 'actions per TransactGetItems/TransactWriteItems',
    source: CONSTRAINTS_PAGE,
    asOf: CHECKED,
  }),
} as const;

/** One partition serves at most 3,000 read units and 1,000 write units per second (or a linear mix). */
export const DYNAMO_PARTITION_LIMITS = {
  readUnits: fact({
    value: 3000,
    unit: 'read units per second per partition',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
    asOf: CHECKED,
    note: 'Applies in provisioned and on-demand mode; burst capacity cannot lift it',
  }),
  writeUnits: fact({
    value: 1000,
    unit: 'write units per second per partition',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
    asOf: CHECKED,
  }),
} as const;

/** Burst capacity: DynamoDB keeps up to 300 seconds of unused provisioned capacity (best effort). */
export const DYNAMO_BURST_SECONDS = fact({
  value: 300,
  unit: 'seconds of unused capacity',
  source: BURST_PAGE,
  asOf: CHECKED,
  note: 'Best effort, not guaranteed; DynamoDB may use it for background maintenance. Worked example: https://repost.aws/knowledge-center/dynamodb-spiky-workloads-short-intervals (150 RCU idle for 5 min = 45,000 units; a 200 RCU spike lasts 45,000 / (200 − 150) = 900 s)',
});

/** Default throughput quotas per Region (adjustable through Service Quotas). */
export const DYNAMO_THROUGHPUT_QUOTAS = {
  tableUnits: fact({
    value: 40000,
    unit: 'read (or write) units per second per table or GSI',
    source: QUOTAS_PAGE,
    asOf: CHECKED,
    note: 'Same number for on-demand (request units) and provisioned (capacity units) tables',
  }),
  accountUnits: fact({
    value: 80000,
    unit: 'provisioned read (or write) capacity units per account per Region',
    source: QUOTAS_PAGE,
    asOf: CHECKED,
    note: 'Sum over all provisioned tables and their GSIs; not applicable to on-demand',
  }),
  minimumUnits: fact({
    value: 1,
    unit: 'capacity units per provisioned table or GSI',
    source: QUOTAS_PAGE,
    asOf: CHECKED,
  }),
} as const;

/** Default secondary-index quotas per table. */
export const DYNAMO_INDEX_QUOTAS = {
  globalSecondaryIndexes: fact({
    value: 20,
    unit: 'GSIs per table (default, adjustable)',
    source: QUOTAS_PAGE,
    asOf: CHECKED,
  }),
  localSecondaryIndexes: fact({ value: 5, unit: 'LSIs per table', source: QUOTAS_PAGE, asOf: CHECKED }),
} as const;

/** On-demand scaling: what a new table sustains, and the "double the previous peak" rule. */
export const DYNAMO_ON_DEMAND_SCALING = {
  newTableWriteUnits: fact({
    value: 4000,
    unit: 'write request units per second (new on-demand table)',
    source:
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/pre-warming-on-demand-capacity-mode.html',
    asOf: CHECKED,
    note: 'New on-demand tables sustain up to 4,000 writes/s and 12,000 reads/s, or a linear combination (repost.aws on-demand-table-throttling-dynamodb)',
  }),
  newTableReadUnits: fact({
    value: 12000,
    unit: 'read request units per second (new on-demand table)',
    source:
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/pre-warming-on-demand-capacity-mode.html',
    asOf: CHECKED,
  }),
  previousPeakMultiple: fact({
    value: 2,
    unit: '× previous peak',
    source: ON_DEMAND_PAGE,
    asOf: CHECKED,
    note: 'On-demand instantly accommodates up to double the previous peak; throttling is possible if traffic exceeds that within 30 minutes',
  }),
} as const;

/** Auto scaling target utilization: AWS accepts 20–90 %; 70 % is the console default. */
export const DYNAMO_AUTO_SCALING_TARGET = {
  minimum: fact({
    value: 20,
    unit: 'percent',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    asOf: CHECKED,
    note: `Not re-read on ${CHECKED_ON} (the page text reachable did not show the range); long-standing AWS console limit`,
  }),
  maximum: fact({
    value: 90,
    unit: 'percent',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    asOf: CHECKED,
  }),
  default: fact({
    value: 70,
    unit: 'percent',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.Console.html',
    asOf: CHECKED,
    note: `The console proposes a 70 % target utilization (not re-read on ${CHECKED_ON})`,
  }),
} as const;

/** Secondary-index read and write rules. */
export const DYNAMO_INDEX_RULES = {
  gsiReadsEventualOnly: fact({
    value: true,
    unit: 'GSI reads are eventually consistent only',
    source: GSI_PAGE,
    asOf: CHECKED,
    note: 'Queries on a global secondary index support eventual consistency only',
  }),
  keyChangeWrites: fact({
    value: 2,
    unit: 'index writes when a write changes the index key',
    source: GSI_PAGE,
    asOf: CHECKED,
    note: 'Updating an indexed key attribute deletes the old index entry and puts a new one',
  }),
  lsiSharesTableCapacity: fact({
    value: true,
    unit: 'LSI reads and writes consume the base table capacity',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html',
    asOf: CHECKED,
  }),
} as const;

/** Transactions double the base table's units only; index writes stay at one unit per 1 KB. */
export const DYNAMO_TRANSACTION_INDEX_WRITES = fact({
  value: 1,
  unit: '× (index writes are not doubled by transactions)',
  source: 'https://github.com/aws/agent-toolkit-for-aws',
  asOf: CHECKED,
  note: "AWS's own DynamoDB cost script (skills/specialized-skills/database-skills/amazon-dynamodb/scripts/calculate_costs.py) applies the 2× transactional multiplier to the base table only; GSI and LSI writes stay 1×",
});
