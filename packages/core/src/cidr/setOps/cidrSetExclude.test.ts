import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetExclude } from './cidrSetExclude.ts';

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
