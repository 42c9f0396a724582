// Public API of the DynamoDB calculators: item size, capacity for an access pattern, cost.
export type { DynamoBurst } from './dynamoBurst.ts';
export { dynamoBurstSeconds } from './dynamoBurst.ts';
export type {
  DynamoBurstCheck,
  DynamoCapacity,
  DynamoIndexUnits,
  DynamoQuotaCheck,
  DynamoUnitPair,
} from './dynamoCapacity.ts';
export { DynamoCapacityInput, dynamoCapacity } from './dynamoCapacity.ts';
export type {
  DynamoCost,
  DynamoCostLine,
  DynamoCostScenario,
  DynamoModeCost,
  DynamoTableClass,
} from './dynamoCost.ts';
export { DYNAMO_TABLE_CLASSES, DynamoCostInput, dynamoCost } from './dynamoCost.ts';
export type { DynamoCostCurve, DynamoCostCurvePoint } from './dynamoCostCurve.ts';
export { dynamoCostCurve } from './dynamoCostCurve.ts';
export type { DynamoAttributeSize, DynamoAttributeType, DynamoItemSize } from './dynamoItemSize.ts';
export { DynamoItemSizeInput, dynamoFromPlainJson, dynamoItemSize } from './dynamoItemSize.ts';
export type { DynamoIndexWrite, DynamoOperationUnits } from './dynamoOperationUnits.ts';
export * from './dynamoRules.ts';
export type { DynamoReadConsistency, DynamoWriteMode } from './dynamoUnits.ts';
export {
  DYNAMO_READ_CONSISTENCIES,
  DYNAMO_WRITE_MODES,
  dynamoReadUnits,
  dynamoWriteUnits,
} from './dynamoUnits.ts';
export type { DynamoOperationType } from './dynamoWorkload.ts';
export {
  DYNAMO_OPERATION_TYPES,
  DYNAMO_READ_OPERATIONS,
  DynamoOperation,
  DynamoSecondaryIndex,
  DynamoWorkload,
} from './dynamoWorkload.ts';
export { DYNAMO_FREE_TIER, DYNAMO_PRICES } from './prices.ts';
