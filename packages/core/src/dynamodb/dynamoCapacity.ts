import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import { type MonthConvention, monthConvention } from '../money/month.ts';
import { defineCalculator, type Outcome, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { type DynamoBurst, dynamoBurstSeconds } from './dynamoBurst.ts';
import { dynamoIndexSizeProblems } from './dynamoItemLimitProblems.ts';
import { type DynamoOperationUnits, dynamoOperationUnits } from './dynamoOperationUnits.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import {
  DYNAMO_AUTO_SCALING_TARGET,
  DYNAMO_BURST_SECONDS,
  DYNAMO_INDEX_QUOTAS,
  DYNAMO_ON_DEMAND_SCALING,
  DYNAMO_PARTITION_LIMITS,
  DYNAMO_THROUGHPUT_QUOTAS,
} from './dynamoRules.ts';
import { DynamoWorkload, type DynamoWorkloadParsed } from './dynamoWorkload.ts';

export const DynamoCapacityInput = DynamoWorkload;
export type DynamoCapacityInput = DynamoWorkload;

/** Read and write units per second. */
export interface DynamoUnitPair {
  readonly readCapacityUnits: number;
  readonly writeCapacityUnits: number;
}

export interface DynamoIndexUnits extends DynamoUnitPair {
  readonly name: string;
  readonly kind: 'gsi';
}

export interface DynamoBurstCheck extends DynamoBurst {
  readonly scope: string;
  readonly kind: 'read' | 'write';
  readonly provisioned: number;
  readonly steady: number;
  readonly spike: number;
}

export interface DynamoQuotaCheck {
  readonly quota: string;
  readonly limit: number;
  readonly value: number;
  readonly withinLimit: boolean;
  readonly adjustable: boolean;
  readonly source: string;
}

