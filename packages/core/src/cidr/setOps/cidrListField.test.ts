import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetFindFree } from './cidrSetFindFree.ts';
import { cidrSetMerge } from './cidrSetMerge.ts';
import { cidrSetOverlaps } from './cidrSetOverlaps.ts';
import { cidrSetRange } from './cidrSetRange.ts';
import { cidrSetSplit } from './cidrSetSplit.ts';

describe('cidrListField', () => {
  it('ignores blank entries and # comments, and names a bad entry by its position as given and the label', () => {
    const result = run(cidrSetMerge, { cidrs: ['# plan', '10.0.0.0/24', '', '10.0.1  # typo'] });
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        code: 'ipv4_not_four_octets',
        path: ['cidrs', 3],
        message: expect.stringMatching(/^CIDR blocks entry 4: "10\.0\.1"/),
      }),
    ]);
    const ok = run(cidrSetMerge, { cidrs: ['# plan', ' 10.0.0.0/25 ', '', '10.0.0.128/25 # second half'] });
    expect(ok.ok && ok.value).toMatchObject({ cidrs: ['10.0.0.0/24'], inputCount: 2 });
  });

  it('reports overlap positions in the list as given, comments counted', () => {
    const result = run(cidrSetOverlaps, { cidrs: ['# VPCs', '10.0.0.0/16', '# on-premises', '10.0.5.0/24'] });
    expect(result.ok && result.value.pairs).toEqual([
      { a: '10.0.0.0/16', b: '10.0.5.0/24', shared: '10.0.5.0/24', aIndex: 1, bIndex: 3 },
    ]);
  });

  it('refuses an entry far longer than any CIDR before parsing it, with text_too_long and the bound', () => {
    const result = run(cidrSetMerge, { cidrs: ['10.0.0.0/24', '1'.repeat(200_000)] });
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        code: 'text_too_long',
        path: ['cidrs', 1],
        message: expect.stringMatching(
          /CIDR blocks entry 2 is 200,000 characters long; a CIDR is at most 100/,
        ),
      }),
    ]);
  });

  it('names an unknown field and suggests the one meant', () => {
    const result = run(cidrSetMerge, { cidrs: [], cidr: ['10.0.0.0/24'] });
    expect(!result.ok && result.issues[0]?.message).toMatch(
      /Unknown field "cidr" \(did you mean "cidrs"\?\).*cidrs \(CIDR blocks\)/,
    );
  });
});

describe('set-operation fields', () => {
  it('reads Count as text with thousands separators and names it by its label when out of range', () => {
    const ok = run(cidrSetFindFree, { parent: '10.0.0.0/8', used: [], prefixLength: '/28', count: '1,000' });
    expect(ok.ok && ok.value.found).toBe(1000);
    const tooMany = run(cidrSetFindFree, {
      parent: '10.0.0.0/8',
      used: [],
      prefixLength: '/28',
      count: 70_000,
    });
    expect(!tooMany.ok && tooMany.issues[0]).toMatchObject({
      code: 'number_too_large',
      path: ['count'],
      message: expect.stringMatching(/^Count must be at most 65,536 blocks/),
    });
  });

  it('names the New prefix length by its label, and refuses a long one before reading it', () => {
    const junk = run(cidrSetSplit, { cidr: '10.0.0.0/16', prefixLength: '/2x' });
    expect(!junk.ok && junk.issues[0]?.message).toMatch(/^New prefix length "\/2x" is not a prefix length/);
    const long = run(cidrSetSplit, { cidr: '10.0.0.0/16', prefixLength: '/'.repeat(5_000) });
    expect(!long.ok && long.issues[0]).toMatchObject({ code: 'text_too_long', path: ['prefixLength'] });
  });

  it('names the address field in an address parse error', () => {
    const result = run(cidrSetRange, { first: '10.0.0.0', last: '10.0.0.300' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['last'],
      message: expect.stringMatching(/^Last address: /),
    });
  });
});
