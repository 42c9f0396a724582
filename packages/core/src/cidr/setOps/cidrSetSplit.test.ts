import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetSplit } from './cidrSetSplit.ts';

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
