import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import { type DynamoBurstCheck, dynamoBurstChecks } from './dynamoBurstChecks.ts';
import type { DynamoIndexUnits, DynamoUnitPair } from './dynamoCapacity.ts';
import { type DynamoHotKey, dynamoHotKey, dynamoMinimumPartitions } from './dynamoPartitions.ts';
import { type DynamoQuotaCheck, dynamoQuotaChecks } from './dynamoQuotaChecks.ts';
import { DYNAMO_AUTO_SCALING_TARGET, DYNAMO_THROUGHPUT_QUOTAS } from './dynamoRules.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

/** Provisioned mode: capacity to set for the steady workload, and what could still throttle it. */
export interface DynamoProvisioned {
  readonly targetUtilizationPercent: number;
  /** Capacity to provision so the steady workload runs at the target: max(1, ceil(units ÷ target)). */
  readonly table: DynamoUnitPair;
  readonly indexes: readonly DynamoIndexUnits[];
  readonly totals: DynamoUnitPair;
  /** Lower bound on partitions for this throughput: ceil(RCU ÷ 3,000 + WCU ÷ 1,000). Heuristic. */
  readonly minimumPartitions: number;
  readonly hotKey: DynamoHotKey | null;
  readonly spikeFactor: number;
  readonly burst: readonly DynamoBurstCheck[];
  readonly quotas: readonly DynamoQuotaCheck[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

function provisionFor(consumed: number, targetPercent: number): number {
  return Decimal.max(
    DYNAMO_THROUGHPUT_QUOTAS.minimumUnits.value,
    new Decimal(consumed).times(100).dividedBy(targetPercent).ceil(),
  ).toNumber();
}

/**
 * Provisioned capacity for the table and each GSI at the target utilization (as auto scaling would
 * settle), then the checks against it in order: partitions and the hot key, burst cover for a spike,
 * and the throughput and index quotas.
 */
export function dynamoProvisioned(
  workload: DynamoWorkloadParsed,
  table: DynamoUnitPair,
  indexes: readonly DynamoIndexUnits[],
  trace: Trace,
  warnings: Warning[],
  problems: Problem[],
): DynamoProvisioned {
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

  const minimumPartitions = dynamoMinimumPartitions(table, trace);
  const hotKey = dynamoHotKey(workload, table, trace, warnings);

  // Each scope's steady (consumed) and provisioned units: the table, then each GSI.
  const scopes: Array<[string, DynamoUnitPair, DynamoUnitPair]> = [
    ['table', table, provisionedTable],
    ...indexes.map((index, i): [string, DynamoUnitPair, DynamoUnitPair] => [
      `GSI ${index.name}`,
      index,
      provisionedIndexes[i]!,
    ]),
  ];
  const spikeFactor = workload.spikeFactor;
  const burst = dynamoBurstChecks(scopes, spikeFactor, trace, warnings);
  const quotas = dynamoQuotaChecks(
    workload,
    scopes.map(([scope, , provisioned]) => [scope, provisioned] as const),
    provisionedTotals,
    warnings,
    problems,
  );
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
