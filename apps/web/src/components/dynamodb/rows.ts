import {
  DYNAMO_OPERATION_TYPES,
  DYNAMO_READ_CONSISTENCIES,
  DYNAMO_READ_OPERATIONS,
  DYNAMO_WRITE_MODES,
  type DynamoOperationType,
  type DynamoReadConsistency,
  type DynamoWorkload,
  type DynamoWriteMode,
} from '@awscalc/core';

/** One editable row of the workload table: text as typed, so half-typed values survive. */
export interface OperationRow {
  readonly type: DynamoOperationType;
  readonly rate: string;
  readonly itemSize: string;
  readonly items: string;
  readonly previousItemSize: string;
  readonly consistency: DynamoReadConsistency;
  readonly writeMode: DynamoWriteMode;
  readonly index: string;
}

/** One editable GSI row. */
export interface IndexRow {
  readonly name: string;
  readonly projectedItemSize: string;
  readonly writeShare: string;
  readonly keyChangeShare: string;
}

export const isReadOperation = (type: DynamoOperationType) => DYNAMO_READ_OPERATIONS.includes(type);
export const isTransaction = (type: DynamoOperationType) =>
  type === 'TransactGetItems' || type === 'TransactWriteItems';

export const DEFAULT_ROWS: readonly OperationRow[] = [
  {
    type: 'GetItem',
    rate: '80',
    itemSize: '3KB',
    items: '1',
    previousItemSize: '',
    consistency: 'strong',
    writeMode: 'standard',
    index: '',
  },
  {
    type: 'PutItem',
    rate: '100',
    itemSize: '3KB',
    items: '1',
    previousItemSize: '',
    consistency: 'strong',
    writeMode: 'standard',
    index: '',
  },
];

export const NEW_ROW: OperationRow = {
  type: 'Query',
  rate: '10',
  itemSize: '1KB',
  items: '10',
  previousItemSize: '',
  consistency: 'eventual',
  writeMode: 'standard',
  index: '',
};

export const NEW_INDEX: IndexRow = {
  name: 'gsi1',
  projectedItemSize: '512',
  writeShare: '1',
  keyChangeShare: '0',
};

// What a shared link may carry: the same fields as the rows, all text, checked before use.
const isText = (value: unknown): value is string => typeof value === 'string';
const hasTextFields = (value: unknown, fields: readonly string[]): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  fields.every((field) => isText((value as Record<string, unknown>)[field]));

export function decodeRows(raw: unknown): OperationRow[] | undefined {
  if (!Array.isArray(raw) || raw.length > 200) return undefined;
  const fields = [
    'type',
    'rate',
    'itemSize',
    'items',
    'previousItemSize',
    'consistency',
    'writeMode',
    'index',
  ];
  const valid = raw.every(
    (row) =>
      hasTextFields(row, fields) &&
      (DYNAMO_OPERATION_TYPES as readonly string[]).includes(row.type!) &&
      (DYNAMO_READ_CONSISTENCIES as readonly string[]).includes(row.consistency!) &&
      (DYNAMO_WRITE_MODES as readonly string[]).includes(row.writeMode!),
  );
  return valid ? (raw as unknown as OperationRow[]) : undefined;
}

export function decodeIndexes(raw: unknown): IndexRow[] | undefined {
  if (!Array.isArray(raw) || raw.length > 100) return undefined;
  const fields = ['name', 'projectedItemSize', 'writeShare', 'keyChangeShare'];
  return raw.every((row) => hasTextFields(row, fields)) ? (raw as unknown as IndexRow[]) : undefined;
}

/** The rows as the calculator's input, text as typed (the core reads it); unused optional cells left out. */
export function toWorkload(
  rows: readonly OperationRow[],
  indexes: readonly IndexRow[],
  targetUtilization: string,
): DynamoWorkload {
  return {
    operations: rows.map((row) => ({
      type: row.type,
      rate: row.rate,
      itemSize: row.itemSize,
      items: row.items,
      ...(row.previousItemSize.trim() !== '' && !isReadOperation(row.type)
        ? { previousItemSize: row.previousItemSize }
        : {}),
      // Transactions are always transactional: the core rejects a consistency or mode for them.
      ...(isTransaction(row.type)
        ? {}
        : isReadOperation(row.type)
          ? { consistency: row.consistency }
          : { writeMode: row.writeMode }),
      ...(row.index.trim() !== '' && isReadOperation(row.type) ? { index: row.index.trim() } : {}),
    })),
    globalSecondaryIndexes: indexes.map((index) => ({
      name: index.name,
      projectedItemSize: index.projectedItemSize,
      writeShare: index.writeShare,
      keyChangeShare: index.keyChangeShare,
    })),
    targetUtilizationPercent: targetUtilization,
  };
}
