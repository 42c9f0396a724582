import type { Cidr } from '../cidr.ts';

export interface CidrOverlap {
  readonly a: Cidr;
  readonly b: Cidr;
  readonly shared: Cidr;
  readonly aIndex: number;
  readonly bIndex: number;
}

/** Every overlapping pair in the list (aIndex < bIndex), ordered by aIndex then bIndex. */
export function cidrOverlaps(cidrs: readonly Cidr[]): CidrOverlap[] {
  void cidrs;
  return [];
}

/** True when any block of `a` shares an address with any block of `b`. */
export function cidrSetsOverlap(a: readonly Cidr[], b: readonly Cidr[]): boolean {
  void a;
  void b;
  return false;
}
