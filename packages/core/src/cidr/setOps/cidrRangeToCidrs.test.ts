import { describe, expect, it } from 'vitest';
import { formatCidr } from '../cidr.ts';
import { cidrRangeToCidrs } from './cidrRangeToCidrs.ts';

describe('cidrRangeToCidrs', () => {
  it('covers the whole IPv6 space with ::/0 and one address with a /128', () => {
    expect(cidrRangeToCidrs(6, 0n, (1n << 128n) - 1n).map(formatCidr)).toEqual(['::/0']);
    expect(cidrRangeToCidrs(6, 1n, 1n).map(formatCidr)).toEqual(['::1/128']);
  });

  it('refuses a reversed range or one outside the family', () => {
    expect(() => cidrRangeToCidrs(4, 2n, 1n)).toThrow(RangeError);
    expect(() => cidrRangeToCidrs(4, 0n, 1n << 32n)).toThrow(RangeError);
  });
});
