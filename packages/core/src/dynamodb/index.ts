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
export type { DynamoCost, DynamoCostLine, DynamoModeCost } from './dynamoCost.ts';
export { dynamoCost } from './dynamoCost.ts';
export type { DynamoTableClass } from './dynamoCostInput.ts';
export { DYNAMO_TABLE_CLASSES, DynamoCostInput } from './dynamoCostInput.ts';
export type { DynamoCostScenario } from './dynamoCostLines.ts';
export type { DynamoCostCurve, DynamoCostCurvePoint } from './dynamoCostCurve.ts';
export { dynamoCostCurve } from './dynamoCostCurve.ts';
export type { DynamoAttributeSize, DynamoAttributeType, DynamoItemSize } from './dynamoItemSize.ts';
export { DynamoItemSizeInput, dynamoItemSize } from './dynamoItemSize.ts';
export { dynamoFromPlainJson } from './dynamoItemValues.ts';
export type { DynamoIndexWrite, DynamoOperationUnits } from './dynamoOperationUnits.ts';
export * from './dynamoRules.ts';
export type { DynamoReadConsistency, DynamoWriteMode } from './dynamoUnits.ts';
export {
  DYNAMO_READ_CONSISTENCIES,
  DYNAMO_WRITE_MODES,
  dynamoReadUnits,
  dynamoWriteUnits,
} from './dynamoUnits.ts';
export type { DynamoOperationType } from './dynamoOperationTypes.ts';
export { DYNAMO_OPERATION_TYPES, DYNAMO_READ_OPERATIONS } from './dynamoOperationTypes.ts';
export { DynamoOperation, DynamoSecondaryIndex, DynamoWorkload } from './dynamoWorkload.ts';
export { DYNAMO_FREE_TIER, DYNAMO_PRICES } from './prices.ts';
