import type { Cidr } from '../cidr.ts';
import { blockListFromCidrs, mergeBlocks } from './blockList.ts';
import { intervalsToCidrs } from './intervalOutput.ts';

/**
 * Collapses adjacent and contained blocks into the fewest CIDR blocks covering exactly the same
 * addresses, per family: IPv4 first, then IPv6, each in address order. Host bits are ignored (each
 * block's canonical network is used). Same result as Python's `ipaddress.collapse_addresses`.
 *
 * @example
 * cidrMerge(['10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24'].map(knownCidr)) //=> [10.0.0.0/23]
 */
export function cidrMerge(cidrs: readonly Cidr[]): Cidr[] {
  return intervalsToCidrs(mergeBlocks(blockListFromCidrs(cidrs)));
}