export interface DynamoCapacity extends DynamoUnitPair {
  /** Per operation, in workload order. */
  readonly operations: readonly DynamoOperationUnits[];
  /** Each GSI's own consumed units per second (LSIs use the table's). */
  readonly indexes: readonly DynamoIndexUnits[];
  /** Table + every GSI. */
  readonly totals: DynamoUnitPair;
  readonly provisioned: {
    readonly targetUtilizationPercent: number;
    /** Capacity to provision so the steady workload runs at the target: max(1, ceil(units ÷ target)). */
    readonly table: DynamoUnitPair;
    readonly indexes: readonly DynamoIndexUnits[];
    readonly totals: DynamoUnitPair;
    /** Lower bound on partitions for this throughput: ceil(RCU ÷ 3,000 + WCU ÷ 1,000). Heuristic. */
    readonly minimumPartitions: number;
    readonly hotKey: {
      readonly share: number;
      readonly readUnitsPerSecond: number;
      readonly writeUnitsPerSecond: number;
      /** Fraction of one partition's 3,000 RCU / 1,000 WCU the hottest key uses (linear mix). */
      readonly partitionLoad: number;
      readonly exceedsPartition: boolean;
    } | null;
    readonly spikeFactor: number;
    readonly burst: readonly DynamoBurstCheck[];
    readonly quotas: readonly DynamoQuotaCheck[];
  };
  readonly onDemand: {
    readonly month: MonthConvention;
    readonly secondsPerMonth: number;
    /** Table + GSIs, request units per month at the steady rate. */
    readonly readRequestUnitsPerMonth: number;
    readonly writeRequestUnitsPerMonth: number;
    /** The table's share of writeRequestUnitsPerMonth (LSI entries included, GSIs excluded). */
    readonly tableWriteRequestUnitsPerMonth: number;
    /** Global tables: table write units applied per month in EACH other Region (no transactional 2×); 0 without replicas. */
    readonly replicaWriteRequestUnitsPerMonth: number;
    readonly peak: {
      readonly readRequestUnitsPerSecond: number;
      readonly writeRequestUnitsPerSecond: number;
      /** Fraction of what a new on-demand table sustains (12,000 RRU / 4,000 WRU, linear mix). */
      readonly newTableLoad: number;
      readonly withinNewTable: boolean;
      readonly withinDoublePreviousPeak: boolean | null;
    };
  };
  readonly convention: string;
  readonly problems: readonly Problem[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

/**
 * Read and write capacity for an access pattern: units per second per operation, for the table and
 * each GSI, with every rounding step in the trace; then the provisioned capacity for a target
 * utilisation (partition ceilings, hot key, burst, quotas) and on-demand request units per month
 * (with new-table and double-the-previous-peak checks).
 *
 * @example
 * run(dynamoCapacity, { operations: [{ type: 'GetItem', rate: 80, itemSize: '3KB' }] }).value.readCapacityUnits //=> 80
 */
export const dynamoCapacity = defineCalculator({
  name: 'dynamoCapacity',
  schema: DynamoCapacityInput,
  calculate: (workload) => dynamoCapacityPlan(workload, 0),
});

/**
 * `dynamoCapacity` for a table with `replicaRegions` other Regions: only the replicated-write figures
 * (`replicaWriteUnitsPerCall`, `onDemand.replicaWriteRequestUnitsPerMonth`) depend on it, and they are
 * 0 without replicas. `dynamoCost` calls it with its replicaRegions.
 */
export function dynamoCapacityPlan(
  workload: DynamoWorkloadParsed,
  replicaRegions: number,
): Outcome<DynamoCapacity> {
  const trace = new Trace();
  const warnings: Warning[] = [];
  const problems: Problem[] = [];
  const operations = workload.operations.map((operation, position) =>
    dynamoOperationUnits(operation, position, workload, trace, problems, warnings, replicaRegions),
  );
  problems.push(...dynamoIndexSizeProblems(workload));

  const tableReads = dynamoRoundUnits(
    sum(operations.filter((op) => op.readsFrom === 'table').map((op) => op.readUnitsPerSecond)),
  );
  const tableWrites = dynamoRoundUnits(sum(operations.map((op) => op.writeUnitsPerSecond)));
  trace.step({
    id: 'table_units',
    formula: 'table RCU/s = Σ reads on the table and its LSIs; table WCU/s = Σ writes incl. LSI entries',
    inputs: { operations: operations.length },
    value: `${tableReads} RCU/s, ${tableWrites} WCU/s`,
    unit: 'units per second',
  });
  const indexes: DynamoIndexUnits[] = workload.globalSecondaryIndexes.map((index) => {
    const reads = dynamoRoundUnits(
      sum(operations.filter((op) => op.readsFrom === index.name).map((op) => op.readUnitsPerSecond)),
    );
    const writes = dynamoRoundUnits(
      sum(
        operations.flatMap((op) =>
          op.indexWrites
            .filter((write) => write.index === index.name)
            .map((write) => write.writeUnitsPerSecond),
        ),
      ),
    );
    trace.step({
      id: 'gsi_units',
      formula: `GSI ${index.name}: Σ its reads; Σ index writes (its own capacity, not the table's)`,
      inputs: { index: index.name },
      value: `${reads} RCU/s, ${writes} WCU/s`,
      unit: 'units per second',
    });
    return { name: index.name, kind: 'gsi', readCapacityUnits: reads, writeCapacityUnits: writes };
  });
  const totals: DynamoUnitPair = {
    readCapacityUnits: dynamoRoundUnits(sum([tableReads, ...indexes.map((i) => i.readCapacityUnits)])),
    writeCapacityUnits: dynamoRoundUnits(sum([tableWrites, ...indexes.map((i) => i.writeCapacityUnits)])),
  };

  const provisioned = planProvisioned(
    workload,
    { readCapacityUnits: tableReads, writeCapacityUnits: tableWrites },
    indexes,
    trace,
    warnings,
    problems,
  );
  const onDemand = planOnDemand(
    workload,
    operations,
    { readCapacityUnits: tableReads, writeCapacityUnits: tableWrites },
    totals,
    trace,
    warnings,
  );

  return success<DynamoCapacity>(
    {
      readCapacityUnits: tableReads,
      writeCapacityUnits: tableWrites,
      operations,
      indexes,
      totals,
      provisioned,
      onDemand,
      convention: 'DynamoDB sizes are binary: 1 KB = 1,024 bytes. Units are per second.',
      problems,
    },
    trace.steps,
    warnings,
  );
}

function provisionFor(consumed: number, targetPercent: number): number {
  return Decimal.max(
    DYNAMO_THROUGHPUT_QUOTAS.minimumUnits.value,
    new Decimal(consumed).times(100).dividedBy(targetPercent).ceil(),
  ).toNumber();
}

function planProvisioned(
  workload: DynamoWorkloadParsed,
  table: DynamoUnitPair,
  indexes: readonly DynamoIndexUnits[],
  trace: Trace,
  warnings: Warning[],
  problems: Problem[],
): DynamoCapacity['provisioned'] {
  const target = workload.targetUtilizationPercent;
  const size = (scope: string, units: DynamoUnitPair): DynamoUnitPair => {
    const pair = {
      readCapacityUnits: provisionFor(units.readCapacityUnits, target),
      writeCapacityUnits: provisionFor(units.writeCapacityUnits, target),
    };
    trace.step({
      id: 'provisioned_units',
      formula: `${scope}: max(1, ceil(consumed units ÷ ${target} %))`,
      inputs: {
        readUnits: units.readCapacityUnits,
        writeUnits: units.writeCapacityUnits,
        targetPercent: target,
      },
      value: `${pair.readCapacityUnits} RCU, ${pair.writeCapacityUnits} WCU`,
      unit: 'provisioned units',
      source: DYNAMO_AUTO_SCALING_TARGET.default.source,
    });
    return pair;
  };
  const provisionedTable = size('table', table);
  const provisionedIndexes = indexes.map((index) => ({ ...index, ...size(`GSI ${index.name}`, index) }));
  const provisionedTotals: DynamoUnitPair = {
    readCapacityUnits: sum([
      provisionedTable.readCapacityUnits,
      ...provisionedIndexes.map((i) => i.readCapacityUnits),
    ]).toNumber(),
    writeCapacityUnits: sum([
      provisionedTable.writeCapacityUnits,
      ...provisionedIndexes.map((i) => i.writeCapacityUnits),
    ]).toNumber(),
  };

  const partitionLoad = (reads: number, writes: number) =>
    new Decimal(reads)
      .dividedBy(DYNAMO_PARTITION_LIMITS.readUnits.value)
      .plus(new Decimal(writes).dividedBy(DYNAMO_PARTITION_LIMITS.writeUnits.value));
  const minimumPartitions = trace.step({
    id: 'minimum_partitions',
    formula: 'ceil(RCU ÷ 3,000 + WCU ÷ 1,000): partitions needed even if traffic were spread perfectly',
    inputs: { readUnits: table.readCapacityUnits, writeUnits: table.writeCapacityUnits },
    value: Math.max(1, partitionLoad(table.readCapacityUnits, table.writeCapacityUnits).ceil().toNumber()),
    unit: 'partitions',
    source: DYNAMO_PARTITION_LIMITS.readUnits.source,
  });

  let hotKey: DynamoCapacity['provisioned']['hotKey'] = null;
  if (workload.hotKeyShare !== undefined) {
    const share = workload.hotKeyShare;
    const reads = dynamoRoundUnits(new Decimal(table.readCapacityUnits).times(share));
    const writes = dynamoRoundUnits(new Decimal(table.writeCapacityUnits).times(share));
    const load = trace.step({
      id: 'hot_key_partition_load',
      formula: 'hottest key: share × RCU ÷ 3,000 + share × WCU ÷ 1,000 (1 = one partition full)',
      inputs: { share, readUnits: reads, writeUnits: writes },
      value: partitionLoad(reads, writes).toDecimalPlaces(4).toNumber(),
      unit: 'partitions',
      source: DYNAMO_PARTITION_LIMITS.readUnits.source,
    });
    hotKey = {
      share,
      readUnitsPerSecond: reads,
      writeUnitsPerSecond: writes,
      partitionLoad: load,
      exceedsPartition: load > 1,
    };
    if (load > 1) {
      warnings.push({
        code: 'hot_partition',
        path: ['hotKeyShare'],
        message: `The hottest partition key takes ${reads} RCU/s and ${writes} WCU/s, ${Math.round(load * 100)} % of what one partition serves (3,000 RCU or 1,000 WCU per second, or a mix). It will throttle whatever the table's capacity, provisioned or on-demand; spread the key (write sharding) or cache reads.`,
      });
    }
  }

  const burst: DynamoBurstCheck[] = [];
  const spikeFactor = workload.spikeFactor;
  const scopes: Array<[string, DynamoUnitPair, DynamoUnitPair]> = [
    ['table', table, provisionedTable],
    ...indexes.map((index, i): [string, DynamoUnitPair, DynamoUnitPair] => [
      `GSI ${index.name}`,
      index,
      provisionedIndexes[i]!,
    ]),
  ];
  for (const [scope, steadyPair, provisionedPair] of scopes) {
    for (const kind of ['read', 'write'] as const) {
      const steady = kind === 'read' ? steadyPair.readCapacityUnits : steadyPair.writeCapacityUnits;
      const provisionedUnits =
        kind === 'read' ? provisionedPair.readCapacityUnits : provisionedPair.writeCapacityUnits;
      if (steady === 0) continue;
      const spike = dynamoRoundUnits(new Decimal(steady).times(spikeFactor));
      const result = dynamoBurstSeconds({ provisioned: provisionedUnits, steady, spike });
      trace.step({
        id: 'burst_seconds',
        formula: `${scope} ${kind}s: bank = ${DYNAMO_BURST_SECONDS.value} s × (provisioned − steady); lasts bank ÷ (spike − provisioned)`,
        inputs: { provisioned: provisionedUnits, steady, spike, bankUnits: result.bankUnits },
        value:
          result.secondsAbsorbed === null ? 'spike fits in provisioned capacity' : result.secondsAbsorbed,
        unit: result.secondsAbsorbed === null ? '' : 'seconds',
        source: DYNAMO_BURST_SECONDS.source,
      });
      burst.push({ scope, kind, provisioned: provisionedUnits, steady, spike, ...result });
    }
  }
  const short = burst.filter((check) => check.secondsAbsorbed !== null);
  if (short.length > 0) {
    warnings.push({
      code: 'spike_exceeds_provisioned',
      path: ['spikeFactor'],
      message: `A ${spikeFactor}× spike exceeds provisioned capacity (${short.map((c) => `${c.scope} ${c.kind}s: ${c.spike} > ${c.provisioned}`).join('; ')}); burst capacity covers about ${Math.min(...short.map((c) => c.secondsAbsorbed ?? 0))} s (best effort, not guaranteed), then auto scaling must catch up or requests throttle.`,
    });
  }

  const tableQuota = DYNAMO_THROUGHPUT_QUOTAS.tableUnits;
  const accountQuota = DYNAMO_THROUGHPUT_QUOTAS.accountUnits;
  const quotas: DynamoQuotaCheck[] = [
    ...scopes.flatMap(([scope, , pair]) => [
      {
        quota: `${scope} provisioned RCU`,
        limit: tableQuota.value,
        value: pair.readCapacityUnits,
        adjustable: true,
        source: tableQuota.source,
      },
      {
        quota: `${scope} provisioned WCU`,
        limit: tableQuota.value,
        value: pair.writeCapacityUnits,
        adjustable: true,
        source: tableQuota.source,
      },
    ]),
    {
      quota: 'account provisioned RCU (this table + GSIs)',
      limit: accountQuota.value,
      value: provisionedTotals.readCapacityUnits,
      adjustable: true,
      source: accountQuota.source,
    },
    {
      quota: 'account provisioned WCU (this table + GSIs)',
      limit: accountQuota.value,
      value: provisionedTotals.writeCapacityUnits,
      adjustable: true,
      source: accountQuota.source,
    },
    {
      quota: 'global secondary indexes per table',
      limit: DYNAMO_INDEX_QUOTAS.globalSecondaryIndexes.value,
      value: workload.globalSecondaryIndexes.length,
      adjustable: true,
      source: DYNAMO_INDEX_QUOTAS.globalSecondaryIndexes.source,
    },
    {
      quota: 'local secondary indexes per table',
      limit: DYNAMO_INDEX_QUOTAS.localSecondaryIndexes.value,
      value: workload.localSecondaryIndexes.length,
      adjustable: false,
      source: DYNAMO_INDEX_QUOTAS.localSecondaryIndexes.source,
    },
  ].map((check) => ({ ...check, withinLimit: check.value <= check.limit }));
  for (const check of quotas.filter((q) => !q.withinLimit)) {
    if (check.adjustable) {
      warnings.push({
        code: 'quota_exceeded',
        message: `${check.quota}: ${check.value.toLocaleString('en-US')} is over the default quota of ${check.limit.toLocaleString('en-US')}; request an increase in Service Quotas before deploying.`,
      });
    } else {
      problems.push({
        code: 'quota_exceeded',
        path: ['localSecondaryIndexes'],
        message: `${check.quota}: ${check.value} is over DynamoDB's limit of ${check.limit}.`,
      });
    }
  }
  return {
    targetUtilizationPercent: target,
    table: provisionedTable,
    indexes: provisionedIndexes,
    totals: provisionedTotals,
    minimumPartitions,
    hotKey,
    spikeFactor,
    burst,
    quotas,
  };
}

function planOnDemand(
  workload: DynamoWorkloadParsed,
  operations: readonly DynamoOperationUnits[],
  table: DynamoUnitPair,
  totals: DynamoUnitPair,
  trace: Trace,
  warnings: Warning[],
): DynamoCapacity['onDemand'] {
  const month = monthConvention(workload.monthHours);
  const secondsPerMonth = month.hours * 3600;
  // From the unrounded per-second figures (rate × units per call): the per-second outputs are rounded
  // to 6 decimals, which at low rates ("1/day") would overstate a month by several per cent.
  const perMonth = (unitsPerCall: (op: DynamoOperationUnits) => Decimal.Value) =>
    operations
      .reduce(
        (total, op) => total.plus(new Decimal(op.ratePerSecond).times(unitsPerCall(op))),
        new Decimal(0),
      )
      .times(secondsPerMonth)
      .toDecimalPlaces(3)
      .toNumber();
  const gsiWriteUnitsPerCall = (op: DynamoOperationUnits) =>
    op.indexWrites
      .filter((write) => write.kind === 'gsi')
      .reduce((units, write) => units.plus(write.writeUnitsPerCall), new Decimal(0));
  const tableWriteMonth = perMonth((op) => op.writeUnitsPerCall);
  // Global tables (priced in dynamoCost): items replicate one by one, so no transactional 2× there.
  const replicaWriteMonth = perMonth((op) => op.replicaWriteUnitsPerCall);
  const readMonth = trace.step({
    id: 'on_demand_read_units_per_month',
    formula: 'RRU/month = (table + GSI) RCU/s × seconds per month',
    inputs: { readUnitsPerSecond: totals.readCapacityUnits, secondsPerMonth, month: month.label },
    value: perMonth((op) => op.readUnitsPerCall),
    unit: 'read request units per month',
    source: month.source,
  });
  const writeMonth = trace.step({
    id: 'on_demand_write_units_per_month',
    formula: 'WRU/month = (table + GSI) WCU/s × seconds per month',
    inputs: { writeUnitsPerSecond: totals.writeCapacityUnits, secondsPerMonth },
    value: perMonth((op) => gsiWriteUnitsPerCall(op).plus(op.writeUnitsPerCall)),
    unit: 'write request units per month',
    source: month.source,
  });
  const peakReads = dynamoRoundUnits(new Decimal(table.readCapacityUnits).times(workload.spikeFactor));
  const peakWrites = dynamoRoundUnits(new Decimal(table.writeCapacityUnits).times(workload.spikeFactor));
  const newTableLoad = trace.step({
    id: 'on_demand_new_table_load',
    formula: 'peak RRU/s ÷ 12,000 + peak WRU/s ÷ 4,000 (1 = what a new on-demand table sustains)',
    inputs: { peakReadUnits: peakReads, peakWriteUnits: peakWrites, spikeFactor: workload.spikeFactor },
    value: new Decimal(peakReads)
      .dividedBy(DYNAMO_ON_DEMAND_SCALING.newTableReadUnits.value)
      .plus(new Decimal(peakWrites).dividedBy(DYNAMO_ON_DEMAND_SCALING.newTableWriteUnits.value))
      .toDecimalPlaces(4)
      .toNumber(),
    unit: 'new-table capacity',
    source: DYNAMO_ON_DEMAND_SCALING.newTableReadUnits.source,
  });
  if (newTableLoad > 1) {
    warnings.push({
      code: 'on_demand_new_table_peak',
      message: `A new on-demand table sustains 12,000 RRU/s or 4,000 WRU/s (or a mix); a peak of ${peakReads} RRU/s and ${peakWrites} WRU/s is ${Math.round(newTableLoad * 100)} % of that. Pre-warm the table (warm throughput) or ramp traffic over 30+ minutes.`,
    });
  }
  let withinDouble: boolean | null = null;
  if (workload.previousPeak) {
    const multiple = DYNAMO_ON_DEMAND_SCALING.previousPeakMultiple.value;
    const allowedReads = workload.previousPeak.readRequestUnits * multiple;
    const allowedWrites = workload.previousPeak.writeRequestUnits * multiple;
    withinDouble = trace.step({
      id: 'on_demand_double_previous_peak',
      formula: 'peak ≤ 2 × previous peak, for reads and for writes',
      inputs: { peakReadUnits: peakReads, allowedReads, peakWriteUnits: peakWrites, allowedWrites },
      value: peakReads <= allowedReads && peakWrites <= allowedWrites,
      unit: '',
      source: DYNAMO_ON_DEMAND_SCALING.previousPeakMultiple.source,
    });
    if (!withinDouble) {
      warnings.push({
        code: 'on_demand_double_peak',
        message: `On-demand instantly serves up to double the previous peak (${allowedReads} RRU/s, ${allowedWrites} WRU/s here); a peak of ${peakReads} RRU/s and ${peakWrites} WRU/s may throttle if it arrives within 30 minutes. Pre-warm or ramp up.`,
      });
    }
  }
  const quota = DYNAMO_THROUGHPUT_QUOTAS.tableUnits.value;
  if (peakReads > quota || peakWrites > quota) {
    warnings.push({
      code: 'on_demand_table_quota',
      message: `A peak of ${peakReads} RRU/s and ${peakWrites} WRU/s is over the default on-demand table quota of ${quota.toLocaleString('en-US')} units per second; request an increase.`,
    });
  }
  return {
    month,
    secondsPerMonth,
    readRequestUnitsPerMonth: readMonth,
    writeRequestUnitsPerMonth: writeMonth,
    tableWriteRequestUnitsPerMonth: tableWriteMonth,
    replicaWriteRequestUnitsPerMonth: replicaWriteMonth,
    peak: {
      readRequestUnitsPerSecond: peakReads,
      writeRequestUnitsPerSecond: peakWrites,
      newTableLoad,
      withinNewTable: newTableLoad <= 1,
      withinDoublePreviousPeak: withinDouble,
    },
  };
}
