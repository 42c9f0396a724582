import { DYNAMO_INDEX_RULES, DYNAMO_QUERY_PAGE_BYTES, DYNAMO_READ_UNIT_BYTES } from './dynamoRules.ts';
import { describeItemSizes, sumOverItems } from './dynamoCallItems.ts';
import type { DynamoOperationCall, DynamoOperationUnits } from './dynamoOperationUnits.ts';
import type { DynamoOperationType } from './dynamoOperationTypes.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { type DynamoReadConsistency, dynamoReadSteps, dynamoReadUnits } from './dynamoUnits.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

const PER_ITEM_READS = new Set<DynamoOperationType>(['GetItem', 'BatchGetItem', 'TransactGetItems']);

/**
 * Read units of one read operation (GetItem, BatchGetItem, Query, Scan, TransactGetItems). AWS rules:
 * GetItem/BatchGetItem/TransactGetItems round each item up to 4 KB; Query and Scan sum the items
 * (evaluated, not returned) and round once. A consistency the operation or index cannot have is a
 * problem, and the units are counted with the one it gets instead.
 */
export function dynamoReadOperationUnits(
  call: DynamoOperationCall,
  workload: DynamoWorkloadParsed,
): DynamoOperationUnits {
  const { operation, position, label, path, items: callItems, rate, trace, problems, warnings } = call;
  const items = callItems.count;
  const gsi = workload.globalSecondaryIndexes.find((index) => index.name === operation.index);
  let consistency: DynamoReadConsistency =
    operation.type === 'TransactGetItems' ? 'transactional' : (operation.consistency ?? 'strong');
  if (
    consistency === 'transactional' &&
    (operation.type === 'BatchGetItem' || operation.type === 'Query' || operation.type === 'Scan')
  ) {
    problems.push({
      code: 'consistency_not_supported',
      path: [...path, 'consistency'],
      message: `${label}: ${operation.type} cannot be transactional (use TransactGetItems); counted as strongly consistent.`,
    });
    consistency = 'strong';
  }
  if (gsi && consistency === 'strong') {
    problems.push({
      code: 'gsi_strong_read',
      path: [...path, 'consistency'],
      message: `${label}: global secondary index "${gsi.name}" supports eventually consistent reads only; counted as eventually consistent.`,
    });
    consistency = 'eventual';
  }
  const bytesPerCall = sumOverItems(callItems, (size) => size);
  let readUnitsPerCall: number;
  if (PER_ITEM_READS.has(operation.type)) {
    readUnitsPerCall = sumOverItems(callItems, (size) => dynamoReadUnits(size, consistency));
    trace.step({
      id: 'read_units_per_call',
      formula: `${label}: each item rounded up to 4 KB, then summed: Σ ceil(item bytes ÷ ${DYNAMO_READ_UNIT_BYTES.value}) × ${consistencyFactor(consistency)} (${consistency})`,
      inputs: {
        itemBytes: describeItemSizes(callItems),
        steps: sumOverItems(callItems, dynamoReadSteps),
      },
      value: readUnitsPerCall,
      unit: 'RCU per call',
      source: DYNAMO_READ_UNIT_BYTES.source,
    });
  } else {
    readUnitsPerCall = dynamoReadUnits(bytesPerCall, consistency);
    trace.step({
      id: 'read_units_per_call',
      formula: `${label}: items ${operation.type === 'Scan' ? 'evaluated' : 'returned'} summed, then rounded up once: ceil(Σ bytes ÷ ${DYNAMO_READ_UNIT_BYTES.value}) × ${consistencyFactor(consistency)} (${consistency})${operation.itemsReturned !== undefined ? '; a filter does not reduce it' : ''}`,
      inputs: {
        items,
        bytesPerCall,
        ...(operation.itemsReturned !== undefined ? { itemsReturned: operation.itemsReturned } : {}),
      },
      value: readUnitsPerCall,
      unit: 'RCU per call',
      source: DYNAMO_READ_UNIT_BYTES.source,
    });
    if (bytesPerCall > DYNAMO_QUERY_PAGE_BYTES.value) {
      // Valid (DynamoDB paginates), so a warning: problems are what AWS would reject.
      warnings.push({
        code: 'query_paginated',
        path,
        message: `${label}: ${bytesPerCall.toLocaleString('en-US')} bytes per call is more than the 1 MB a ${operation.type} returns per page, so it takes ${Math.ceil(bytesPerCall / DYNAMO_QUERY_PAGE_BYTES.value)} calls; the units are the same, but the rate counts logical calls.`,
      });
    }
  }
  const readUnitsPerSecond = dynamoRoundUnits(rate.times(readUnitsPerCall));
  trace.step({
    id: 'read_units_per_second',
    formula: `${label}: RCU per call × calls per second${gsi ? ` (on GSI ${gsi.name})` : operation.index ? ` (LSI ${operation.index}: table capacity)` : ''}`,
    inputs: { readUnitsPerCall, ratePerSecond: operation.rate },
    value: readUnitsPerSecond,
    unit: 'RCU/s',
    ...(operation.index ? { source: DYNAMO_INDEX_RULES.lsiSharesTableCapacity.source } : {}),
  });
  return {
    position,
    type: operation.type,
    name: label,
    ratePerSecond: operation.rate,
    itemsPerCall: items,
    bytesPerCall,
    readsFrom: gsi ? gsi.name : 'table',
    consistency,
    writeMode: null,
    readUnitsPerCall,
    writeUnitsPerCall: 0,
    readUnitsPerSecond,
    writeUnitsPerSecond: 0,
    replicaWriteUnitsPerCall: 0,
    indexWrites: [],
  };
}

function consistencyFactor(consistency: DynamoReadConsistency): string {
  return consistency === 'eventual' ? '½' : consistency === 'transactional' ? '2' : '1';
}
