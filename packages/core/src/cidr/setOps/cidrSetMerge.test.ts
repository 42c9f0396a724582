import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetMerge } from './cidrSetMerge.ts';

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
        message: expect.stringMatching(/^2 CIDR blocks entries/),
      }),
    ]);
  });
});
