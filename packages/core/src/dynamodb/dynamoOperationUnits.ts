import type { Problem } from '../input/problem.ts';
import { Decimal } from '../money/decimal.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import {
  DYNAMO_API_LIMITS,
  DYNAMO_INDEX_RULES,
  DYNAMO_MAX_ITEM_BYTES,
  DYNAMO_QUERY_PAGE_BYTES,
  DYNAMO_READ_UNIT_BYTES,
  DYNAMO_TRANSACTION_INDEX_WRITES,
  DYNAMO_WRITE_UNIT_BYTES,
} from './dynamoRules.ts';
import {
  type DynamoReadConsistency,
  type DynamoWriteMode,
  dynamoReadSteps,
  dynamoReadUnits,
  dynamoWriteSteps,
  dynamoWriteUnits,
} from './dynamoUnits.ts';
import type { DynamoOperationType } from './dynamoOperationTypes.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

type ParsedOperation = DynamoWorkloadParsed['operations'][number];
type ParsedIndex = DynamoWorkloadParsed['globalSecondaryIndexes'][number];

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

const READS = new Set<DynamoOperationType>(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const PER_ITEM_READS = new Set<DynamoOperationType>(['GetItem', 'BatchGetItem', 'TransactGetItems']);

/** Rounds a per-second quantity for output: exact to 6 decimals (Decimal, so 0.1 × 3 stays 0.3). */
export function dynamoRoundUnits(value: Decimal.Value): number {
  return new Decimal(value).toDecimalPlaces(6).toNumber();
}

/**
 * The items of one call: the listed sizes, or `count` items of one size. The uniform case is never
 * expanded into an array, so 200 operations of 1,000,000 items each cost nothing to measure.
 */
interface CallItems {
  readonly count: number;
  readonly list: readonly number[] | undefined;
  readonly size: number;
}

function itemsOf(operation: ParsedOperation): CallItems {
  return {
    count: operation.itemSizes?.length ?? operation.items,
    list: operation.itemSizes,
    size: operation.itemSize,
  };
}

/** Σ f(item size) over the call's items. */
function total(items: CallItems, f: (size: number) => number): number {
  return items.list ? items.list.reduce((sum, size) => sum + f(size), 0) : items.count * f(items.size);
}

function describeSizes(items: CallItems, f: (size: number) => number = (size) => size): string {
  if (!items.list) return items.count === 1 ? String(f(items.size)) : `${items.count} × ${f(items.size)}`;
  const shown = items.list.slice(0, 12).map(f).join(' + ');
  return items.list.length > 12 ? `${shown} + … (${items.list.length} items)` : shown;
}

/**
 * Units of one operation, per call and per second, for the table and each index, recording every
 * rounding step in `trace`. AWS rules: GetItem/BatchGetItem/TransactGetItems round each item up to
 * 4 KB; Query and Scan sum the items (evaluated, not returned) and round once; writes round each item
 * up to 1 KB and pay for the larger of the old and new item; transactions double the table's units
 * but not index writes; a GSI write that changes the index key is two index writes.
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
  const callItems = itemsOf(operation);
  const items = callItems.count;
  const rate = new Decimal(operation.rate);
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
      message: `${label}: ${operation.type} handles one item per call; ${items} items are counted as ${items} separate ${operation.type} calls' worth of units. Use ${isReadType(operation.type) ? 'BatchGetItem' : 'BatchWriteItem'} or raise the rate instead.`,
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

  if (isRead) {
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
    const bytesPerCall = total(callItems, (size) => size);
    let readUnitsPerCall: number;
    if (PER_ITEM_READS.has(operation.type)) {
      readUnitsPerCall = total(callItems, (size) => dynamoReadUnits(size, consistency));
      trace.step({
        id: 'read_units_per_call',
        formula: `${label}: each item rounded up to 4 KB, then summed: Σ ceil(item bytes ÷ ${DYNAMO_READ_UNIT_BYTES.value}) × ${consistencyFactor(consistency)} (${consistency})`,
        inputs: {
          itemBytes: describeSizes(callItems),
          steps: total(callItems, dynamoReadSteps),
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

  // Writes.
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
      inputs: { before: previous, after: describeSizes(callItems) },
      value: describeSizes(callItems, billed),
      unit: 'bytes',
      source: DYNAMO_WRITE_UNIT_BYTES.source,
    });
  }
  const bytesPerCall = total(callItems, billed);
  const tableUnitsPerCall = total(callItems, (size) => dynamoWriteUnits(billed(size), writeMode));
  trace.step({
    id: 'write_units_per_call',
    formula: `${label}: each item rounded up to 1 KB: Σ ceil(item bytes ÷ ${DYNAMO_WRITE_UNIT_BYTES.value}) × ${writeMode === 'transactional' ? 2 : 1} (${writeMode})`,
    inputs: {
      itemBytes: describeSizes(callItems, billed),
      steps: total(callItems, (size) => dynamoWriteSteps(billed(size))),
    },
    value: tableUnitsPerCall,
    unit: 'WCU per call',
    source: DYNAMO_WRITE_UNIT_BYTES.source,
  });

  const indexWrites: DynamoIndexWrite[] = [];
  const indexes: Array<[ParsedIndex, 'gsi' | 'lsi']> = [
    ...workload.globalSecondaryIndexes.map((index): [ParsedIndex, 'gsi'] => [index, 'gsi']),
    ...workload.localSecondaryIndexes.map((index): [ParsedIndex, 'lsi'] => [index, 'lsi']),
  ];
  for (const [index, kind] of indexes) {
    if (index.writeShare === 0) continue;
    const keyChange = operation.type === 'DeleteItem' ? 0 : index.keyChangeShare;
    const writesPerCall = new Decimal(items).times(index.writeShare).times(new Decimal(1).plus(keyChange));
    const unitsPerWrite = dynamoWriteUnits(index.projectedItemSize, 'standard');
    const writeUnitsPerCall = dynamoRoundUnits(writesPerCall.times(unitsPerWrite));
    trace.step({
      id: 'index_write_units_per_call',
      formula: `${label} → ${kind.toUpperCase()} ${index.name}: items × writeShare × (1 + keyChangeShare × 1 extra write) × ceil(entry bytes ÷ 1024)${writeMode === 'transactional' ? ', not doubled by the transaction' : ''}`,
      inputs: {
        items,
        writeShare: index.writeShare,
        keyChangeShare: keyChange,
        entryBytes: index.projectedItemSize,
      },
      value: writeUnitsPerCall,
      unit: 'WCU per call',
      source:
        writeMode === 'transactional'
          ? DYNAMO_TRANSACTION_INDEX_WRITES.source
          : DYNAMO_INDEX_RULES.keyChangeWrites.source,
    });
    indexWrites.push({
      index: index.name,
      kind,
      writesPerCall: dynamoRoundUnits(writesPerCall),
      writeUnitsPerCall,
      writeUnitsPerSecond: dynamoRoundUnits(rate.times(writeUnitsPerCall)),
    });
  }
  const lsiUnitsPerCall = indexWrites
    .filter((write) => write.kind === 'lsi')
    .reduce((sum, write) => sum.plus(write.writeUnitsPerCall), new Decimal(0));
  const writeUnitsPerCall = dynamoRoundUnits(lsiUnitsPerCall.plus(tableUnitsPerCall));
  const replicaWriteUnitsPerCall =
    replicaRegions === 0
      ? 0
      : dynamoRoundUnits(
          lsiUnitsPerCall.plus(total(callItems, (size) => dynamoWriteUnits(billed(size), 'standard'))),
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

const MAX_ITEM = `${DYNAMO_MAX_ITEM_BYTES.value.toLocaleString('en-US')} bytes (400 KB, attribute names included)`;
const bytes = (size: number) => `${size.toLocaleString('en-US')} bytes`;

/**
 * An item over DynamoDB's 400 KB limit cannot be stored, read or written, so any per-item size above
 * it is a problem (AWS would reject the item), named by field, like `dynamoItemSize`'s item_too_large.
 */
function dynamoItemSizeProblems(
  operation: ParsedOperation,
  label: string,
  path: ReadonlyArray<string | number>,
): Problem[] {
  const limit = DYNAMO_MAX_ITEM_BYTES.value;
  const problems: Problem[] = [];
  if (operation.itemSizes) {
    const over = operation.itemSizes.flatMap((size, position) => (size > limit ? [position] : []));
    const first = over[0];
    if (first !== undefined) {
      problems.push({
        code: 'item_too_large',
        path: [...path, 'itemSizes', first],
        message: `${label}: ${over.length} of the ${operation.itemSizes.length} Item sizes ${over.length === 1 ? 'is' : 'are'} over DynamoDB's item limit of ${MAX_ITEM} (first: size ${first + 1} = ${bytes(operation.itemSizes[first]!)}); give each size at most ${limit.toLocaleString('en-US')} bytes, or move large values to S3 and store a pointer.`,
      });
    }
  } else if (operation.itemSize > limit) {
    problems.push({
      code: 'item_too_large',
      path: [...path, 'itemSize'],
      message: `${label}: Item size ${bytes(operation.itemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; give at most ${limit.toLocaleString('en-US')} bytes, or move large values to S3 and store a pointer.`,
    });
  }
  if (operation.previousItemSize !== undefined && operation.previousItemSize > limit) {
    problems.push({
      code: 'item_too_large',
      path: [...path, 'previousItemSize'],
      message: `${label}: Previous item size ${bytes(operation.previousItemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; no stored item can be that large, so give at most ${limit.toLocaleString('en-US')} bytes.`,
    });
  }
  return problems;
}

/** A GSI or LSI entry is an item too: over 400 KB it cannot exist. */
export function dynamoIndexSizeProblems(workload: DynamoWorkloadParsed): Problem[] {
  const limit = DYNAMO_MAX_ITEM_BYTES.value;
  const scopes = [
    ['globalSecondaryIndexes', 'GSI', workload.globalSecondaryIndexes],
    ['localSecondaryIndexes', 'LSI', workload.localSecondaryIndexes],
  ] as const;
  return scopes.flatMap(([field, kind, indexes]) =>
    indexes.flatMap((index, position) =>
      index.projectedItemSize > limit
        ? [
            {
              code: 'item_too_large',
              path: [field, position, 'projectedItemSize'],
              message: `${kind} ${index.name}: Projected item size ${bytes(index.projectedItemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; an index entry is at most as large as the item it projects, so give at most ${limit.toLocaleString('en-US')} bytes.`,
            },
          ]
        : [],
    ),
  );
}

function isReadType(type: DynamoOperationType): boolean {
  return READS.has(type);
}

function consistencyFactor(consistency: DynamoReadConsistency): string {
  return consistency === 'eventual' ? '½' : consistency === 'transactional' ? '2' : '1';
}
