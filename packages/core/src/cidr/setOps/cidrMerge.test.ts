import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr.ts';
import { cidrMerge } from './cidrMerge.ts';

const merge = (...texts: string[]) => cidrMerge(texts.map(knownCidr)).map(formatCidr);

describe('cidrMerge', () => {
  it('joins two halves, drops contained blocks and keeps what cannot join', () => {
    expect(merge('10.0.0.128/25', '10.0.0.0/25', '10.0.0.64/26', '10.0.1.0/24', '10.0.3.0/24')).toEqual([
      '10.0.0.0/23',
      '10.0.3.0/24',
    ]);
  });

  // Adjacent but not aligned: 10.0.1.0/24 + 10.0.2.0/24 cover 512 addresses that are no single CIDR.
  it('keeps adjacent blocks apart when together they are not one aligned block', () => {
    expect(merge('10.0.2.0/24', '10.0.1.0/24')).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
  });

  // cidr-tools issue "IPv6 merge produces invalid results" (#19): IPv6 halves must join exactly.
  it('merges IPv6 with exact 128-bit arithmetic and lists IPv4 first', () => {
    expect(merge('2001:db8:8000::/33', '10.0.0.0/8', '2001:db8::/33')).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
    ]);
    expect(merge('::/1', '8000::/1')).toEqual(['::/0']);
  });

  it('uses the network of a block written with host bits', () => {
    expect(merge('10.0.0.77/24')).toEqual(['10.0.0.0/24']);
  });

  it('returns an empty list for an empty input', () => {
    expect(cidrMerge([])).toEqual([]);
  });
});
