/**
 * The shared engine behind the CIDR set operations. Blocks are split by family: IPv4 blocks live in
 * typed arrays of uint32 numbers (exact in a float64, sorted with a radix sort, swept once); IPv6
 * blocks are bigints. Every operation is a sort plus one linear sweep. Internal to setOps: the public
 * functions (cidrMerge, cidrExclude, …) and the text API adapt to and from these shapes.
 */
import { formatIPv6, type IpVersion } from '../address.ts';
import { type Cidr, cidrOf, parseCidr } from '../cidr.ts';
import {
  IPV4_BLOCK_SIZE,
  ipv4Network,
  ipv4Parsed,
  ipv4RangeBlocks,
  ipv4RangeText,
  parseIPv4Text,
  slashText,
  sortIPv4Blocks,
} from './ipv4Fast.ts';

export interface V6Block {
  readonly network: bigint;
  readonly last: bigint;
  readonly prefixLength: number;
  /** Position in the input list (across both families). */
  readonly index: number;
}

/** A list of blocks as parsed, split by family, each remembering its input position. */
export interface BlockList {
  readonly v4Network: Uint32Array;
  readonly v4Prefix: Uint8Array;
  readonly v4Index: Uint32Array;
  readonly v4Count: number;
  readonly v6: readonly V6Block[];
  /** Number of blocks in the input (both families). */
  readonly size: number;
  /** The input text, when the list was parsed from text. */
  readonly lines: readonly string[] | null;
  /** 1 where the IPv4 block's input text is already its canonical text (so output may reuse it). */
  readonly v4Canonical: Uint8Array | null;
}

/** Sorted, disjoint, non-adjacent address ranges per family (inclusive bounds). */
export interface IntervalSet {
  readonly v4First: Float64Array;
  readonly v4Last: Float64Array;
  readonly v4Count: number;
  /**
   * For each IPv4 range that is exactly one input block written canonically, that block's input
   * position in `lines`; -1 otherwise. Output reuses that text instead of formatting it again.
   */
  readonly v4Source: Int32Array | null;
  readonly lines: readonly string[] | null;
  readonly v6: ReadonlyArray<{ readonly first: bigint; readonly last: bigint }>;
}

export interface BlockParseError {
  readonly index: number;
  readonly code: string;
  readonly message: string;
}

export interface BlockListParse {
  readonly list: BlockList;
  readonly errors: readonly BlockParseError[];
  /** Input positions whose address had host bits set (the block's network was used). */
  readonly hostBitsSet: readonly number[];
}

const V6_ALL = (1n << 128n) - 1n;

function v6Block(network: bigint, prefixLength: number, index: number): V6Block {
  const size = 1n << BigInt(128 - prefixLength);
  return { network, last: network + size - 1n, prefixLength, index };
}

/** Builds a BlockList from parsed Cidr values (their canonical networks). */
export function blockListFromCidrs(cidrs: readonly Cidr[]): BlockList {
  const size = cidrs.length;
  const v4Network = new Uint32Array(size);
  const v4Prefix = new Uint8Array(size);
  const v4Index = new Uint32Array(size);
  const v6: V6Block[] = [];
  let v4Count = 0;
  for (let index = 0; index < size; index++) {
    const cidr = cidrs[index]!;
    if (cidr.version === 4) {
      v4Network[v4Count] = Number(cidr.network);
      v4Prefix[v4Count] = cidr.prefixLength;
      v4Index[v4Count] = index;
      v4Count++;
    } else {
      v6.push(v6Block(cidr.network, cidr.prefixLength, index));
    }
  }
  return { v4Network, v4Prefix, v4Index, v4Count, v6, size, lines: null, v4Canonical: null };
}

/**
 * Parses CIDR text strictly (the same rules and messages as `parseCidr`). The common IPv4 form goes
 * through a fast path that accepts only text every parser reads the same way; anything else is
 * decided by `parseCidr`. Host bits are allowed (as AWS allows them) and reported by position.
 */
