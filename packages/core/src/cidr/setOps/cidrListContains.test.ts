import { describe, expect, it } from 'vitest';
import { knownCidr } from '../cidr.ts';
import { cidrListContains } from './cidrListContains.ts';

const list = (...texts: string[]) => texts.map(knownCidr);

describe('cidrListContains', () => {
  // cidr-tools had to fix containsCidr for a candidate covered only by a union of containers.
  it('counts a block covered by two adjacent smaller blocks as contained', () => {
    expect(cidrListContains(list('10.0.0.0/25', '10.0.0.128/25'), list('10.0.0.0/24'))).toBe(true);
  });

  it('is false when any candidate leaks out, including across families', () => {
    expect(cidrListContains(list('10.0.0.0/8'), list('10.1.0.0/16', '11.0.0.0/24'))).toBe(false);
    expect(cidrListContains(list('0.0.0.0/0'), list('::/128'))).toBe(false);
  });

  it('is true for an empty candidate list', () => {
    expect(cidrListContains([], [])).toBe(true);
  });
});
