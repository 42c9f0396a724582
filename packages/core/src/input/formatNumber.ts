import { Decimal } from '../money/decimal.ts';

/**
 * A number as a person reads it in a message: grouped digits and at most 6 decimals below 10^15
 * (`1,000,000`, `0.0000002`), then `10^18` or `2.5 × 10^18` — never `1e+18` or `2e-7`. The one
 * formatter for numbers inside messages; Decimal keeps tiny values fixed-point.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1e15) {
    const [mantissa = '', exponent = ''] = new Decimal(value).toExponential().split('e');
    const power = `10^${exponent.replace('+', '')}`;
    return mantissa === '1' ? power : `${mantissa} × ${power}`;
  }
  if (value !== 0 && Math.abs(value) < 1e-6) return new Decimal(value).toFixed();
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
