import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.ts';

describe('Decimal (awscalc configuration)', () => {
  it('writes tiny and huge amounts in fixed-point, never exponent notation', () => {
    expect(new Decimal('0.0000000328750').toString()).toBe('0.000000032875');
    expect(new Decimal('2.5e21').toString()).toBe('2500000000000000000000');
    expect(new Decimal(1).dividedBy(3).toString()).toBe('0.3333333333333333333333333333333333333333');
  });
});
