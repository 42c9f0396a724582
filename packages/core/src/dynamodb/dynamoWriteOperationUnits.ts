import { Decimal } from '../money/decimal.ts';
import { DYNAMO_WRITE_UNIT_BYTES } from './dynamoRules.ts';
import { describeItemSizes, sumOverItems } from './dynamoCallItems.ts';
import { dynamoIndexWrites } from './dynamoIndexWrites.ts';
import type { DynamoOperationCall, DynamoOperationUnits } from './dynamoOperationUnits.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { type DynamoWriteMode, dynamoWriteSteps, dynamoWriteUnits } from './dynamoUnits.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

/**
 * Write units of one write operation (PutItem, UpdateItem, DeleteItem, BatchWriteItem,
 * TransactWriteItems). AWS rules: each item rounds up to 1 KB and pays for the larger of the old and
 * new item; transactions double the table's units but not index writes. LSI entries are charged to
 * the table's write units; GSI entries to the GSI's own (see `dynamoIndexWrites`).
 */
export function dynamoWriteOperationUnits(
  call: DynamoOperationCall,
  workload: DynamoWorkloadParsed,
  replicaRegions: number,
): DynamoOperationUnits {
  const { operation, position, label, path, items: callItems, rate, trace, problems } = call;
  const items = callItems.count;
  let writeMode: DynamoWriteMode =
    operation.type === 'TransactWriteItems' ? 'transactional' : (operation.writeMode ?? 'standard');
  if (operation.type === 'BatchWriteItem' && writeMode === 'transactional') {
    problems.push({
      code: 'write_mode_not_supported',
      path: [...path, 'writeMode'],
      message: `${label}: BatchWriteItem is not transactional (use TransactWriteItems); counted as standard writes.`,
    });
    writeMode = 'standard';
  }
  const previous = operation.previousItemSize;
  const billed = (size: number) => Math.max(size, previous ?? 0);
  if (previous !== undefined) {
    trace.step({
      id: 'write_item_bytes',
      formula: `${label}: a write pays for the larger of the item before and after: max(before, after)`,
      inputs: { before: previous, after: describeItemSizes(callItems) },
      value: describeItemSizes(callItems, billed),
      unit: 'bytes',
      source: DYNAMO_WRITE_UNIT_BYTES.source,
    });
  }
  const bytesPerCall = sumOverItems(callItems, billed);
  const tableUnitsPerCall = sumOverItems(callItems, (size) => dynamoWriteUnits(billed(size), writeMode));
  trace.step({
    id: 'write_units_per_call',
    formula: `${label}: each item rounded up to 1 KB: Σ ceil(item bytes ÷ ${DYNAMO_WRITE_UNIT_BYTES.value}) × ${writeMode === 'transactional' ? 2 : 1} (${writeMode})`,
    inputs: {
      itemBytes: describeItemSizes(callItems, billed),
      steps: sumOverItems(callItems, (size) => dynamoWriteSteps(billed(size))),
    },
    value: tableUnitsPerCall,
    unit: 'WCU per call',
    source: DYNAMO_WRITE_UNIT_BYTES.source,
  });

  const indexWrites = dynamoIndexWrites(call, workload, writeMode);
  const lsiUnitsPerCall = indexWrites
    .filter((write) => write.kind === 'lsi')
    .reduce((sum, write) => sum.plus(write.writeUnitsPerCall), new Decimal(0));
  const writeUnitsPerCall = dynamoRoundUnits(lsiUnitsPerCall.plus(tableUnitsPerCall));
  // Global tables replicate item by item, so each other Region applies standard (not 2×) writes.
  const replicaWriteUnitsPerCall =
    replicaRegions === 0
      ? 0
      : dynamoRoundUnits(
          lsiUnitsPerCall.plus(sumOverItems(callItems, (size) => dynamoWriteUnits(billed(size), 'standard'))),
        );
  const writeUnitsPerSecond = dynamoRoundUnits(rate.times(writeUnitsPerCall));
  trace.step({
    id: 'write_units_per_second',
    formula: `${label}: (table WCU per call${lsiUnitsPerCall.isZero() ? '' : ' + LSI WCU per call'}) × calls per second`,
    inputs: { writeUnitsPerCall, ratePerSecond: operation.rate },
    value: writeUnitsPerSecond,
    unit: 'WCU/s',
  });
  return {
    position,
    type: operation.type,
    name: label,
    ratePerSecond: operation.rate,
    itemsPerCall: items,
    bytesPerCall,
    readsFrom: 'table',
    consistency: null,
    writeMode,
    readUnitsPerCall: 0,
    writeUnitsPerCall,
    readUnitsPerSecond: 0,
    writeUnitsPerSecond,
    replicaWriteUnitsPerCall,
    indexWrites,
  };
}
