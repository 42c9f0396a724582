import { ADDRESS_BITS, type IpVersion } from '../address.ts';
import { type Cidr, cidrOf } from '../cidr.ts';
import { blockListFromCidrs, type IntervalSet, mergeBlocks, subtractIntervals } from './blockList.ts';

/**
 * The first `count` free, aligned /prefixLength blocks inside `parent` (lowest addresses first),
 * given the `used` blocks (which may lie partly outside the parent; other families are ignored).
 * Returns fewer than `count` when the parent has no more room. Never enumerates more than it returns.
 * Throws a RangeError (programmer error) for a prefix shorter than the parent's or beyond the family.
 */
export function cidrFindFree(
  parent: Cidr,
  used: readonly Cidr[],
  prefixLength: number,
  count: number,
): Cidr[] {
  const bits = ADDRESS_BITS[parent.version];
  if (!Number.isInteger(prefixLength) || prefixLength < parent.prefixLength || prefixLength > bits) {
    throw new RangeError(`cidrFindFree: prefix /${prefixLength} must be /${parent.prefixLength}–/${bits}`);
  }
  const free = subtractIntervals(
    mergeBlocks(blockListFromCidrs([parent])),
    mergeBlocks(blockListFromCidrs(used)),
  );
  return firstAlignedBlocks(free, parent.version, prefixLength, count);
}

/** The first `count` aligned /prefixLength blocks lying wholly inside the free ranges of one family. */
export function firstAlignedBlocks(
  free: IntervalSet,
  version: IpVersion,
  prefixLength: number,
  count: number,
): Cidr[] {
  const ranges =
    version === 4
      ? Array.from({ length: free.v4Count }, (_, i) => ({
          first: BigInt(free.v4First[i]!),
          last: BigInt(free.v4Last[i]!),
        }))
      : free.v6;
  const size = 1n << BigInt(ADDRESS_BITS[version] - prefixLength);
  const out: Cidr[] = [];
  for (const range of ranges) {
    let start = ((range.first + size - 1n) / size) * size;
    while (out.length < count && start + size - 1n <= range.last) {
      out.push(cidrOf(version, start, prefixLength));
      start += size;
    }
    if (out.length >= count) break;
  }
  return out;
}
