import { ADDRESS_BITS, type IpVersion } from '../address.ts';
import { type Cidr, cidrOf } from '../cidr.ts';
import { rangeBlocks } from './intervalOutput.ts';

/**
 * The minimal CIDR list covering exactly the addresses first..last (inclusive), in order — Python's
 * `summarize_address_range`. Throws a RangeError (a programmer error) when first > last or either
 * is outside the family's address space; validate input text with the cidrSetRange calculator.
 */
export function cidrRangeToCidrs(version: IpVersion, first: bigint, last: bigint): Cidr[] {
  const top = (1n << BigInt(ADDRESS_BITS[version])) - 1n;
  if (first < 0n || last > top || first > last) {
    throw new RangeError(`cidrRangeToCidrs: need 0 ≤ first ≤ last ≤ ${top} for IPv${version}`);
  }
  const out: Cidr[] = [];
  rangeBlocks(version, first, last, (network, prefixLength) =>
    out.push(cidrOf(version, network, prefixLength)),
  );
  return out;
}
