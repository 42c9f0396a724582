import { Decimal } from '../money/decimal.ts';
import type { MonthConvention } from '../money/month.ts';
import { type CostLine, totalUsd } from '../money/priceBook.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { DYNAMO_TABLE_CLASSES, DynamoCostInput, type DynamoTableClass } from './dynamoCostInput.ts';
import {
  averageItemSizeProblems,
  commonLines,
  dynamoBreakEven,
  dynamoCostScenario,
  dynamoModeTotals,
  GLOBAL_TABLES_BILLING,
  onDemandLines,
  provisionedAt,
  provisionedLines,
} from './dynamoCostLines.ts';
import { DYNAMO_STORAGE_OVERHEAD } from './dynamoRules.ts';

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
    /** Provisioned at the stated utilization, table + GSIs, each max(1, ceil(consumed ÷ utilization)). */
    readonly readCapacityUnits: number;
    readonly writeCapacityUnits: number;
  };
  /** Storage, PITR, backups, streams: the same in both modes and included in both totals. */
  readonly common: { readonly monthlyUsd: string; readonly lines: readonly DynamoCostLine[] };
  /**
   * Average utilization of provisioned capacity at which both modes cost the same (ignoring whole-unit
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

/**
 * Monthly cost of a DynamoDB table in on-demand and in provisioned mode (at the utilization you
 * state), the break-even utilization between them, Standard vs Standard-IA, storage and the optional
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
        message: `At these prices provisioned capacity would need ${breakEven} % utilization to match on-demand, which is impossible: on-demand is cheaper.`,
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