export function parseBlockList(lines: readonly string[]): BlockListParse {
  const size = lines.length;
  const v4Network = new Uint32Array(size);
  const v4Prefix = new Uint8Array(size);
  const v4Index = new Uint32Array(size);
  const v4Canonical = new Uint8Array(size);
  const v6: V6Block[] = [];
  const errors: BlockParseError[] = [];
  const hostBitsSet: number[] = [];
  let v4Count = 0;
  for (let index = 0; index < size; index++) {
    const text = lines[index]!;
    if (parseIPv4Text(text)) {
      const { address, prefixLength } = ipv4Parsed;
      const network = ipv4Network(address, prefixLength);
      if (network !== address) hostBitsSet.push(index);
      else v4Canonical[v4Count] = 1;
      v4Network[v4Count] = network;
      v4Prefix[v4Count] = prefixLength;
      v4Index[v4Count] = index;
      v4Count++;
      continue;
    }
    const parsed = parseCidr(text);
    if (!parsed.ok) {
      errors.push({ index, code: parsed.code, message: parsed.message });
      continue;
    }
    const cidr = parsed.value;
    if (cidr.address !== cidr.network) hostBitsSet.push(index);
    if (cidr.version === 4) {
      v4Network[v4Count] = Number(cidr.network);
      v4Prefix[v4Count] = cidr.prefixLength;
      v4Index[v4Count] = index;
      v4Count++;
    } else {
      v6.push(v6Block(cidr.network, cidr.prefixLength, index));
    }
  }
  return {
    list: { v4Network, v4Prefix, v4Index, v4Count, v6, size, lines, v4Canonical },
    errors,
    hostBitsSet,
  };
}

const byV6Network = (a: V6Block, b: V6Block): number =>
  a.network < b.network ? -1 : a.network > b.network ? 1 : a.prefixLength - b.prefixLength;

/** Union of the blocks as sorted, disjoint, non-adjacent ranges (adjacent ranges are joined). */
export function mergeBlocks(list: BlockList): IntervalSet {
  const { v4Count, v4Index, lines, v4Canonical } = list;
  const v4First = new Float64Array(v4Count);
  const v4Last = new Float64Array(v4Count);
  const v4Source = lines !== null && v4Canonical !== null ? new Int32Array(v4Count) : null;
  let count = 0;
  if (v4Count > 0) {
    const sorted = sortIPv4Blocks(list.v4Network, list.v4Prefix, v4Count);
    const networks = sorted.network;
    const packed = sorted.packed;
    let first = networks[0]!;
    let last = first + IPV4_BLOCK_SIZE[packed[0]! & 63]! - 1;
    // The block whose extent is the whole current range, while one is (-1 once the range grows).
    let source = packed[0]! >>> 6;
    for (let i = 1; i < v4Count; i++) {
      const start = networks[i]!;
      const end = start + IPV4_BLOCK_SIZE[packed[i]! & 63]! - 1;
      if (start <= last + 1) {
        if (end > last) {
          last = end;
          source = -1;
        }
      } else {
        v4First[count] = first;
        v4Last[count] = last;
        if (v4Source !== null)
          v4Source[count] = source >= 0 && v4Canonical![source] === 1 ? v4Index[source]! : -1;
        count++;
        first = start;
        last = end;
        source = packed[i]! >>> 6;
      }
    }
    v4First[count] = first;
    v4Last[count] = last;
    if (v4Source !== null)
      v4Source[count] = source >= 0 && v4Canonical![source] === 1 ? v4Index[source]! : -1;
    count++;
  }
  const v6: Array<{ first: bigint; last: bigint }> = [];
  const sorted = [...list.v6].sort(byV6Network);
  for (const block of sorted) {
    const previous = v6[v6.length - 1];
    if (previous && block.network <= previous.last + 1n) {
      if (block.last > previous.last) previous.last = block.last;
    } else {
      v6.push({ first: block.network, last: block.last });
    }
  }
  return { v4First, v4Last, v4Count: count, v4Source, lines, v6 };
}

