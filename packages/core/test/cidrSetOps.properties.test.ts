import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpVersion } from '../src/cidr/address.ts';
import { type Cidr, cidrContains, cidrOf, cidrsOverlap, lastAddress } from '../src/cidr/cidr.ts';
import {
  cidrExclude,
  cidrExcludeText,
  cidrFindFree,
  cidrListContains,
  cidrMerge,
  cidrMergeText,
  cidrOverlaps,
  cidrRangeToCidrs,
  cidrSetsOverlap,
} from '../src/cidr/setOps/index.ts';
import { formatCidr } from '../src/index.ts';

// Properties over a small address space that can be enumerated: blocks inside one /22 (1,024
// addresses) of IPv4 or IPv6, so "covers the same addresses" is checked address by address.
const SPACE_BITS = 10;
const SPACE = 1 << SPACE_BITS;
const BASE = { 4: 0x0a000000n, 6: 0x20010db8000000000000000000000000n } as const;
const BITS = { 4: 32, 6: 128 } as const;

const blockIn = (version: IpVersion) =>
  fc
    .record({
      offset: fc.integer({ min: 0, max: SPACE - 1 }),
      hostBits: fc.integer({ min: 0, max: SPACE_BITS }),
    })
    .map(({ offset, hostBits }) => cidrOf(version, BASE[version] + BigInt(offset), BITS[version] - hostBits));
const blocks = fc.oneof(
  fc.array(blockIn(4), { maxLength: 20 }),
  fc.array(blockIn(6), { maxLength: 20 }),
  fc.array(fc.oneof(blockIn(4), blockIn(6)), { maxLength: 20 }),
);

/** The addresses a list covers, per family, as a bitmap over the small space. */
function addresses(list: readonly Cidr[]): Record<IpVersion, Uint8Array> {
  const maps = { 4: new Uint8Array(SPACE), 6: new Uint8Array(SPACE) };
  for (const cidr of list) {
    const from = Number(cidr.network - BASE[cidr.version]);
    const to = Number(lastAddress(cidr) - BASE[cidr.version]);
    expect(from >= 0 && to < SPACE, `${formatCidr(cidr)} left the test space`).toBe(true);
    maps[cidr.version].fill(1, from, to + 1);
  }
  return maps;
}

function sameAddresses(a: readonly Cidr[], b: readonly Cidr[]): void {
  expect(addresses(a)).toEqual(addresses(b));
}

/** Sorted (IPv4 first, by network), pairwise disjoint, canonical, and no two blocks could merge. */
function expectCanonicalMinimal(list: readonly Cidr[]) {
  list.forEach((cidr, index) => {
    expect(cidr.network).toBe(cidrOf(cidr.version, cidr.network, cidr.prefixLength).network);
    const next = list[index + 1];
    if (!next) return;
    if (next.version === cidr.version) {
      // Disjoint and in order.
      expect(next.network > lastAddress(cidr)).toBe(true);
      // Not two halves of one block (which merge would have joined).
      const parent = cidrOf(cidr.version, cidr.network, cidr.prefixLength - 1);
      const siblings =
        cidr.prefixLength === next.prefixLength &&
        cidr.prefixLength > 0 &&
        parent.network === cidr.network &&
        next.network === lastAddress(cidr) + 1n;
      expect(siblings).toBe(false);
    } else {
      expect([cidr.version, next.version]).toEqual([4, 6]);
    }
  });
}

describe('cidrMerge (properties)', () => {
  it('covers exactly the same addresses as its input', () => {
    fc.assert(fc.property(blocks, (list) => sameAddresses(cidrMerge(list), list)));
  });

  it('is sorted, disjoint, canonical and cannot be merged further', () => {
    fc.assert(fc.property(blocks, (list) => expectCanonicalMinimal(cidrMerge(list))));
  });

  it('is idempotent and ignores input order', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        const merged = cidrMerge(list);
        expect(cidrMerge(merged)).toEqual(merged);
        expect(cidrMerge([...list].reverse())).toEqual(merged);
      }),
    );
  });

  it('gives the same text through cidrMergeText', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        const result = cidrMergeText(list.map(formatCidr));
        expect(result.ok && result.value).toEqual(cidrMerge(list).map(formatCidr));
      }),
    );
  });
});

describe('cidrExclude (properties)', () => {
  it('exclude(A, B) ∪ (A ∩ B) = A, and exclude(A, B) shares no address with B', () => {
    fc.assert(
      fc.property(blocks, blocks, (a, b) => {
        const rest = addresses(cidrExclude(a, b));
        const whole = addresses(a);
        const cut = addresses(b);
        for (const version of [4, 6] as const) {
          const union = rest[version].map((bit, i) => bit | (whole[version][i]! & cut[version][i]!));
          expect(union).toEqual(whole[version]);
          expect(rest[version].some((bit, i) => bit === 1 && cut[version][i] === 1)).toBe(false);
        }
      }),
    );
  });

  it('returns a canonical minimal list, the same as the text form', () => {
    fc.assert(
      fc.property(blocks, blocks, (a, b) => {
        const rest = cidrExclude(a, b);
        expectCanonicalMinimal(rest);
        const text = cidrExcludeText(a.map(formatCidr), b.map(formatCidr));
        expect(text.ok && text.value).toEqual(rest.map(formatCidr));
      }),
    );
  });
});

