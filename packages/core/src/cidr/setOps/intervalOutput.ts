import { formatIPv6, type IpVersion } from '../address.ts';
import { type Cidr, cidrOf } from '../cidr.ts';
import type { IntervalSet } from './blockList.ts';
import { ipv4RangeBlocks, ipv4RangeText, slashText } from './ipv4Fast.ts';

/** Merged sets back out as the fewest aligned CIDR blocks (text or Cidr values) and as address counts. */

const V6_ALL = (1n << 128n) - 1n;

/** Bit length of a positive bigint. */
function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/** Calls `emit(network, prefixLength)` for the minimal CIDR list covering first..last of a family. */
export function rangeBlocks(
  version: IpVersion,
  first: bigint,
  last: bigint,
  emit: (network: bigint, prefixLength: number) => void,
): void {
  if (version === 4) {
    ipv4RangeBlocks(Number(first), Number(last), (network, prefixLength) =>
      emit(BigInt(network), prefixLength),
    );
    return;
  }
  let start = first;
  while (start <= last) {
    const remaining = last - start + 1n;
    const alignment = start === 0n ? V6_ALL + 1n : start & -start;
    const fits = 1n << BigInt(bitLength(remaining) - 1);
    const size = alignment < fits ? alignment : fits;
    emit(start, 128 - (bitLength(size) - 1));
    start += size;
  }
}

/** The minimal CIDR text list of a merged set: IPv4 first, then IPv6, each in address order. */
export function intervalsToText(set: IntervalSet): string[] {
  const out: string[] = [];
  const { v4Source, lines } = set;
  for (let i = 0; i < set.v4Count; i++) {
    const source = v4Source === null ? -1 : v4Source[i]!;
    if (source >= 0) out.push(lines![source]!);
    else ipv4RangeText(set.v4First[i]!, set.v4Last[i]!, out);
  }
  for (const range of set.v6) {
    rangeBlocks(6, range.first, range.last, (network, prefixLength) => {
      out.push(formatIPv6(network) + slashText(prefixLength));
    });
  }
  return out;
}

/** The minimal Cidr list of a merged set: IPv4 first, then IPv6, each in address order. */
export function intervalsToCidrs(set: IntervalSet): Cidr[] {
  const out: Cidr[] = [];
  const emit4 = (network: number, prefixLength: number) => {
    out.push(cidrOf(4, BigInt(network), prefixLength));
  };
  for (let i = 0; i < set.v4Count; i++) ipv4RangeBlocks(set.v4First[i]!, set.v4Last[i]!, emit4);
  for (const range of set.v6) {
    rangeBlocks(6, range.first, range.last, (network, prefixLength) => {
      out.push(cidrOf(6, network, prefixLength));
    });
  }
  return out;
}

/** Total addresses per family in a merged set, as exact bigints. */
export function intervalsAddressCount(set: IntervalSet): { ipv4: bigint; ipv6: bigint } {
  let ipv4 = 0;
  for (let i = 0; i < set.v4Count; i++) ipv4 += set.v4Last[i]! - set.v4First[i]! + 1;
  let ipv6 = 0n;
  for (const range of set.v6) ipv6 += range.last - range.first + 1n;
  return { ipv4: BigInt(ipv4), ipv6 };
}
