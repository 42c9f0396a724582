import type { Cidr } from '../cidr.ts';
import { blockListFromCidrs, mergeBlocks } from './blockList.ts';
import { overlapPairs } from './blockOverlapPairs.ts';
import { intervalsIntersect } from './intervalQueries.ts';

/** Two blocks of one list that share addresses. */
export interface CidrOverlap {
  /** The block that comes first in the input. */
  readonly a: Cidr;
  /** The block that comes later in the input. */
  readonly b: Cidr;
  /** The addresses both hold: CIDR blocks are nested or disjoint, so this is the smaller block. */
  readonly shared: Cidr;
  readonly aIndex: number;
  readonly bIndex: number;
}

/**
 * Every overlapping pair in the list, with the shared range. Pairs are reported once, as input
 * positions aIndex < bIndex, ordered by aIndex then bIndex. Identical blocks overlap each other;
 * blocks of different families never overlap. Runs in O(n log n + pairs).
 */
export function cidrOverlaps(cidrs: readonly Cidr[]): CidrOverlap[] {
  return overlapPairs(blockListFromCidrs(cidrs))!.map(([aIndex, bIndex]) => {
    const a = cidrs[aIndex]!;
    const b = cidrs[bIndex]!;
    return { a, b, shared: a.prefixLength >= b.prefixLength ? a : b, aIndex, bIndex };
  });
}

/** True when any block of `a` shares at least one address with any block of `b`. */
export function cidrSetsOverlap(a: readonly Cidr[], b: readonly Cidr[]): boolean {
  return intervalsIntersect(mergeBlocks(blockListFromCidrs(a)), mergeBlocks(blockListFromCidrs(b)));
}
