import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIPv6 } from './address.ts';
import {
  blockSize,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  knownCidr,
  lastAddress,
  parseCidr,
} from './cidr.ts';

describe('parseCidr', () => {
  it('keeps the written address and clears host bits in the network', () => {
    const parsed = parseCidr('10.0.0.1/16');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(formatCidr(parsed.value)).toBe('10.0.0.0/16');
      expect(parsed.value.address).toBe(0x0a000001n);
    }
  });

  it.each([
    ['10.0.0.0', 'cidr_missing_prefix'],
    ['10.0.0.0/', 'cidr_missing_prefix'],
    ['10.0.0.0/33', 'cidr_prefix_out_of_range'],
    ['2001:db8::/129', 'cidr_prefix_out_of_range'],
    ['10.0.0.0/016', 'cidr_prefix_leading_zero'],
    ['10.0.0.0/+16', 'cidr_invalid_prefix'],
    ['10.0.0.0/16abc', 'cidr_invalid_prefix'],
    ['10.0.0.0/255.255.0.0', 'cidr_invalid_prefix'],
    [' 10.0.0.0/16', 'cidr_whitespace'],
    ['10.0.0.0 /16', 'cidr_whitespace'],
    ['10.0.0.0/16\n', 'cidr_whitespace'],
    ['', 'cidr_empty'],
    ['010.0.0.0/16', 'ipv4_leading_zero'],
    ['127.1/8', 'ipv4_not_four_octets'],
    ['0x7f.0.0.1/8', 'ipv4_hex_octet'],
    ['hello.world/8', 'ipv4_not_four_octets'],
    ['a.b.c.d/8', 'ipv4_invalid_octet'],
    ['fe80::1%eth0/64', 'ipv6_zone'],
    ['999.1.1.1/24', 'ipv4_octet_out_of_range'],
    ['::ffff:10.0.0.0/104', 'ipv4_mapped_ipv6'],
    ['::ffff:a00:0/120', 'ipv4_mapped_ipv6'],
    ['0:0:0:0:0:ffff:0:0/96', 'ipv4_mapped_ipv6'],
    ['garbage', 'ipv4_not_four_octets'],
    ['10.0.0.0\\16', 'ipv4_invalid_octet'],
    ['fe80::/10%eth0', 'cidr_invalid_prefix'],
  ])('refuses %j with %s', (text, code) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.code).toBe(code);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789abcdef:./ x%'.split('')) })),
        (text) => {
          const parsed = parseCidr(text);
          expect(typeof parsed.ok).toBe('boolean');
          if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
        },
      ),
    );
  });

  it('is the identity on canonical text: parse → format → parse', () => {
    const canonical = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 })).map(([n, p]) =>
        formatCidr({
          version: 4,
          prefixLength: p,
          network: BigInt(n) & (((1n << 32n) - 1n) ^ ((1n << BigInt(32 - p)) - 1n)),
        }),
      ),
      fc
        .tuple(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.integer({ min: 0, max: 128 }))
        .map(([n, p]) => `${formatIPv6(n & (((1n << 128n) - 1n) ^ ((1n << BigInt(128 - p)) - 1n)))}/${p}`),
    );
    fc.assert(
      fc.property(canonical, (text) => {
        const parsed = parseCidr(text);
        expect(parsed.ok && formatCidr(parsed.value)).toBe(text);
      }),
    );
  });

  it('canonicalises idempotently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (n, p) => {
        const once = parseCidr(`${[24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')}/${p}`);
        if (!once.ok) throw new Error(once.message);
        const twice = parseCidr(formatCidr(once.value));
        expect(twice.ok && formatCidr(twice.value)).toBe(formatCidr(once.value));
      }),
    );
  });
});

describe('block arithmetic', () => {
  it('handles the extremes without 32-bit overflow', () => {
    expect(blockSize(4, 0)).toBe(4294967296n);
    expect(blockSize(6, 0)).toBe(1n << 128n);
    expect(lastAddress(knownCidr('128.0.0.0/1'))).toBe(0xffffffffn);
    expect(formatIPv6(lastAddress(knownCidr('::/0')))).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(formatCidr(knownCidr('255.255.255.255/32'))).toBe('255.255.255.255/32');
  });

  it("reads awscalc's own constants, the IPv4-mapped range included, and throws on a malformed one", () => {
    expect(formatCidr(knownCidr('::ffff:0:0/96'))).toBe('::ffff:0:0/96');
    expect(() => knownCidr('10.0.0.0/33')).toThrow(/not a CIDR/);
  });

  it('knows overlap and containment, and never mixes families', () => {
    expect(cidrsOverlap(knownCidr('10.0.0.0/8'), knownCidr('10.1.0.0/16'))).toBe(true);
    expect(cidrsOverlap(knownCidr('10.0.0.0/16'), knownCidr('10.1.0.0/16'))).toBe(false);
    expect(cidrContains(knownCidr('10.0.0.0/8'), knownCidr('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(knownCidr('10.1.0.0/16'), knownCidr('10.0.0.0/8'))).toBe(false);
    expect(cidrsOverlap(knownCidr('0.0.0.0/0'), knownCidr('::/0'))).toBe(false);
  });
});
