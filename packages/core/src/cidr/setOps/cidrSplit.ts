import { ADDRESS_BITS } from '../address.ts';
import { type Cidr, cidrOf } from '../cidr.ts';

/** The most blocks `cidrSplit` will list; beyond this, say how many would result instead. */
const SPLIT_LIMIT = 65_536;

/** How many /prefixLength blocks a split of `parent` gives, exactly (2^(prefixLength − parent prefix)). */
export function cidrSplitCount(parent: Cidr, prefixLength: number): bigint {
  return 1n << BigInt(prefixLength - parent.prefixLength);
}

/** The largest number of blocks `cidrSplit` enumerates (65,536: a /16 into /32s). */
export function cidrSplitLimit(): number {
  return SPLIT_LIMIT;
}

/**
 * Splits a block into its /prefixLength sub-blocks, in address order — Python's `subnets(new_prefix=…)`.
 * Throws a RangeError (programmer error) when prefixLength is shorter than the parent's or longer than
 * the family allows, or when more than `cidrSplitLimit()` blocks would result; check with
 * `cidrSplitCount` first (the cidrSetSplit calculator does, and reports the count as an issue).
 */
export function cidrSplit(parent: Cidr, prefixLength: number): Cidr[] {
  const bits = ADDRESS_BITS[parent.version];
  if (!Number.isInteger(prefixLength) || prefixLength < parent.prefixLength || prefixLength > bits) {
    throw new RangeError(`cidrSplit: prefix /${prefixLength} must be /${parent.prefixLength}–/${bits}`);
  }
  const count = cidrSplitCount(parent, prefixLength);
  if (count > BigInt(SPLIT_LIMIT)) {
    throw new RangeError(`cidrSplit: ${count} blocks would result; the limit is ${SPLIT_LIMIT}`);
  }
  const size = 1n << BigInt(bits - prefixLength);
  const out: Cidr[] = [];
  for (let i = 0n, network = parent.network; i < count; i++, network += size) {
    out.push(cidrOf(parent.version, network, prefixLength));
  }
  return out;
}
