import type { Cidr } from '../cidr.ts';
import { blockListFromCidrs, mergeBlocks, subtractIntervals } from './blockList.ts';
import { intervalsToCidrs } from './intervalOutput.ts';

/**
 * What remains of `from` after removing every address of `remove` (e.g. the free space of a VPC
 * given its subnets), as the minimal sorted CIDR list: IPv4 first, then IPv6. `remove` blocks may
 * lie partly or wholly outside `from`; families never affect each other.
 */
export function cidrExclude(from: readonly Cidr[], remove: readonly Cidr[]): Cidr[] {
  return intervalsToCidrs(
    subtractIntervals(mergeBlocks(blockListFromCidrs(from)), mergeBlocks(blockListFromCidrs(remove))),
  );
}
