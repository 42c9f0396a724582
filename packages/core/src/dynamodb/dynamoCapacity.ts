import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import { defineCalculator, type Outcome, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { dynamoIndexSizeProblems } from './dynamoItemLimitProblems.ts';
import { type DynamoOnDemand, dynamoOnDemand } from './dynamoOnDemand.ts';
import { type DynamoOperationUnits, dynamoOperationUnits } from './dynamoOperationUnits.ts';
import { type DynamoProvisioned, dynamoProvisioned } from './dynamoProvisioned.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { DynamoWorkload, type DynamoWorkloadParsed } from './dynamoWorkload.ts';

export type { DynamoBurstCheck } from './dynamoBurstChecks.ts';
export type { DynamoQuotaCheck } from './dynamoQuotaChecks.ts';

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

export interface DynamoCapacity extends DynamoUnitPair {
  /** Per operation, in workload order. */
  readonly operations: readonly DynamoOperationUnits[];
  /** Each GSI's own consumed units per second (LSIs use the table's). */
  readonly indexes: readonly DynamoIndexUnits[];
  /** Table + every GSI. */
  readonly totals: DynamoUnitPair;
  /** Provisioned mode: capacity at the target utilization, partitions, hot key, burst, quotas. */
  readonly provisioned: DynamoProvisioned;
  /** On-demand mode: request units per month and the peak's scaling checks. */
  readonly onDemand: DynamoOnDemand;
  readonly convention: string;
  readonly problems: readonly Problem[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

/**
 * Read and write capacity for an access pattern: units per second per operation, for the table and
 * each GSI, with every rounding step in the trace; then the provisioned capacity for a target
 * utilization (partition ceilings, hot key, burst, quotas) and on-demand request units per month
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

  const provisioned = dynamoProvisioned(
    workload,
    { readCapacityUnits: tableReads, writeCapacityUnits: tableWrites },
    indexes,
    trace,
    warnings,
    problems,
  );
  const onDemand = dynamoOnDemand(
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
