import {
  DYNAMO_READ_UNIT_BYTES,
  DYNAMO_READ_UNITS_PER_STEP,
  DYNAMO_WRITE_UNIT_BYTES,
  DYNAMO_WRITE_UNITS_PER_STEP,
} from './dynamoRules.ts';

/** How a read is made: strongly consistent, eventually consistent, or inside a transaction. */
export type DynamoReadConsistency = 'strong' | 'eventual' | 'transactional';
/** How a write is made: standard, or inside a transaction. */
export type DynamoWriteMode = 'standard' | 'transactional';

export const DYNAMO_READ_CONSISTENCIES = ['strong', 'eventual', 'transactional'] as const;
export const DYNAMO_WRITE_MODES = ['standard', 'transactional'] as const;

/**
 * Number of 4 KB steps a read of `bytes` is billed for: rounded up, and at least one (reading a
 * missing item still costs a read).
 *
 * @example
 * dynamoReadSteps(3500) //=> 1
 */
export function dynamoReadSteps(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / DYNAMO_READ_UNIT_BYTES.value));
}

/** Number of 1 KB steps a write of `bytes` is billed for: rounded up, at least one. */
export function dynamoWriteSteps(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / DYNAMO_WRITE_UNIT_BYTES.value));
}

/**
 * Read units for one read of `bytes` (one item, or the summed items of one Query page).
 *
 * @example
 * dynamoReadUnits(41779, 'eventual') //=> 5.5
 */
export function dynamoReadUnits(bytes: number, consistency: DynamoReadConsistency): number {
  return dynamoReadSteps(bytes) * DYNAMO_READ_UNITS_PER_STEP[consistency].value;
}

/**
 * Write units for one write of `bytes`.
 *
 * @example
 * dynamoWriteUnits(3072, 'transactional') //=> 6
 */
export function dynamoWriteUnits(bytes: number, mode: DynamoWriteMode): number {
  return dynamoWriteSteps(bytes) * DYNAMO_WRITE_UNITS_PER_STEP[mode].value;
}
