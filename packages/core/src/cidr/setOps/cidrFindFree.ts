import type { Cidr } from '../cidr.ts';

/** The first `count` free aligned /prefixLength blocks inside `parent`, given the `used` blocks. */
export function cidrFindFree(
  parent: Cidr,
  used: readonly Cidr[],
  prefixLength: number,
  count: number,
): Cidr[] {
  void parent;
  void used;
  void prefixLength;
  void count;
  return [];
}
