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
import type { Problem } from '../input/problem.ts';
import { failure, type Outcome, success } from '../result.ts';
import { type DynamoCapacity, dynamoCapacityPlan } from './dynamoCapacity.ts';
import type { DynamoCostInputParsed, DynamoTableClass } from './dynamoCostInput.ts';
import {
  DYNAMO_KB,
  DYNAMO_MAX_ITEM_BYTES,
  DYNAMO_STORAGE_OVERHEAD,
  DYNAMO_THROUGHPUT_QUOTAS,
} from './dynamoRules.ts';
import { DYNAMO_FREE_TIER, DYNAMO_PRICES } from './prices.ts';

// The priced lines of a DynamoDB bill, shared by dynamoCost and dynamoCostCurve: on-demand,
// provisioned at a utilization, and what both modes pay (storage, PITR, backups, streams).

const GB = new Decimal(DYNAMO_KB.value).pow(3);
const MILLION = new Decimal(1_000_000);

export interface DynamoCostScenario {
  readonly input: DynamoCostInputParsed;
  readonly capacity: DynamoCapacity;
  readonly book: PriceBook;
  readonly month: MonthConvention;
  readonly storageGb: Decimal;
}

function key(tableClass: DynamoTableClass, base: string): string {
  return tableClass === 'standard-ia' ? `dynamodb.ia.${base}` : `dynamodb.${base}`;
}

export const GLOBAL_TABLES_BILLING =
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/global-tables-billing.html';

/** Provisioned units per scope (table, each GSI) at a utilization: summed, and the table's writes apart. */
export function provisionedAt(capacity: DynamoCapacity, utilizationPercent: Decimal.Value) {
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
export function onDemandLines(s: DynamoCostScenario, tableClass: DynamoTableClass): CostLine[] {
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
export function provisionedLines(
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

export function commonLines(s: DynamoCostScenario, tableClass: DynamoTableClass): CostLine[] {
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

/** Monthly totals of both modes for one table class and utilization (used by the cost and the curve). */
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

/** Break-even utilization (percent): provisioned cost ∝ 1/u equals the on-demand cost. */
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
export function averageItemSizeProblems(input: DynamoCostInputParsed): Problem[] {
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
export function dynamoCostScenario(input: DynamoCostInputParsed): Outcome<DynamoCostScenario> {
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
