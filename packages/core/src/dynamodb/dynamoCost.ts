import type { z } from 'zod';
import {
  choiceField,
  jsonField,
  MAX_FIELD_TEXT,
  numberField,
  pricesField,
  switchField,
} from '../input/fields.ts';
import { type FieldMeta, field, metaOf } from '../input/fieldMeta.ts';
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
import { defineCalculator, failure, type Outcome, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { type DynamoCapacity, dynamoCapacityPlan } from './dynamoCapacity.ts';
import {
  DYNAMO_KB,
  DYNAMO_MAX_ITEM_BYTES,
  DYNAMO_STORAGE_OVERHEAD,
  DYNAMO_THROUGHPUT_QUOTAS,
} from './dynamoRules.ts';
import { DYNAMO_MAX_JSON_TEXT, DynamoWorkload, dynamoSizeField } from './dynamoWorkload.ts';
import { DYNAMO_FREE_TIER, DYNAMO_PRICES } from './prices.ts';

const PRICES_META = metaOf(pricesField) as FieldMeta;

export const DYNAMO_TABLE_CLASSES = ['standard', 'standard-ia'] as const;
export type DynamoTableClass = (typeof DYNAMO_TABLE_CLASSES)[number];

export const DynamoCostInput = inputObject({
  /** The access pattern: the capacity calculator's input, as an object or JSON text. */
  workload: jsonField(
    {
      label: 'Workload',
      flag: 'workload',
      param: 'workload',
      description:
        'The access pattern as JSON (operations, indexes, target utilization, month); the CLI also reads a file, or - for stdin.',
      example: '{"operations":[{"type":"PutItem","rate":100,"itemSize":"1KB"}]}',
    },
    DynamoWorkload,
    { max: DYNAMO_MAX_JSON_TEXT },
  ),
  /** Standard (default) or Standard-IA (cheaper storage, dearer throughput). */
  tableClass: choiceField(
    {
      label: 'Table class',
      flag: 'table-class',
      param: 'table-class',
      description: 'standard (default) or standard-ia (cheaper storage, dearer throughput).',
      example: 'standard-ia',
    },
    DYNAMO_TABLE_CLASSES,
  ).default('standard'),
  /** Average use of provisioned capacity you expect (auto scaling rarely holds its target exactly). */
  utilizationPercent: numberField(
    {
      label: 'Utilization',
      flag: 'utilization',
      param: 'utilization',
      unit: '%',
      description: 'Average use of provisioned capacity you expect (1–100).',
      example: '70',
    },
    { min: 1, max: 100 },
  ).default(70),
  /** Table data size (DynamoDB GB = 1,024³ bytes). Alternative: `items`. */
  storage: dynamoSizeField({
    label: 'Table storage',
    flag: 'storage',
    param: 'storage',
    description: 'Table data size (DynamoDB GB = 1,024³ bytes); or give Items stored.',
    example: '50GB',
  }).optional(),
  /** Item count and average item size: storage = count × (size + 100 B (+ 48 B for global tables)). */
  items: jsonField(
    {
      label: 'Items stored',
      flag: 'items',
      param: 'items',
      description:
        'Instead of Table storage: JSON { count, itemSize }; storage = count × (item size + 100 B (+48 B global)).',
      example: '{"count":1000000,"itemSize":"2KB"}',
    },
    inputObject({
      count: numberField(
        {
          label: 'Item count',
          flag: 'item-count',
          param: 'item-count',
          description: 'Number of items stored.',
          example: '1000000',
        },
        { min: 0, max: 1e15, integer: true, suffixes: true },
      ),
      itemSize: dynamoSizeField({
        label: 'Average item size',
        flag: 'item-size',
        param: 'item-size',
        description: 'Average size of a stored item (1 KB = 1,024 bytes).',
        example: '2KB',
      }),
    }).optional(),
    { max: MAX_FIELD_TEXT },
  ),
  pointInTimeRecovery: switchField({
    label: 'Point-in-time recovery',
    flag: 'pitr',
    param: 'pitr',
    description: 'Point-in-time recovery on (priced per GB-month of table size).',
    example: 'true',
  }),
  /** On-demand backup storage kept (GB-month). */
  backupStorage: dynamoSizeField({
    label: 'Backup storage',
    flag: 'backup',
    param: 'backup',
    description: 'On-demand backup storage kept (GB-month, 1 GB = 1,024³ bytes).',
    example: '100GB',
  }).default(0),
  /** DynamoDB Streams read requests per month (GetRecords by your consumers; Lambda triggers are free). */
  streamReadRequestsPerMonth: numberField(
    {
      label: 'Stream reads',
      flag: 'stream-reads',
      param: 'stream-reads',
      unit: 'requests/month',
      description: 'DynamoDB Streams read requests per month (Lambda triggers are free).',
      example: '10M',
    },
    { min: 0, max: 1e18, suffixes: true },
  ).default(0),
  /** Global table: number of OTHER Regions holding a replica (0 = not a global table). */
  replicaRegions: numberField(
    {
      label: 'Replica Regions',
      flag: 'replicas',
      param: 'replicas',
      description: 'Global table: the number of other Regions holding a replica (0 = not a global table).',
      example: '2',
    },
    { min: 0, max: 50, integer: true },
  ).default(0),
  /** Apply the AWS Free Tier (25 RCU/WCU, 25 GB, 2.5 M stream reads). Off by default, like the AWS Pricing Calculator. */
  freeTier: switchField({
    label: 'Free tier',
    flag: 'free-tier',
    param: 'free-tier',
    description: 'Subtract the AWS Free Tier (25 RCU + 25 WCU, 25 GB, 2.5 M stream reads); off by default.',
    example: 'true',
  }),
  /** The shared price-override field, with a DynamoDB key as its example (the shared one is an EBS key). */
  prices: field(pricesField.clone(), {
    ...PRICES_META,
    description:
      'Replace a list price: KEY=USD (repeatable); the DynamoDB keys are in the README, section DynamoDB.',
    example: 'dynamodb.ondemand.write_request_units=0.7',
  }),
});
export type DynamoCostInput = z.input<typeof DynamoCostInput>;
type ParsedCostInput = z.output<typeof DynamoCostInput>;

/** A cost line with the region its price is for. */
export type DynamoCostLine = CostLine & { readonly region: string };

export interface DynamoModeCost {
  readonly monthlyUsd: string;
  /** Throughput lines only (read/write units, replicated writes). */
  readonly throughputUsd: string;
  readonly lines: readonly DynamoCostLine[];
}

export interface DynamoCost {
  readonly region: string;
  readonly currency: 'USD';
  readonly month: MonthConvention;
  readonly tableClass: DynamoTableClass;
  readonly utilizationPercent: number;
  readonly storageGb: string;
  /** Consumed units per second (table + GSIs) that both modes are priced on. */
  readonly consumed: { readonly readCapacityUnits: number; readonly writeCapacityUnits: number };
  readonly onDemand: DynamoModeCost & {
    readonly readRequestUnitsPerMonth: string;
    readonly writeRequestUnitsPerMonth: string;
  };
  readonly provisioned: DynamoModeCost & {
    /** Provisioned at the stated utilisation, table + GSIs, each max(1, ceil(consumed ÷ utilisation)). */
    readonly readCapacityUnits: number;
    readonly writeCapacityUnits: number;
  };
  /** Storage, PITR, backups, streams: the same in both modes and included in both totals. */
  readonly common: { readonly monthlyUsd: string; readonly lines: readonly DynamoCostLine[] };
  /**
   * Average utilisation of provisioned capacity at which both modes cost the same (ignoring whole-unit
   * rounding, the 1-unit minimum and the free tier). Above it provisioned is cheaper. Null with no traffic.
   */
  readonly breakEvenUtilizationPercent: number | null;
  readonly cheaperMode: 'on-demand' | 'provisioned' | 'equal';
  /** Both table classes at this workload, for the Standard vs Standard-IA decision. */
  readonly tableClasses: ReadonlyArray<{
    readonly tableClass: DynamoTableClass;
    readonly onDemandUsd: string;
    readonly provisionedUsd: string;
  }>;
  readonly freeTier: { readonly applied: boolean; readonly note: string };
  readonly prices: { readonly region: string; readonly overridden: readonly string[] };
  readonly problems: readonly Problem[];
}

const GB = new Decimal(DYNAMO_KB.value).pow(3);
const MILLION = new Decimal(1_000_000);

export interface DynamoCostScenario {
  readonly input: ParsedCostInput;
  readonly capacity: DynamoCapacity;
  readonly book: PriceBook;
  readonly month: MonthConvention;
  readonly storageGb: Decimal;
}

function key(tableClass: DynamoTableClass, base: string): string {
  return tableClass === 'standard-ia' ? `dynamodb.ia.${base}` : `dynamodb.${base}`;
}

const GLOBAL_TABLES_BILLING =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/global-tables-billing.html';

/** Provisioned units per scope (table, each GSI) at a utilisation: summed, and the table's writes apart. */
function provisionedAt(capacity: DynamoCapacity, utilizationPercent: Decimal.Value) {
  const at = (units: number) =>
    Decimal.max(
      DYNAMO_THROUGHPUT_QUOTAS.minimumUnits.value,
      new Decimal(units).times(100).dividedBy(utilizationPercent).ceil(),
    );
  const tableWrite = at(capacity.writeCapacityUnits);
  const gsiWrite = capacity.indexes.reduce(
    (sum, index) => sum.plus(at(index.writeCapacityUnits)),
    new Decimal(0),
  );
  return {
    read: capacity.indexes.reduce(
      (sum, index) => sum.plus(at(index.readCapacityUnits)),
      at(capacity.readCapacityUnits),
    ),
    write: tableWrite.plus(gsiWrite),
    tableWrite,
    gsiWrite,
  };
}

/**
 * On-demand lines. A global table (AWS "Global tables billing"): every write to the table is billed
 * in replicated write request units (rWRU) in this Region and, replicated item by item (no
 * transactional 2×), in each replica Region; GSI writes stay ordinary WRUs, in every Region.
 */
function onDemandLines(s: DynamoCostScenario, tableClass: DynamoTableClass): CostLine[] {
  const { capacity, book, input } = s;
  const { onDemand } = capacity;
  const readLine = costLine(
    priceFor(book, key(tableClass, 'ondemand.read_request_units')),
    new Decimal(onDemand.readRequestUnitsPerMonth).dividedBy(MILLION),
  );
  const writePrice = priceFor(book, key(tableClass, 'ondemand.write_request_units'));
  const replicas = input.replicaRegions;
  if (replicas === 0)
    return [
      readLine,
      costLine(writePrice, new Decimal(onDemand.writeRequestUnitsPerMonth).dividedBy(MILLION)),
    ];
  const regions = replicas + 1;
  const gsiWrites = new Decimal(onDemand.writeRequestUnitsPerMonth).minus(
    onDemand.tableWriteRequestUnitsPerMonth,
  );
  const replicated = priceFor(book, key(tableClass, 'global.replicated_write_request_units'));
  const lines = [readLine];
  if (gsiWrites.greaterThan(0))
    lines.push(
      costLine(
        writePrice,
        gsiWrites.times(regions).dividedBy(MILLION),
        `${writePrice.description}: GSI writes × ${regions} Regions (GSIs are billed in WRUs on global tables too)`,
      ),
    );
  lines.push(
    costLine(
      replicated,
      new Decimal(onDemand.replicaWriteRequestUnitsPerMonth)
        .times(replicas)
        .plus(onDemand.tableWriteRequestUnitsPerMonth)
        .dividedBy(MILLION),
      `${replicated.description}: table writes in this Region + × ${replicas} replica Region(s) (replicated item by item: no transactional 2×)`,
    ),
  );
  return lines;
}

/** Provisioned lines; a global table provisions its table writes as rWCU and its GSIs as WCU, in every Region. */
function provisionedLines(
  s: DynamoCostScenario,
  tableClass: DynamoTableClass,
  utilizationPercent: Decimal.Value,
): CostLine[] {
  const { capacity, book, input, month } = s;
  const units = provisionedAt(capacity, utilizationPercent);
  // The bill frees a band of unit-hours (25 units × 744 h), not 25 units × this month's hours.
  const free =
    input.freeTier && tableClass === 'standard' ? DYNAMO_FREE_TIER.provisionedCapacityUnitHours.value : 0;
  const billable = (value: Decimal) => Decimal.max(0, value.times(month.hours).minus(free));
  const readPrice = priceFor(book, key(tableClass, 'provisioned.read_capacity_unit_hours'));
  const writePrice = priceFor(book, key(tableClass, 'provisioned.write_capacity_unit_hours'));
  const suffix = free > 0 ? ` − ${free.toLocaleString('en-US')} free unit-hours` : '';
  const readLine = costLine(
    readPrice,
    billable(units.read),
    `${readPrice.description}: ${units.read} RCU × ${month.hours} h${suffix}`,
  );
  const replicas = input.replicaRegions;
  if (replicas === 0)
    return [
      readLine,
      costLine(
        writePrice,
        billable(units.write),
        `${writePrice.description}: ${units.write} WCU × ${month.hours} h${suffix}`,
      ),
    ];
  const regions = replicas + 1;
  const lines = [readLine];
  if (units.gsiWrite.greaterThan(0) && capacity.indexes.length > 0)
    lines.push(
      costLine(
        writePrice,
        billable(units.gsiWrite.times(regions)),
        `${writePrice.description}: ${units.gsiWrite} GSI WCU × ${regions} Regions × ${month.hours} h${suffix}`,
      ),
    );
  const replicated = priceFor(book, key(tableClass, 'global.replicated_write_capacity_unit_hours'));
  lines.push(
    costLine(
      replicated,
      units.tableWrite.times(regions).times(month.hours),
      `${replicated.description}: ${units.tableWrite} rWCU × ${regions} Regions (this + ${replicas} replica) × ${month.hours} h`,
    ),
  );
  return lines;
}

function commonLines(s: DynamoCostScenario, tableClass: DynamoTableClass): CostLine[] {
  const { book, input, storageGb } = s;
  const lines: CostLine[] = [];
  const regions = 1 + input.replicaRegions;
  const freeGb = input.freeTier && tableClass === 'standard' ? DYNAMO_FREE_TIER.storageGb.value : 0;
  const storagePrice = priceFor(book, key(tableClass, 'storage'));
  lines.push(
    costLine(
      storagePrice,
      Decimal.max(0, storageGb.times(regions).minus(freeGb)),
      `${storagePrice.description}: ${storageGb.toDecimalPlaces(6)} GB${regions > 1 ? ` × ${regions} Regions` : ''}${freeGb ? ` (${freeGb} GB free)` : ''}`,
    ),
  );
  if (input.pointInTimeRecovery)
    lines.push(costLine(priceFor(book, 'dynamodb.pitr'), storageGb.times(regions)));
  if (input.backupStorage > 0) {
    lines.push(costLine(priceFor(book, 'dynamodb.backup'), new Decimal(input.backupStorage).dividedBy(GB)));
  }
  if (input.streamReadRequestsPerMonth > 0) {
    const free = input.freeTier ? DYNAMO_FREE_TIER.streamReadRequests.value : 0;
    lines.push(
      costLine(
        priceFor(book, 'dynamodb.streams.read_requests'),
        Decimal.max(0, new Decimal(input.streamReadRequestsPerMonth).minus(free)).dividedBy(100_000),
      ),
    );
  }
  return lines;
}

/** Monthly totals of both modes for one table class and utilisation (used by the cost and the curve). */
export function dynamoModeTotals(
  s: DynamoCostScenario,
  tableClass: DynamoTableClass,
  utilizationPercent: Decimal.Value,
): { onDemandUsd: string; provisionedUsd: string } {
  const common = totalUsd(commonLines(s, tableClass));
  return {
    onDemandUsd: new Decimal(totalUsd(onDemandLines(s, tableClass))).plus(common).toString(),
    provisionedUsd: new Decimal(totalUsd(provisionedLines(s, tableClass, utilizationPercent)))
      .plus(common)
      .toString(),
  };
}

/** Break-even utilisation (percent): provisioned cost ∝ 1/u equals the on-demand cost. */
export function dynamoBreakEven(s: DynamoCostScenario, tableClass: DynamoTableClass): number | null {
  const { capacity, book, input } = s;
  const { onDemand } = capacity;
  const usd = (base: string) => new Decimal(priceFor(book, key(tableClass, base)).usd);
  // Unit-months of each kind, as the lines bill them; a unit-month provisioned at 100 % is
  // (units per month ÷ 3,600) unit-hours.
  const reads = new Decimal(onDemand.readRequestUnitsPerMonth);
  const tableWrites = new Decimal(onDemand.tableWriteRequestUnitsPerMonth);
  const gsiWrites = new Decimal(onDemand.writeRequestUnitsPerMonth).minus(tableWrites);
  const replicas = input.replicaRegions;
  const regions = replicas + 1;
  const provisionedUnitHours =
    replicas === 0
      ? reads
          .times(usd('provisioned.read_capacity_unit_hours'))
          .plus(tableWrites.plus(gsiWrites).times(usd('provisioned.write_capacity_unit_hours')))
      : reads
          .times(usd('provisioned.read_capacity_unit_hours'))
          .plus(tableWrites.times(regions).times(usd('global.replicated_write_capacity_unit_hours')))
          .plus(gsiWrites.times(regions).times(usd('provisioned.write_capacity_unit_hours')));
  const onDemandUnits =
    replicas === 0
      ? reads
          .times(usd('ondemand.read_request_units'))
          .plus(tableWrites.plus(gsiWrites).times(usd('ondemand.write_request_units')))
      : reads
          .times(usd('ondemand.read_request_units'))
          .plus(
            new Decimal(onDemand.replicaWriteRequestUnitsPerMonth)
              .times(replicas)
              .plus(tableWrites)
              .times(usd('global.replicated_write_request_units')),
          )
          .plus(gsiWrites.times(regions).times(usd('ondemand.write_request_units')));
  if (onDemandUnits.isZero()) return null;
  return provisionedUnitHours
    .dividedBy(3600)
    .dividedBy(onDemandUnits.dividedBy(MILLION))
    .times(100)
    .toDecimalPlaces(4)
    .toNumber();
}

/** The average of items no larger than 400 KB is at most 400 KB: a larger one describes items AWS cannot store. */
function averageItemSizeProblems(input: ParsedCostInput): Problem[] {
  const limit = DYNAMO_MAX_ITEM_BYTES.value;
  if (!input.items || input.items.itemSize <= limit) return [];
  return [
    {
      code: 'item_too_large',
      path: ['items', 'itemSize'],
      message: `Average item size ${input.items.itemSize.toLocaleString('en-US')} bytes is over DynamoDB's item limit of ${limit.toLocaleString('en-US')} bytes (400 KB), so no average item can be that large; give at most ${limit.toLocaleString('en-US')} bytes.`,
    },
  ];
}

/** Validates overrides, runs the capacity calculator and measures storage: what cost and curve share. */
export function dynamoCostScenario(input: ParsedCostInput): Outcome<DynamoCostScenario> {
  const overridden = applyPriceOverrides(DYNAMO_PRICES, input.prices, 'prices');
  if (!overridden.ok) return failure(...overridden.issues);
  const capacity = dynamoCapacityPlan(input.workload, input.replicaRegions);
  if (!capacity.ok) return capacity;
  const overhead =
    DYNAMO_STORAGE_OVERHEAD.perItem.value +
    (input.replicaRegions > 0 ? DYNAMO_STORAGE_OVERHEAD.globalTables.value : 0);
  const storageBytes =
    input.storage !== undefined
      ? new Decimal(input.storage)
      : input.items
        ? new Decimal(input.items.count).times(input.items.itemSize + overhead)
        : new Decimal(0);
  return success(
    {
      input,
      capacity: capacity.value,
      book: overridden.book,
      month: monthConvention(input.workload.monthHours),
      storageGb: storageBytes.dividedBy(GB),
    },
    capacity.trace,
    // The workload is one field of the cost input: its warnings point inside it.
    capacity.warnings.map((warning) =>
      warning.path ? { ...warning, path: ['workload', ...warning.path] } : warning,
    ),
  );
}

/**
 * Monthly cost of a DynamoDB table in on-demand and in provisioned mode (at the utilisation you
 * state), the break-even utilisation between them, Standard vs Standard-IA, storage and the optional
 * PITR, backups, streams reads and global-table replicated writes. Every line names its unit price,
 * region, source and as-of date; the month convention is named; the free tier is off unless asked for.
 *
 * @example
 * run(dynamoCost, { workload: { operations: [{ type: 'PutItem', rate: 100, itemSize: 512 }] } }).value.onDemand.monthlyUsd
 * //=> '164.25'  (100 WRU/s × 2,628,000 s × $0.625 per million)
 */
export const dynamoCost = defineCalculator({
  name: 'dynamoCost',
  schema: DynamoCostInput,
  calculate: (input) => {
    const scenario = dynamoCostScenario(input);
    if (!scenario.ok) return scenario;
    const s = scenario.value;
    const trace = new Trace();
    for (const step of scenario.trace) trace.step(step);
    const warnings: Warning[] = [...scenario.warnings];
    const { capacity, book, month } = s;
    const tableClass = input.tableClass;

    trace.step({
      id: 'storage_gb',
      formula:
        input.storage !== undefined
          ? 'storage bytes ÷ 1,024³'
          : input.items
            ? `item count × (item bytes + ${DYNAMO_STORAGE_OVERHEAD.perItem.value}${input.replicaRegions > 0 ? ` + ${DYNAMO_STORAGE_OVERHEAD.globalTables.value}` : ''} overhead) ÷ 1,024³`
            : 'no storage given',
      inputs: input.items
        ? { count: input.items.count, itemBytes: input.items.itemSize }
        : { storageBytes: input.storage ?? 0 },
      value: s.storageGb.toDecimalPlaces(9).toString(),
      unit: 'GB',
      source: DYNAMO_STORAGE_OVERHEAD.perItem.source,
    });
    if (input.replicaRegions > 0) {
      trace.step({
        id: 'global_table_writes',
        formula:
          'global table: table writes billed as replicated write units (rWRU / rWCU) in this Region and, item by item (no transactional 2×), in each replica Region; GSI writes as ordinary WRU / WCU in every Region',
        inputs: {
          tableWriteUnitsPerMonth: capacity.onDemand.tableWriteRequestUnitsPerMonth,
          replicaWriteUnitsPerMonthEach: capacity.onDemand.replicaWriteRequestUnitsPerMonth,
          replicaRegions: input.replicaRegions,
        },
        value: new Decimal(capacity.onDemand.replicaWriteRequestUnitsPerMonth)
          .times(input.replicaRegions)
          .plus(capacity.onDemand.tableWriteRequestUnitsPerMonth)
          .toNumber(),
        unit: 'replicated write request units per month',
        source: GLOBAL_TABLES_BILLING,
      });
    }
    const withRegion = (lines: CostLine[]): DynamoCostLine[] =>
      lines.map((line) => ({ ...line, region: book.region }));
    const onDemand = withRegion(onDemandLines(s, tableClass));
    const provisioned = withRegion(provisionedLines(s, tableClass, input.utilizationPercent));
    const common = withRegion(commonLines(s, tableClass));
    for (const line of [...onDemand, ...provisioned, ...common]) {
      trace.step({
        id: 'cost_line',
        formula: `${line.description}: quantity × unit price`,
        inputs: { quantity: line.quantity, unit: line.unit, unitPriceUsd: line.unitPriceUsd },
        value: line.costUsd,
        unit: 'USD',
        source: line.source,
      });
    }
    const commonUsd = totalUsd(common);
    const onDemandThroughput = totalUsd(onDemand);
    const provisionedThroughput = totalUsd(provisioned);
    const onDemandUsd = new Decimal(onDemandThroughput).plus(commonUsd);
    const provisionedUsd = new Decimal(provisionedThroughput).plus(commonUsd);
    const breakEven = dynamoBreakEven(s, tableClass);
    trace.step({
      id: 'break_even_utilization',
      formula: 'u* = provisioned cost at 100 % ÷ on-demand cost (provisioned cost grows as 1/u)',
      inputs: {
        readUnitsPerSecond: capacity.totals.readCapacityUnits,
        writeUnitsPerSecond: capacity.totals.writeCapacityUnits,
        tableClass,
      },
      value: breakEven ?? 'no traffic',
      unit: breakEven === null ? '' : '%',
    });
    const units = provisionedAt(capacity, input.utilizationPercent);
    const cheaperMode = onDemandUsd.lessThan(provisionedUsd)
      ? 'on-demand'
      : onDemandUsd.greaterThan(provisionedUsd)
        ? 'provisioned'
        : 'equal';
    if (breakEven !== null && breakEven > 100) {
      warnings.push({
        code: 'provisioned_never_cheaper',
        message: `At these prices provisioned capacity would need ${breakEven} % utilisation to match on-demand, which is impossible: on-demand is cheaper.`,
      });
    }
    const tableClasses = DYNAMO_TABLE_CLASSES.map((candidate) => ({
      tableClass: candidate,
      ...dynamoModeTotals(s, candidate, input.utilizationPercent),
    }));
    return success<DynamoCost>(
      {
        region: book.region,
        currency: 'USD',
        month,
        tableClass,
        utilizationPercent: input.utilizationPercent,
        storageGb: s.storageGb.toDecimalPlaces(9).toString(),
        consumed: capacity.totals,
        onDemand: {
          monthlyUsd: onDemandUsd.toString(),
          throughputUsd: onDemandThroughput,
          readRequestUnitsPerMonth: new Decimal(capacity.onDemand.readRequestUnitsPerMonth).toString(),
          writeRequestUnitsPerMonth: new Decimal(capacity.onDemand.writeRequestUnitsPerMonth).toString(),
          lines: onDemand,
        },
        provisioned: {
          monthlyUsd: provisionedUsd.toString(),
          throughputUsd: provisionedThroughput,
          readCapacityUnits: units.read.toNumber(),
          writeCapacityUnits: units.write.toNumber(),
          lines: provisioned,
        },
        common: { monthlyUsd: commonUsd, lines: common },
        breakEvenUtilizationPercent: breakEven,
        cheaperMode,
        tableClasses,
        freeTier: {
          applied: input.freeTier,
          note: input.freeTier
            ? 'Free tier applied: 25 RCU + 25 WCU provisioned and 25 GB storage (Standard class), 2.5 M stream reads; it is per account, so it applies once across all tables.'
            : 'Free tier not applied (as in the AWS Pricing Calculator); ask for it (freeTier: true; CLI --free-tier; the Free tier box on the web) to subtract 25 RCU + 25 WCU, 25 GB and 2.5 M stream reads.',
        },
        prices: { region: book.region, overridden: input.prices.map((override) => override.key) },
        problems: [
          ...capacity.problems.map((problem) => ({ ...problem, path: ['workload', ...problem.path] })),
          ...averageItemSizeProblems(input),
        ],
      },
      trace.steps,
      warnings,
    );
  },
});
