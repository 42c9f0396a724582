import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetFindFree } from './cidrSetFindFree.ts';

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
