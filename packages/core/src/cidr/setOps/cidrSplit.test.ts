import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr.ts';
import { cidrSplit, cidrSplitCount, cidrSplitLimit } from './cidrSplit.ts';

describe('cidrSplit', () => {
  // aws-cidr-research.md: Terraform cidrsubnets / the console split a VPC into equal blocks.
  it('splits 10.0.0.0/16 into /18s in address order', () => {
    expect(cidrSplit(knownCidr('10.0.0.0/16'), 18).map(formatCidr)).toEqual([
      '10.0.0.0/18',
      '10.0.64.0/18',
      '10.0.128.0/18',
      '10.0.192.0/18',
    ]);
  });

  it('counts exactly, even when the count is far beyond 2^53', () => {
    expect(cidrSplitCount(knownCidr('::/0'), 128)).toBe(1n << 128n);
  });

  it('refuses to list more than the limit, and a prefix shorter than the parent', () => {
    expect(cidrSplitLimit()).toBe(65_536);
    expect(cidrSplit(knownCidr('10.0.0.0/16'), 32)).toHaveLength(65_536);
    expect(() => cidrSplit(knownCidr('10.0.0.0/15'), 32)).toThrow(/131072 blocks/);
    expect(() => cidrSplit(knownCidr('10.0.0.0/16'), 15)).toThrow(RangeError);
  });
});
