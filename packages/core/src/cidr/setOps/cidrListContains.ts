import type { Cidr } from '../cidr.ts';
import { blockListFromCidrs, mergeBlocks } from './blockList.ts';
import { blocksNotCovered } from './intervalQueries.ts';

/**
 * True when every candidate block is covered by the union of the containers: a candidate may be
 * covered by several smaller containers together (10.0.0.0/24 by 10.0.0.0/25 + 10.0.0.128/25).
 * An empty candidate list is trivially contained.
 */
export function cidrListContains(containers: readonly Cidr[], candidates: readonly Cidr[]): boolean {
  return (
    blocksNotCovered(mergeBlocks(blockListFromCidrs(containers)), blockListFromCidrs(candidates)).length === 0
  );
}
