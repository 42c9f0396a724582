import { type BlockList, byV6Network, type V6Block } from './blockList.ts';
import { IPV4_BLOCK_SIZE, sortIPv4Blocks } from './ipv4Fast.ts';

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
