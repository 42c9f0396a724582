/**
 * The shared engine behind the CIDR set operations. Blocks are split by family: IPv4 blocks live in
 * typed arrays of uint32 numbers (exact in a float64, sorted with a radix sort, swept once); IPv6
 * blocks are bigints. Every operation is a sort plus one linear sweep. Internal to setOps: the public
 * functions (cidrMerge, cidrExclude, …) and the text API adapt to and from these shapes. This file
 * holds the shapes, parsing, merge and subtract; blockOverlapPairs.ts, intervalQueries.ts and
 * intervalOutput.ts hold the other sweeps.
 */
import { type Cidr, parseCidr } from '../cidr.ts';
import { IPV4_BLOCK_SIZE, ipv4Network, ipv4Parsed, parseIPv4Text, sortIPv4Blocks } from './ipv4Fast.ts';

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

/** IPv6 blocks by network, the larger block first on a tie (so an enclosing block comes first). */
export const byV6Network = (a: V6Block, b: V6Block): number =>
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
