import { Decimal } from '../money/decimal.ts';
import { DYNAMO_BURST_SECONDS } from './dynamoRules.ts';

export interface DynamoBurst {
  /** Unused units banked: 300 s × (provisioned − steady consumption). */
  readonly bankUnits: number;
  /** How long the bank covers the spike's excess over provisioned; null when the spike fits in provisioned capacity. */
  readonly secondsAbsorbed: number | null;
}

/**
 * How long burst capacity absorbs a spike. DynamoDB retains up to 300 seconds of unused provisioned
 * capacity (best effort); a spike above the provisioned rate drains it at (spike − provisioned) per
 * second.
 *
 * @example
 * // AWS's example: 150 RCU idle for 5 minutes banks 45,000 units; a 200 RCU spike lasts 900 s.
 * dynamoBurstSeconds({ provisioned: 150, steady: 0, spike: 200 }) //=> { bankUnits: 45000, secondsAbsorbed: 900 }
 */
export function dynamoBurstSeconds(input: {
  provisioned: number;
  steady: number;
  spike: number;
}): DynamoBurst {
  const unused = Decimal.max(0, new Decimal(input.provisioned).minus(input.steady));
  const bank = unused.times(DYNAMO_BURST_SECONDS.value);
  const excess = new Decimal(input.spike).minus(input.provisioned);
  return {
    bankUnits: bank.toDecimalPlaces(6).toNumber(),
    secondsAbsorbed: excess.lessThanOrEqualTo(0)
      ? null
      : bank.dividedBy(excess).toDecimalPlaces(3).toNumber(),
  };
}
