import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import {
  cidrSetContains,
  cidrSetExclude,
  cidrSetFindFree,
  cidrSetMerge,
  cidrSetOverlaps,
  cidrSetRange,
  cidrSetSplit,
} from './cidrSetCalculators.ts';

describe('cidrSetMerge', () => {
  it('gives one issue per bad entry, at [field, index], with the parser’s code', () => {
    const result = run(cidrSetMerge, { cidrs: ['10.0.0.0/24', '10.0.0.0', '010.1.0.0/16'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['cidr_missing_prefix', ['cidrs', 1]],
      ['ipv4_leading_zero', ['cidrs', 2]],
    ]);
    expect(result.issues[0]?.message).toMatch(
      /"10\.0\.0\.0" has no prefix length; add one, like 10\.0\.0\.0\/24/,
    );
  });

  it('refuses a list that is not a list of text, in its own words', () => {
    const result = run(cidrSetMerge, { cidrs: '10.0.0.0/8' });
    expect(!result.ok && result.issues[0]?.message).toMatch(/list of CIDR text/);
  });

  it('merges a mixed list, IPv4 first, with exact address totals as decimal strings', () => {
    const result = run(cidrSetMerge, { cidrs: ['2001:db8::/32', '10.0.0.0/25', '10.0.0.128/25'] });
    expect(result.ok && result.value).toEqual({
      cidrs: ['10.0.0.0/24', '2001:db8::/32'],
      inputCount: 3,
      addresses: { ipv4: '256', ipv6: String(2n ** 96n) },
    });
  });

  it('warns once, with a count and the first position, about blocks written with host bits', () => {
    const result = run(cidrSetMerge, { cidrs: ['10.0.0.5/24', '10.0.1.7/24'] });
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        code: 'host_bits_set',
        path: ['cidrs', 0],
        message: expect.stringMatching(/^2 cidrs entries/),
      }),
    ]);
  });
});

describe('cidrSetExclude', () => {
  it('says how many addresses remain and how many were removed', () => {
    const result = run(cidrSetExclude, { from: ['10.0.0.0/24'], remove: ['10.0.0.0/26', '192.168.0.0/16'] });
    expect(result.ok && result.value).toEqual({
      cidrs: ['10.0.0.64/26', '10.0.0.128/25'],
      addresses: { ipv4: '192', ipv6: '0' },
      removedAddresses: { ipv4: '64', ipv6: '0' },
    });
  });
});

describe('cidrSetOverlaps', () => {
  it('keeps the { overlaps: [[a, b]] } shape and adds the shared range and positions', () => {
    const result = run(cidrSetOverlaps, { cidrs: ['10.0.0.0/16', '10.1.0.0/16', '10.0.5.0/24'] });
    expect(result.ok && result.value).toEqual({
      overlaps: [['10.0.0.0/16', '10.0.5.0/24']],
      pairs: [{ a: '10.0.0.0/16', b: '10.0.5.0/24', shared: '10.0.5.0/24', aIndex: 0, bIndex: 2 }],
    });
  });
});

describe('cidrSetOverlaps limits', () => {
  it('refuses to list more than a million pairs (1,500 identical blocks make 1,124,250)', () => {
    const result = run(cidrSetOverlaps, { cidrs: Array.from({ length: 1500 }, () => '10.0.0.0/24') });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'too_many_overlaps', path: ['cidrs'] });
  });
});

describe('cidrSetContains', () => {
  it('lists the candidates that leak out and the uncovered addresses', () => {
    const result = run(cidrSetContains, {
      containers: ['10.0.0.0/25', '10.0.0.128/25'],
      candidates: ['10.0.0.0/24', '10.0.0.0/23'],
    });
    expect(result.ok && result.value).toEqual({
      contained: false,
      notContained: [{ index: 1, cidr: '10.0.0.0/23' }],
      uncovered: ['10.0.1.0/24'],
    });
  });
});

describe('cidrSetRange', () => {
  it('refuses a reversed range and a range across families, at the last address', () => {
    const reversed = run(cidrSetRange, { first: '10.0.0.9', last: '10.0.0.1' });
    expect(!reversed.ok && reversed.issues[0]).toMatchObject({ code: 'range_reversed', path: ['last'] });
    const mixed = run(cidrSetRange, { first: '10.0.0.0', last: '::1' });
    expect(!mixed.ok && mixed.issues[0]).toMatchObject({ code: 'range_mixed_families', path: ['last'] });
  });

  it('reports a bad address with the parser’s own code', () => {
    const result = run(cidrSetRange, { first: '10.0.0.01', last: '10.0.0.9' });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'ipv4_leading_zero', path: ['first'] });
  });
});

describe('cidrSetSplit', () => {
  it('accepts the size as 24 or "/24"', () => {
    for (const prefixLength of [24, '/24', '24']) {
      const result = run(cidrSetSplit, { cidr: '10.0.0.0/23', prefixLength });
      expect(result.ok && result.value.cidrs).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    }
  });

  it('refuses to enumerate more than 65,536 blocks and says how many there would be', () => {
    const result = run(cidrSetSplit, { cidr: '2001:db8::/32', prefixLength: 64 });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'split_too_many', path: ['prefixLength'] });
    expect(!result.ok && result.issues[0]?.message).toMatch(/4,294,967,296 blocks/);
  });

  it('refuses a prefix shorter than the parent or beyond the family', () => {
    const shorter = run(cidrSetSplit, { cidr: '10.0.0.0/16', prefixLength: 8 });
    expect(!shorter.ok && shorter.issues[0]).toMatchObject({ code: 'prefix_length_out_of_range' });
    const junk = run(cidrSetSplit, { cidr: '10.0.0.0/16', prefixLength: '/2x' });
    expect(!junk.ok && junk.issues[0]).toMatchObject({
      code: 'prefix_length_invalid',
      path: ['prefixLength'],
    });
  });
});

describe('cidrSetFindFree', () => {
  it('finds the first free blocks and warns when fewer fit than were asked for', () => {
    const result = run(cidrSetFindFree, {
      parent: '10.0.0.0/24',
      used: ['10.0.0.0/26'],
      prefixLength: '/26',
      count: 4,
    });
    expect(result.ok && result.value).toEqual({
      parent: '10.0.0.0/24',
      cidrs: ['10.0.0.64/26', '10.0.0.128/26', '10.0.0.192/26'],
      requested: 4,
      found: 3,
      freeAddresses: '192',
    });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['not_enough_free_space']);
  });
});