/** Addresses in `from` and not in `remove`, both already merged. */
export function subtractIntervals(from: IntervalSet, remove: IntervalSet): IntervalSet {
  const capacity = from.v4Count + remove.v4Count + 1;
  const v4First = new Float64Array(capacity);
  const v4Last = new Float64Array(capacity);
  const fromSource = from.v4Source;
  const v4Source = fromSource === null ? null : new Int32Array(capacity);
  let count = 0;
  const rFirst = remove.v4First;
  const rLast = remove.v4Last;
  const rCount = remove.v4Count;
  let j = 0;
  for (let i = 0; i < from.v4Count; i++) {
    let start = from.v4First[i]!;
    const end = from.v4Last[i]!;
    while (j < rCount && rLast[j]! < start) j++;
    if (j >= rCount || rFirst[j]! > end) {
      // Untouched: keep the range, and its text if it has one.
      v4First[count] = start;
      v4Last[count] = end;
      if (v4Source !== null) v4Source[count] = fromSource![i]!;
      count++;
      continue;
    }
    for (let k = j; k < rCount && rFirst[k]! <= end; k++) {
      if (rFirst[k]! > start) {
        v4First[count] = start;
        v4Last[count] = rFirst[k]! - 1;
        if (v4Source !== null) v4Source[count] = -1;
        count++;
      }
      start = rLast[k]! + 1;
      if (start > end) break;
    }
    if (start <= end) {
      v4First[count] = start;
      v4Last[count] = end;
      if (v4Source !== null) v4Source[count] = -1;
      count++;
    }
  }
  const v6: Array<{ first: bigint; last: bigint }> = [];
  let r = 0;
  for (const range of from.v6) {
    let start = range.first;
    const end = range.last;
    while (r < remove.v6.length && remove.v6[r]!.last < start) r++;
    for (let k = r; k < remove.v6.length && remove.v6[k]!.first <= end; k++) {
      const cut = remove.v6[k]!;
      if (cut.first > start) v6.push({ first: start, last: cut.first - 1n });
      start = cut.last + 1n;
      if (start > end) break;
    }
    if (start <= end) v6.push({ first: start, last: end });
  }
  return { v4First, v4Last, v4Count: count, v4Source, lines: from.lines, v6 };
}

/** True when two merged sets share an address. */
export function intervalsIntersect(a: IntervalSet, b: IntervalSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.v4Count && j < b.v4Count) {
    if (a.v4First[i]! <= b.v4Last[j]! && b.v4First[j]! <= a.v4Last[i]!) return true;
    if (a.v4Last[i]! < b.v4Last[j]!) i++;
    else j++;
  }
  i = 0;
  j = 0;
  while (i < a.v6.length && j < b.v6.length) {
    const x = a.v6[i]!;
    const y = b.v6[j]!;
    if (x.first <= y.last && y.first <= x.last) return true;
    if (x.last < y.last) i++;
    else j++;
  }
  return false;
}

/** Input positions of the blocks of `list` not wholly inside one range of the merged set `cover`. */
export function blocksNotCovered(cover: IntervalSet, list: BlockList): number[] {
  const missing: number[] = [];
  for (let i = 0; i < list.v4Count; i++) {
    const first = list.v4Network[i]!;
    const last = first + IPV4_BLOCK_SIZE[list.v4Prefix[i]!]! - 1;
    const at = lastAtOrBefore(cover.v4First, cover.v4Count, first);
    if (at < 0 || cover.v4Last[at]! < last) missing.push(list.v4Index[i]!);
  }
  for (const block of list.v6) {
    let lo = 0;
    let hi = cover.v6.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (cover.v6[mid]!.first <= block.network) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0 || cover.v6[at]!.last < block.last) missing.push(block.index);
  }
  return missing.sort((a, b) => a - b);
}

