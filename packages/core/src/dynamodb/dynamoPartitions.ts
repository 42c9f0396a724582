import { Decimal } from '../money/decimal.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import type { DynamoUnitPair } from './dynamoCapacity.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { DYNAMO_PARTITION_LIMITS } from './dynamoRules.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

/** The hottest partition key's traffic against what one partition serves. */
export interface DynamoHotKey {
  readonly share: number;
  readonly readUnitsPerSecond: number;
  readonly writeUnitsPerSecond: number;
  /** Fraction of one partition's 3,000 RCU / 1,000 WCU the hottest key uses (linear mix). */
  readonly partitionLoad: number;
  readonly exceedsPartition: boolean;
}

/** Partitions' worth of throughput: RCU ÷ 3,000 + WCU ÷ 1,000 (a partition serves either, or a mix). */
const partitionLoad = (reads: number, writes: number) =>
  new Decimal(reads)
    .dividedBy(DYNAMO_PARTITION_LIMITS.readUnits.value)
    .plus(new Decimal(writes).dividedBy(DYNAMO_PARTITION_LIMITS.writeUnits.value));

/** Lower bound on the table's partitions for its consumed units. A heuristic: AWS does not publish the split. */
export function dynamoMinimumPartitions(table: DynamoUnitPair, trace: Trace): number {
  return trace.step({
    id: 'minimum_partitions',
    formula: 'ceil(RCU ÷ 3,000 + WCU ÷ 1,000): partitions needed even if traffic were spread perfectly',
    inputs: { readUnits: table.readCapacityUnits, writeUnits: table.writeCapacityUnits },
    value: Math.max(1, partitionLoad(table.readCapacityUnits, table.writeCapacityUnits).ceil().toNumber()),
    unit: 'partitions',
    source: DYNAMO_PARTITION_LIMITS.readUnits.source,
  });
}

/**
 * The hottest key's share of the table's units against one partition's ceiling, or null when no
 * hotKeyShare is given. Over one partition it throttles whatever the table's capacity, so a warning.
 */
export function dynamoHotKey(
  workload: DynamoWorkloadParsed,
  table: DynamoUnitPair,
  trace: Trace,
  warnings: Warning[],
): DynamoHotKey | null {
  if (workload.hotKeyShare === undefined) return null;
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
  if (load > 1) {
    warnings.push({
      code: 'hot_partition',
      path: ['hotKeyShare'],
      message: `The hottest partition key takes ${reads} RCU/s and ${writes} WCU/s, ${Math.round(load * 100)} % of what one partition serves (3,000 RCU or 1,000 WCU per second, or a mix). It will throttle whatever the table's capacity, provisioned or on-demand; spread the key (write sharding) or cache reads.`,
    });
  }
  return {
    share,
    readUnitsPerSecond: reads,
    writeUnitsPerSecond: writes,
    partitionLoad: load,
    exceedsPartition: load > 1,
  };
}
