import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr/cidr.ts';
import { vpcAllocate } from './vpcAllocate.ts';

const one = (prefixLength: number, preferred?: string) => ({
  prefixLength,
  slotPrefix: prefixLength,
  slots: 1,
  ...(preferred ? { preferred: knownCidr(preferred).network } : {}),
});
const texts = (
  placed: ReadonlyArray<ReadonlyArray<{ version: 4 | 6; network: bigint; prefixLength: number } | undefined>>,
) => placed.map((slots) => slots.map((cidr) => (cidr ? formatCidr(cidr) : null)));

describe('vpcAllocate', () => {
  it('places biggest first, each in the smallest free block that holds it', () => {
    const { placed, free } = vpcAllocate(
      [knownCidr('10.0.0.0/24')],
      [knownCidr('10.0.0.64/26')],
      [one(27), one(25), one(26)],
    );
    // Free at start: 10.0.0.0/26 and 10.0.0.128/25. The /25 takes the /25; the /26 then the /26 hole; the /27 is left out.
    expect(texts(placed)).toEqual([[null], ['10.0.0.128/25'], ['10.0.0.0/26']]);
    expect(free).toEqual([]);
  });

  it('lays a region out as side-by-side slots and frees the slots it does not use', () => {
    const { placed, free } = vpcAllocate(
      [knownCidr('10.0.0.0/24')],
      [],
      [{ prefixLength: 24, slotPrefix: 26, slots: 3 }, one(26)],
    );
    expect(texts(placed)).toEqual([['10.0.0.0/26', '10.0.0.64/26', '10.0.0.128/26'], ['10.0.0.192/26']]);
    expect(free).toEqual([]);
  });

  it('takes a preferred position when it is free, before anything else, and falls back to best fit', () => {
    const { placed } = vpcAllocate(
      [knownCidr('10.0.0.0/24')],
      [],
      [one(25), one(26, '10.0.0.128/26'), one(26, '10.0.0.64/26')],
    );
    // The preferred /26s go first; the /25 then finds no room (10.0.0.0/26 and 10.0.0.192/26 are left).
    expect(texts(placed)).toEqual([[null], ['10.0.0.128/26'], ['10.0.0.64/26']]);
    const taken = vpcAllocate(
      [knownCidr('10.0.0.0/24')],
      [knownCidr('10.0.0.128/25')],
      [one(26, '10.0.0.128/26')],
    );
    expect(texts(taken.placed)).toEqual([['10.0.0.0/26']]);
  });

  it('fills the primary block first, then the secondaries in order', () => {
    const { placed } = vpcAllocate(
      [knownCidr('10.0.0.0/26'), knownCidr('100.64.0.0/24')],
      [],
      [one(26), one(26), one(28)],
    );
    expect(texts(placed)).toEqual([['10.0.0.0/26'], ['100.64.0.0/26'], ['100.64.0.64/28']]);
  });
});