function lastAtOrBefore(sorted: Float64Array, count: number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/**
 * Every pair of input positions [i, j] (i < j) whose blocks share an address, sorted by i then j.
 * CIDR blocks are either nested or disjoint, so after sorting by network (larger first on a tie) a
 * block overlaps exactly the blocks still open on a stack of enclosing blocks: one sweep, O(n + pairs).
 * Returns null as soon as there are more than `limit` pairs (n identical blocks make n(n−1)/2).
 */
export function overlapPairs(
  list: BlockList,
  limit = Number.POSITIVE_INFINITY,
): Array<[number, number]> | null {
  const pairs: Array<[number, number]> = [];
  const { v4Network, v4Prefix, v4Index, v4Count } = list;
  if (v4Count > 0) {
    const sorted = sortIPv4Blocks(v4Network, v4Prefix, v4Count);
    const stackLast = new Float64Array(33);
    const stackIndex = new Uint32Array(33);
    let depth = 0;
    for (let i = 0; i < v4Count; i++) {
      const start = sorted.network[i]!;
      const k = sorted.packed[i]! >>> 6;
      while (depth > 0 && stackLast[depth - 1]! < start) depth--;
      const index = v4Index[k]!;
      for (let s = 0; s < depth; s++) {
        const other = stackIndex[s]!;
        pairs.push(other < index ? [other, index] : [index, other]);
      }
      if (pairs.length > limit) return null;
      // Identical blocks nest in each other, so the stack can hold more than 33 entries only when
      // duplicates repeat; grow it rather than cap it.
      if (depth === stackLast.length) {
        return overlapPairsSlow(list, limit);
      }
      stackLast[depth] = start + IPV4_BLOCK_SIZE[v4Prefix[k]!]! - 1;
      stackIndex[depth] = index;
      depth++;
    }
  }
  const sorted = [...list.v6].sort(byV6Network);
  const stack: V6Block[] = [];
  for (const block of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.last < block.network) stack.pop();
    for (const other of stack) {
      pairs.push(other.index < block.index ? [other.index, block.index] : [block.index, other.index]);
    }
    if (pairs.length > limit) return null;
    stack.push(block);
  }
  return sortPairs(pairs, list.size);
}

/** The same sweep with an unbounded stack, for lists with many duplicate blocks. */
function overlapPairsSlow(list: BlockList, limit: number): Array<[number, number]> | null {
  const asV6Like: V6Block[] = [];
  for (let i = 0; i < list.v4Count; i++) {
    const network = BigInt(list.v4Network[i]!);
    const prefixLength = list.v4Prefix[i]!;
    asV6Like.push({
      network,
      last: network + (1n << BigInt(32 - prefixLength)) - 1n,
      prefixLength,
      index: list.v4Index[i]!,
    });
  }
  const pairs: Array<[number, number]> = [];
  for (const family of [asV6Like, [...list.v6]]) {
    family.sort(byV6Network);
    const stack: V6Block[] = [];
    for (const block of family) {
      while (stack.length > 0 && stack[stack.length - 1]!.last < block.network) stack.pop();
      for (const other of stack) {
        pairs.push(other.index < block.index ? [other.index, block.index] : [block.index, other.index]);
      }
      if (pairs.length > limit) return null;
      stack.push(block);
    }
  }
  return sortPairs(pairs, list.size);
}

function sortPairs(pairs: Array<[number, number]>, size: number): Array<[number, number]> {
  const keys = new Float64Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) keys[i] = pairs[i]![0] * size + pairs[i]![1];
  keys.sort();
  const sorted: Array<[number, number]> = new Array(pairs.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const second = key % size;
    sorted[i] = [(key - second) / size, second];
  }
  return sorted;
}

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
