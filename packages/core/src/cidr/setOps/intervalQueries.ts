import type { BlockList, IntervalSet } from './blockList.ts';
import { IPV4_BLOCK_SIZE } from './ipv4Fast.ts';

/** Questions about merged sets answered in one sweep or by binary search: do they meet, what is not covered. */

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