describe('cidrOverlaps (properties)', () => {
  it('finds exactly the pairs a pairwise check finds, once each, in index order', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        const expected: Array<[number, number]> = [];
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++)
            if (cidrsOverlap(list[i]!, list[j]!)) expected.push([i, j]);
        }
        const found = cidrOverlaps(list);
        expect(found.map((pair) => [pair.aIndex, pair.bIndex])).toEqual(expected);
        for (const pair of found) {
          // The shared range is A ∩ B: one of the two, inside both (CIDR blocks nest or are disjoint).
          expect([pair.a, pair.b]).toContain(pair.shared);
          expect(cidrContains(pair.a, pair.shared) && cidrContains(pair.b, pair.shared)).toBe(true);
        }
      }),
    );
  });

  it('cidrSetsOverlap is true exactly when some pair across the two lists overlaps', () => {
    fc.assert(
      fc.property(blocks, blocks, (a, b) => {
        expect(cidrSetsOverlap(a, b)).toBe(a.some((x) => b.some((y) => cidrsOverlap(x, y))));
      }),
    );
  });
});

describe('cidrListContains (properties)', () => {
  it('is true exactly when nothing of the candidates is left after excluding the containers', () => {
    fc.assert(
      fc.property(blocks, blocks, (containers, candidates) => {
        expect(cidrListContains(containers, candidates)).toBe(
          cidrExclude(candidates, containers).length === 0,
        );
      }),
    );
  });

  it('accepts a block covered only by a union of smaller blocks', () => {
    fc.assert(
      fc.property(
        blockIn(4).filter((cidr) => cidr.prefixLength < 32),
        (cidr) => {
          const half = (offset: bigint) => cidrOf(4, cidr.network + offset, cidr.prefixLength + 1);
          const halfSize = 1n << BigInt(31 - cidr.prefixLength);
          expect(cidrListContains([half(0n), half(halfSize)], [cidr])).toBe(true);
          expect(cidrListContains([half(0n)], [cidr])).toBe(false);
        },
      ),
    );
  });
});

describe('cidrRangeToCidrs (properties)', () => {
  const range = fc
    .record({
      version: fc.constantFrom<IpVersion>(4, 6),
      a: fc.integer({ min: 0, max: SPACE - 1 }),
      b: fc.integer({ min: 0, max: SPACE - 1 }),
    })
    .map(({ version, a, b }) => ({
      version,
      first: BASE[version] + BigInt(Math.min(a, b)),
      last: BASE[version] + BigInt(Math.max(a, b)),
    }));

  it('covers exactly first..last with blocks that are each as large as possible (so the list is minimal)', () => {
    fc.assert(
      fc.property(range, ({ version, first, last }) => {
        const list = cidrRangeToCidrs(version, first, last);
        const wanted = new Uint8Array(SPACE).fill(
          1,
          Number(first - BASE[version]),
          Number(last - BASE[version]) + 1,
        );
        expect(addresses(list)[version]).toEqual(wanted);
        expectCanonicalMinimal(list);
        // Maximal: the block one size up never fits inside the range.
        for (const cidr of list) {
          const parent = cidrOf(version, cidr.network, cidr.prefixLength - 1);
          expect(parent.network >= first && lastAddress(parent) <= last).toBe(false);
        }
      }),
    );
  });
});

describe('cidrFindFree (properties)', () => {
  it('returns free, aligned blocks of the size asked, inside the parent, lowest first, none skipped', () => {
    fc.assert(
      fc.property(
        fc.array(blockIn(4), { maxLength: 12 }),
        fc.integer({ min: 22, max: 32 }),
        fc.integer({ min: 1, max: 8 }),
        (used, prefixLength, count) => {
          const parent = cidrOf(4, BASE[4], 22);
          const found = cidrFindFree(parent, used, prefixLength, count);
          const size = 1n << BigInt(32 - prefixLength);
          const candidates: Cidr[] = [];
          for (let network = parent.network; network <= lastAddress(parent); network += size) {
            const block = cidrOf(4, network, prefixLength);
            if (!used.some((cidr) => cidrsOverlap(cidr, block))) candidates.push(block);
          }
          expect(found).toEqual(candidates.slice(0, count));
          for (const block of found) {
            expect(block.prefixLength).toBe(prefixLength);
            expect(block.network % size).toBe(0n);
          }
        },
      ),
    );
  });
});
