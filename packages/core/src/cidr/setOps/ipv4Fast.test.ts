import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../cidr.ts';
import { ipv4Parsed, ipv4RangeBlocks, parseIPv4Text, sortIPv4Blocks } from './ipv4Fast.ts';

// Text that is almost IPv4 CIDR: digits, dots, slashes and a few stray characters, so the fast
// parser meets leading zeros, big octets, missing parts and junk as often as valid blocks.
const nearlyIPv4 = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('00', '01', '007', '', 'x')),
        {
          minLength: 3,
          maxLength: 5,
        },
      ),
      fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('', '08', '00', '1 ', '-1')),
    )
    .map(([octets, prefix]) => `${octets.join('.')}/${prefix}`),
  fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9', '.', '/', ' ', 'a'), maxLength: 20 }),
);

describe('parseIPv4Text', () => {
  it('accepts exactly the IPv4 text parseCidr accepts, with the same address and prefix', () => {
    fc.assert(
      fc.property(nearlyIPv4, (text) => {
        const slow = parseCidr(text);
        const fast = parseIPv4Text(text);
        if (fast) {
          expect(slow.ok && slow.value.version === 4).toBe(true);
          if (slow.ok) {
            expect(BigInt(ipv4Parsed.address)).toBe(slow.value.address);
            expect(ipv4Parsed.prefixLength).toBe(slow.value.prefixLength);
          }
        } else {
          // Refused here means refused there too (the caller then asks parseCidr for the message).
          expect(slow.ok).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the edges of the space: 0.0.0.0/0 and 255.255.255.255/32', () => {
    expect(parseIPv4Text('0.0.0.0/0') && { ...ipv4Parsed }).toEqual({ address: 0, prefixLength: 0 });
    expect(parseIPv4Text('255.255.255.255/32') && { ...ipv4Parsed }).toEqual({
      address: 4294967295,
      prefixLength: 32,
    });
  });

  it('refuses the forms parsers disagree on (CVE-2021-28918: leading zeros read as octal)', () => {
    for (const text of [
      '010.0.0.0/8',
      '10.0.0.0/08',
      '10.0.0/8',
      '10.0.0.0.0/8',
      '10.0.0.256/24',
      '10.0.0.0/33',
    ]) {
      expect(parseIPv4Text(text)).toBe(false);
    }
  });
});

describe('sortIPv4Blocks', () => {
  it('orders by network, larger block first on a tie, like a comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            network: fc.integer({ min: 0, max: 0xffffffff }),
            prefix: fc.integer({ min: 0, max: 32 }),
          }),
        ),
        (blocks) => {
          const network = Uint32Array.from(blocks, (block) => block.network);
          const prefix = Uint8Array.from(blocks, (block) => block.prefix);
          const sorted = sortIPv4Blocks(network, prefix, blocks.length);
          const expected = blocks
            .map((block, index) => ({ ...block, index }))
            .sort((a, b) => a.network - b.network || a.prefix - b.prefix || a.index - b.index);
          expect(Array.from(sorted.network)).toEqual(expected.map((block) => block.network));
          expect(Array.from(sorted.packed, (packed) => [packed >>> 6, packed & 63])).toEqual(
            expected.map((block) => [block.index, block.prefix]),
          );
        },
      ),
    );
  });
});

describe('ipv4RangeBlocks', () => {
  const blocksOf = (first: number, last: number) => {
    const out: string[] = [];
    ipv4RangeBlocks(first, last, (network, prefixLength) => out.push(`${network}/${prefixLength}`));
    return out;
  };

  it('gives /0 for the whole space and /32 for one address', () => {
    expect(blocksOf(0, 4294967295)).toEqual(['0/0']);
    expect(blocksOf(4294967295, 4294967295)).toEqual(['4294967295/32']);
  });

  it('gives one block per bit for 1..2^32−1 (the worst case: 32 blocks)', () => {
    expect(blocksOf(1, 4294967295)).toHaveLength(32);
  });
});
