import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetRange } from './cidrSetRange.ts';

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
