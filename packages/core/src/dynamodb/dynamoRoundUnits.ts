import { Decimal } from '../money/decimal.ts';

/** Rounds a per-second quantity for output: exact to 6 decimals (Decimal, so 0.1 × 3 stays 0.3). */
export function dynamoRoundUnits(value: Decimal.Value): number {
  return new Decimal(value).toDecimalPlaces(6).toNumber();
}
