/**
 * IPv4 arithmetic on plain numbers for the set operations: an IPv4 address is a uint32, exact in a
 * float64, so no bigint is needed and blocks can live in typed arrays. Internal to setOps.
 * Measured choices (see bench/): int32 bit operations instead of Math.pow, tables instead of
 * repeated arithmetic, a radix sort instead of a comparator sort, text built from cached halves.
 */

const SLASH = Array.from({ length: 129 }, (_, i) => `/${i}`);

/** 2^32: one past the last IPv4 address. */
const IPV4_SPACE = 4294967296;

/** 2^k for k = 0..32, exact. */
const POW2 = Float64Array.from({ length: 33 }, (_, k) => 2 ** k);

/** Addresses in an IPv4 block, by prefix length (2^(32 − p)). */
export const IPV4_BLOCK_SIZE = Float64Array.from({ length: 33 }, (_, p) => 2 ** (32 - p));

/** Network mask by prefix length, as uint32. */
const MASK = Uint32Array.from({ length: 33 }, (_, p) => (p === 0 ? 0 : (0xffffffff << (32 - p)) >>> 0));

// Text of an address in two cached halves: "a.b." for the top 16 bits and "c.d" for the bottom 16,
// each built on first use, so formatting is two string joins and no arithmetic.
const HIGH_HALF: Array<string | undefined> = new Array<string | undefined>(65536).fill(undefined);
const LOW_HALF: Array<string | undefined> = new Array<string | undefined>(65536).fill(undefined);

function highHalf(bits: number): string {
  let text = HIGH_HALF[bits];
  if (text === undefined) {
    text = `${bits >>> 8}.${bits & 255}.`;
    HIGH_HALF[bits] = text;
  }
  return text;
}

function lowHalf(bits: number): string {
  let text = LOW_HALF[bits];
  if (text === undefined) {
    text = `${bits >>> 8}.${bits & 255}`;
    LOW_HALF[bits] = text;
  }
  return text;
}

/** `a.b.c.d/p` text of a block. */
export function formatIPv4Block(network: number, prefixLength: number): string {
  return highHalf(network >>> 16) + lowHalf(network & 0xffff) + SLASH[prefixLength]!;
}

/** `/p` text, shared with the IPv6 formatter. */
export function slashText(prefixLength: number): string {
  return SLASH[prefixLength]!;
}

/** Network (host bits cleared) of an address for a prefix length. */
export function ipv4Network(address: number, prefixLength: number): number {
  return (address & MASK[prefixLength]!) >>> 0;
}

/** The result of the last successful `parseIPv4Text`: reused, so parsing allocates nothing. */
export const ipv4Parsed = { address: 0, prefixLength: 0 };

/**
 * Parses `a.b.c.d/p` in the one strict form every parser reads the same way (decimal octets 0–255
 * without leading zeros, prefix 0–32 without leading zeros) into `ipv4Parsed`. Returns false for
 * anything else, which the caller then hands to the full parser for its verdict and message.
 * (Reading past the end gives NaN, which fails every digit test below.)
 */
export function parseIPv4Text(text: string): boolean {
  const length = text.length;
  let i = 0;
  let address = 0;
  for (let part = 0; part < 4; part++) {
    let digit = text.charCodeAt(i++) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    let octet = digit;
    digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) {
      if (octet === 0) return false; // leading zero
      octet = octet * 10 + digit;
      digit = text.charCodeAt(++i) - 48;
      if (digit >= 0 && digit <= 9) {
        octet = octet * 10 + digit;
        i++;
        if (octet > 255) return false;
      }
    }
    address = (address << 8) | octet;
    if (text.charCodeAt(i++) !== (part === 3 ? 47 : 46)) return false;
  }
  let digit = text.charCodeAt(i++) - 48;
  if (!(digit >= 0 && digit <= 9)) return false;
  let prefixLength = digit;
  if (i < length) {
    digit = text.charCodeAt(i++) - 48;
    if (!(digit >= 0 && digit <= 9) || prefixLength === 0) return false;
    prefixLength = prefixLength * 10 + digit;
    if (prefixLength > 32) return false;
  }
  if (i !== length) return false;
  ipv4Parsed.address = address >>> 0;
  ipv4Parsed.prefixLength = prefixLength;
  return true;
}

