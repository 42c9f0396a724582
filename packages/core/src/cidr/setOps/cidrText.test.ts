import { describe, expect, it } from 'vitest';
import { cidrExcludeText, cidrMergeText, cidrOverlapsText, cidrSetsOverlapText } from './cidrText.ts';

describe('cidrMergeText', () => {
  it('reports every bad line with its list and 0-based position, and the parser’s code', () => {
    const result = cidrMergeText(['10.0.0.0/24', '010.0.0.0/8', '10.0.0.0', '2001:db8::/129']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ list, index, code }) => [list, index, code])).toEqual([
      ['cidrs', 1, 'ipv4_leading_zero'],
      ['cidrs', 2, 'cidr_missing_prefix'],
      ['cidrs', 3, 'cidr_prefix_out_of_range'],
    ]);
  });

  it('uses the network of a block written with host bits, and says which lines had them', () => {
    const result = cidrMergeText(['10.0.0.1/25', '10.0.0.128/25']);
    expect(result).toEqual({ ok: true, value: ['10.0.0.0/24'], hostBitsSet: [['cidrs', 0]] });
  });

  it('writes IPv6 in RFC 5952 form even when the input was not', () => {
    const result = cidrMergeText(['2001:DB8:0:0::/33', '2001:0db8:8000::/33']);
    expect(result.ok && result.value).toEqual(['2001:db8::/32']);
  });
});

describe('cidrExcludeText', () => {
  it('names the list a bad line is in', () => {
    const result = cidrExcludeText(['10.0.0.0/16'], ['10.0.0.0/16', 'nonsense']);
    expect(!result.ok && result.errors.map(({ list, index }) => [list, index])).toEqual([['remove', 1]]);
  });

  // cidr-tools issue "Wrong exclusion" (#2): removing a block that straddles the edge of another.
  it('removes a block that covers the start of the kept range and more', () => {
    const result = cidrExcludeText(['10.0.1.0/24'], ['10.0.0.0/23']);
    expect(result.ok && result.value).toEqual([]);
  });
});

describe('cidrSetsOverlapText and cidrOverlapsText', () => {
  it('never lets IPv4 and IPv6 blocks overlap', () => {
    expect(cidrSetsOverlapText(['0.0.0.0/0'], ['::/0'])).toEqual({ ok: true, value: false, hostBitsSet: [] });
    expect(cidrOverlapsText(['0.0.0.0/0', '::/0'])).toEqual({ ok: true, value: [], hostBitsSet: [] });
  });

  it('reports identical blocks as overlapping, in input order', () => {
    const result = cidrOverlapsText(['10.0.0.0/24', '192.168.0.0/16', '10.0.0.0/24']);
    expect(result.ok && result.value).toEqual([['10.0.0.0/24', '10.0.0.0/24']]);
  });
});
