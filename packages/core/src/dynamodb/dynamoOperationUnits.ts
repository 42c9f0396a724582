import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import { type CallItems, callItemsOf } from './dynamoCallItems.ts';
import { dynamoItemSizeProblems } from './dynamoItemLimitProblems.ts';
import { dynamoReadOperationUnits } from './dynamoReadOperationUnits.ts';
import { DYNAMO_API_LIMITS } from './dynamoRules.ts';
import type { DynamoReadConsistency, DynamoWriteMode } from './dynamoUnits.ts';
import type { DynamoOperationType } from './dynamoOperationTypes.ts';
import { dynamoWriteOperationUnits } from './dynamoWriteOperationUnits.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

type ParsedOperation = DynamoWorkloadParsed['operations'][number];

/** Units one operation consumes in one secondary index. */
export interface DynamoIndexWrite {
  readonly index: string;
  readonly kind: 'gsi' | 'lsi';
  /** Index writes per call: items × writeShare × (1 + keyChangeShare), deletes never change a key. */
  readonly writesPerCall: number;
  readonly writeUnitsPerCall: number;
  readonly writeUnitsPerSecond: number;
}

/** What one operation of the workload consumes. LSI writes are included in the table's write units. */
export interface DynamoOperationUnits {
  readonly position: number;
  readonly type: DynamoOperationType;
  readonly name: string;
  readonly ratePerSecond: number;
  readonly itemsPerCall: number;
  readonly bytesPerCall: number;
  /** Where the reads land: `table` or the GSI's name (an LSI read lands on the table). */
  readonly readsFrom: string;
  readonly consistency: DynamoReadConsistency | null;
  readonly writeMode: DynamoWriteMode | null;
  readonly readUnitsPerCall: number;
  readonly writeUnitsPerCall: number;
  readonly readUnitsPerSecond: number;
  readonly writeUnitsPerSecond: number;
  /**
   * Global tables: the table write units (LSI entries included) one call applies in each other
   * Region. Items replicate one by one, so a transaction's 2× is not repeated there. 0 without
   * replica Regions (always, in `dynamoCapacity`; `dynamoCost` counts it for its replicaRegions).
   */
  readonly replicaWriteUnitsPerCall: number;
  readonly indexWrites: readonly DynamoIndexWrite[];
}

/**
 * One call of an operation as the read and write rules see it: its label and input path for
 * messages, its items and rate, and where to record trace steps, problems and warnings.
 */
export interface DynamoOperationCall {
  readonly operation: ParsedOperation;
  readonly position: number;
  readonly label: string;
  readonly path: ReadonlyArray<string | number>;
  readonly items: CallItems;
  readonly rate: Decimal;
  readonly trace: Trace;
  readonly problems: Problem[];
  readonly warnings: Warning[];
}

const READS = new Set<DynamoOperationType>(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

/**
 * Units of one operation, per call and per second, for the table and each index, recording every
 * rounding step in `trace`. First the checks that hold for any operation (one item for the single-item
 * APIs, the 400 KB item limit, the batch and transaction item limits), then the read rules
 * (`dynamoReadOperationUnits`) or the write rules (`dynamoWriteOperationUnits`, with
 * `dynamoIndexWrites` for GSI and LSI entries).
 */
export function dynamoOperationUnits(
  operation: ParsedOperation,
  position: number,
  workload: DynamoWorkloadParsed,
  trace: Trace,
  problems: Problem[],
  warnings: Warning[],
  replicaRegions = 0,
): DynamoOperationUnits {
  const label = operation.name ?? `${operation.type} #${position + 1}`;
  const path = ['operations', position];
  const isRead = READS.has(operation.type);
  const callItems = callItemsOf(operation);
  const items = callItems.count;
  const limit =
    operation.type === 'BatchGetItem'
      ? DYNAMO_API_LIMITS.batchGetItems
      : operation.type === 'BatchWriteItem'
        ? DYNAMO_API_LIMITS.batchWriteItems
        : operation.type === 'TransactGetItems' || operation.type === 'TransactWriteItems'
          ? DYNAMO_API_LIMITS.transactItems
          : undefined;
  if (
    (operation.type === 'GetItem' ||
      operation.type === 'PutItem' ||
      operation.type === 'UpdateItem' ||
      operation.type === 'DeleteItem') &&
    items > 1
  ) {
    problems.push({
      code: 'single_item_operation',
      path: [...path, operation.itemSizes ? 'itemSizes' : 'items'],
      message: `${label}: ${operation.type} handles one item per call; ${items} items are counted as ${items} separate ${operation.type} calls' worth of units. Use ${isRead ? 'BatchGetItem' : 'BatchWriteItem'} or raise the rate instead.`,
    });
  }
  problems.push(...dynamoItemSizeProblems(operation, label, path));
  if (limit && items > limit.value) {
    problems.push({
      code: 'too_many_items_per_call',
      path: [...path, operation.itemSizes ? 'itemSizes' : 'items'],
      message: `${label}: ${operation.type} takes at most ${limit.value} items per call, not ${items}; split it into ${Math.ceil(items / limit.value)} calls.`,
    });
  }

  const call: DynamoOperationCall = {
    operation,
    position,
    label,
    path,
    items: callItems,
    rate: new Decimal(operation.rate),
    trace,
    problems,
    warnings,
  };
  return isRead
    ? dynamoReadOperationUnits(call, workload)
    : dynamoWriteOperationUnits(call, workload, replicaRegions);
}
