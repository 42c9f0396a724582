/** The DynamoDB data-plane operations a workload is made of. */
export const DYNAMO_OPERATION_TYPES = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
] as const;
export type DynamoOperationType = (typeof DYNAMO_OPERATION_TYPES)[number];

export const DYNAMO_READ_OPERATIONS: readonly DynamoOperationType[] = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'TransactGetItems',
];
