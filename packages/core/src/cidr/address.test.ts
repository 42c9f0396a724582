import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './address.ts';

const v6 = (text: string) => {
  const parsed = parseIPv6(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('parseIPv4', () => {
  it('reads four decimal octets', () => {
    expect(parseIPv4('10.16.16.0')).toEqual({ ok: true, value: 0x0a101000n });
    expect(parseIPv4('255.255.255.255')).toEqual({ ok: true, value: 0xffffffffn });
    expect(parseIPv4('0.0.0.0')).toEqual({ ok: true, value: 0n });
  });

  it.each([
    ['010.0.0.1', 'ipv4_leading_zero'],
    ['10.00.0.1', 'ipv4_leading_zero'],
    ['127.1', 'ipv4_not_four_octets'],
    ['1.2.3', 'ipv4_not_four_octets'],
    ['1.2.3.4.5', 'ipv4_not_four_octets'],
    ['0x0a.0.0.1', 'ipv4_hex_octet'],
    ['256.0.0.1', 'ipv4_octet_out_of_range'],
    ['1..2.3', 'ipv4_empty_octet'],
    ['1.2.3.-4', 'ipv4_invalid_octet'],
    ['1.2.3.+4', 'ipv4_invalid_octet'],
    ['１.2.3.4', 'ipv4_invalid_octet'],
  ])('refuses %s with %s', (text, code) => {
    const parsed = parseIPv4(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.code).toBe(code);
  });

  it('explains what a leading zero would mean in decimal and in octal', () => {
    const parsed = parseIPv4('010.0.0.1');
    expect(parsed.ok === false && parsed.message).toContain('write 10 (or 8 if octal was meant)');
  });

  it('round-trips every 32-bit value through formatIPv4', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        expect(parseIPv4(formatIPv4(BigInt(n)))).toEqual({ ok: true, value: BigInt(n) });
      }),
    );
  });
});

describe('formatIPv6 (RFC 5952)', () => {
  it.each([
    // RFC 5952 §4.2.2: a single 16-bit zero group is not shortened
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    // §4.2.3: the longest run is compressed
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    // §4.2.3: on a tie, the first run is compressed
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    // §4.3: lowercase; §4.1: no leading zeros
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ])('writes %s as %s', (input, expected) => {
    expect(formatIPv6(v6(input))).toBe(expected);
  });
});

describe('parseIPv6', () => {
  it('accepts "::" standing for a single zero group', () => {
    expect(formatIPv6(v6('2001:dead:beaf:dead:beaf:dead:beaf::'))).toBe(
      '2001:dead:beaf:dead:beaf:dead:beaf:0',
    );
  });

  it.each([
    ['::ffff:10.0.0.1', 'ipv4_mapped_ipv6'],
    ['::ffff:0:10.0.0.1', 'ipv6_embedded_ipv4'],
    ['::10.0.0.1', 'ipv6_embedded_ipv4'],
    ['fe80::1%eth0', 'ipv6_zone'],
    ['1::2::3', 'ipv6_multiple_double_colon'],
    ['1:2:3:4:5:6:7', 'ipv6_group_count'],
    ['1:2:3:4:5:6:7:8:9', 'ipv6_group_count'],
    ['1:2:3:4::5:6:7:8', 'ipv6_group_count'],
    ['12345::', 'ipv6_invalid_group'],
    ['g::', 'ipv6_invalid_group'],
    [':1:2:3:4:5:6:7', 'ipv6_invalid_group'],
  ])('refuses %s with %s', (text, code) => {
    const parsed = parseIPv6(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.code).toBe(code);
  });

  it('round-trips every 128-bit value through formatIPv6', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (n) => {
        expect(parseIPv6(formatIPv6(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});