/** Blocks in network order: `network[i]` and, packed, the block's position and prefix length. */
export interface SortedIPv4Blocks {
  readonly network: Uint32Array;
  /** position * 64 + prefix length (position < 2^26, so this fits a uint32). */
  readonly packed: Uint32Array;
}

/** Most IPv4 blocks one sort handles: positions are packed into 26 bits beside the prefix length. */
const IPV4_SORT_LIMIT = 2 ** 26;

/**
 * Sorts blocks by network ascending, larger blocks (shorter prefixes) first on a tie: a counting
 * sort by prefix, then a stable LSD radix sort on the 32-bit network in three passes of 11, 11 and
 * 10 bits (small count tables stay in cache), carrying keys and payload so every read is sequential.
 */
export function sortIPv4Blocks(network: Uint32Array, prefix: Uint8Array, count: number): SortedIPv4Blocks {
  if (count > IPV4_SORT_LIMIT) throw new RangeError(`sortIPv4Blocks: at most ${IPV4_SORT_LIMIT} blocks`);
  let keys = new Uint32Array(count);
  let packed = new Uint32Array(count);
  let spareKeys = new Uint32Array(count);
  let sparePacked = new Uint32Array(count);
  const prefixCounts = new Uint32Array(34);
  for (let i = 0; i < count; i++) prefixCounts[prefix[i]! + 1]!++;
  for (let p = 1; p < 34; p++) prefixCounts[p]! += prefixCounts[p - 1]!;
  const low = new Uint32Array(2048);
  const middle = new Uint32Array(2048);
  const high = new Uint32Array(1024);
  for (let i = 0; i < count; i++) {
    const length = prefix[i]!;
    const key = network[i]!;
    const at = prefixCounts[length]!++;
    keys[at] = key;
    packed[at] = i * 64 + length;
    low[key & 2047]!++;
    middle[(key >>> 11) & 2047]!++;
    high[key >>> 22]!++;
  }
  let lowSum = 0;
  let middleSum = 0;
  let highSum = 0;
  for (let d = 0; d < 2048; d++) {
    const l = low[d]!;
    low[d] = lowSum;
    lowSum += l;
    const m = middle[d]!;
    middle[d] = middleSum;
    middleSum += m;
  }
  for (let d = 0; d < 1024; d++) {
    const h = high[d]!;
    high[d] = highSum;
    highSum += h;
  }
  for (let pass = 0; pass < 3; pass++) {
    const table = pass === 0 ? low : pass === 1 ? middle : high;
    const shift = pass * 11;
    const mask = pass === 2 ? 1023 : 2047;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const at = table[(key >>> shift) & mask]!++;
      spareKeys[at] = key;
      sparePacked[at] = packed[i]!;
    }
    const swapKeys = keys;
    keys = spareKeys;
    spareKeys = swapKeys;
    const swapPacked = packed;
    packed = sparePacked;
    sparePacked = swapPacked;
  }
  return { network: keys, packed };
}

/** log2 of the largest block that starts at `start` and ends at or before `last` (start ≤ last). */
function largestBlockBits(start: number, last: number): number {
  const remaining = last - start + 1;
  const fitBits = remaining >= IPV4_SPACE ? 32 : 31 - Math.clz32(remaining);
  const alignBits = start === 0 ? 32 : 31 - Math.clz32(start & -start);
  return Math.min(fitBits, alignBits);
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
    const bits = largestBlockBits(start, last);
    emit(start, 32 - bits);
    start += POW2[bits]!;
  }
}

/** Appends the text of the minimal block list covering first..last to `out`. */
export function ipv4RangeText(first: number, last: number, out: string[]): void {
  let start = first;
  while (start <= last) {
    const bits = largestBlockBits(start, last);
    out.push(highHalf(start >>> 16) + lowHalf(start & 0xffff) + SLASH[32 - bits]!);
    start += POW2[bits]!;
  }
}
