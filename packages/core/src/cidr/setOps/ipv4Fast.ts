/**
 * IPv4 arithmetic on plain numbers for the set operations: an IPv4 address is a uint32, exact in a
 * float64, so no bigint is needed and blocks can live in typed arrays. Internal to setOps.
 */

const OCTET = Array.from({ length: 256 }, (_, i) => String(i));
const OCTET_DOT = Array.from({ length: 256 }, (_, i) => `${i}.`);
const SLASH = Array.from({ length: 129 }, (_, i) => `/${i}`);

/** 2^32: one past the last IPv4 address. */
export const IPV4_SPACE = 4294967296;

/** Dotted-quad text of a uint32 address. */
export function formatIPv4Number(address: number): string {
  return (
    OCTET_DOT[address >>> 24]! +
    OCTET_DOT[(address >>> 16) & 255]! +
    OCTET_DOT[(address >>> 8) & 255]! +
    OCTET[address & 255]!
  );
}

/** `a.b.c.d/p` text of a block. */
export function formatIPv4Block(network: number, prefixLength: number): string {
  return formatIPv4Number(network) + SLASH[prefixLength]!;
}

/** `/p` text, shared with the IPv6 formatter. */
export function slashText(prefixLength: number): string {
  return SLASH[prefixLength]!;
}

/** Number of addresses in an IPv4 block of this prefix length (2^(32 − p), exact). */
export function ipv4BlockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

/** Network (host bits cleared) of an address for a prefix length. */
export function ipv4Network(address: number, prefixLength: number): number {
  return prefixLength === 0 ? 0 : (address & ~((2 ** (32 - prefixLength) - 1) | 0)) >>> 0;
}

/**
 * Parses `a.b.c.d/p` in the one strict form every parser reads the same way (decimal octets 0–255
 * without leading zeros, prefix 0–32 without leading zeros). Returns address * 64 + prefix, or -1
 * for anything else, which the caller then hands to the full parser for its verdict and message.
 */
export function parseIPv4BlockFast(text: string): number {
  const length = text.length;
  let address = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let i = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && octet === 0) return -1; // leading zero
      octet = octet * 10 + (c - 48);
      digits++;
      if (octet > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      address = address * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c === 47) {
      break;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0 || i >= length - 1) return -1;
  address = address * 256 + octet;
  let prefix = 0;
  const prefixStart = i + 1;
  if (length - prefixStart > 2) return -1;
  for (let j = prefixStart; j < length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return -1;
    if (j > prefixStart && prefix === 0) return -1; // leading zero
    prefix = prefix * 10 + (c - 48);
  }
  if (prefix > 32) return -1;
  return address * 64 + prefix;
}

/**
 * Sorts block indices by network ascending, larger blocks (shorter prefixes) first on a tie: a
 * counting sort by prefix, then a stable two-pass LSD radix sort on the 32-bit network.
 */
export function sortIPv4Blocks(network: Uint32Array, prefix: Uint8Array, count: number): Uint32Array {
  let order = new Uint32Array(count);
  let spare = new Uint32Array(count);
  const prefixCounts = new Uint32Array(34);
  for (let i = 0; i < count; i++) prefixCounts[prefix[i]! + 1]!++;
  for (let p = 1; p < 34; p++) prefixCounts[p]! += prefixCounts[p - 1]!;
  for (let i = 0; i < count; i++) order[prefixCounts[prefix[i]!]!++] = i;
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[((network[order[i]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d < 65537; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < count; i++) {
      const index = order[i]!;
      spare[counts[(network[index]! >>> shift) & 0xffff]!++] = index;
    }
    const swap = order;
    order = spare;
    spare = swap;
  }
  return order;
}

/**
 * Calls `emit(network, prefixLength)` for the minimal list of blocks covering first..last exactly
 * (first ≤ last, both uint32): at each step the largest block that is aligned at `first` and fits.
 */
export function ipv4RangeBlocks(
  first: number,
  last: number,
  emit: (network: number, prefixLength: number) => void,
): void {
  let start = first;
  while (start <= last) {
    const remaining = last - start + 1;
    const alignment = start === 0 ? IPV4_SPACE : (start & -start) >>> 0;
    const fits = remaining >= IPV4_SPACE ? IPV4_SPACE : 2 ** (31 - Math.clz32(remaining));
    const size = Math.min(alignment, fits);
    emit(start, size === IPV4_SPACE ? 0 : Math.clz32(size - 1));
    start += size;
  }
}
