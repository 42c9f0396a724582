import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { vpcPlan } from './vpcPlan.ts';
import { plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  describe('invalid input', () => {
    it.each([
      [{ vpcCidrs: [], azs: 1, tiers: [{ name: 'a', size: '/24' }] }, ['vpcCidrs']],
      [{ vpcCidrs: ['10.0.0.0/16'], azs: 0, tiers: [{ name: 'a', size: '/24' }] }, ['azs']],
      [{ vpcCidrs: ['10.0.0.0/16'], azs: 1, tiers: [{ name: 'a', size: '/12' }] }, ['tiers', 0, 'size']],
      [{ vpcCidrs: ['10.0.0.0/16'], azs: 1, tiers: [{ name: 'a', size: '70000' }] }, ['tiers', 0, 'size']],
      [{ vpcCidrs: ['10.0.0.0/16'], azs: 1, tiers: [{ name: 'a', size: 'big' }] }, ['tiers', 0, 'size']],
      [
        {
          vpcCidrs: ['10.0.0.0/16'],
          azs: 1,
          tiers: [
            { name: 'a', size: '/24' },
            { name: 'A', size: '/24' },
          ],
        },
        ['tiers', 1, 'name'],
      ],
      [
        { vpcCidrs: ['10.0.0.0/16'], azs: 3, futureAzs: 2, tiers: [{ name: 'a', size: '/24' }] },
        ['futureAzs'],
      ],
      [{ vpcCidrs: ['2001:db8::/56'], azs: 1, tiers: [{ name: 'a', size: '/24' }] }, ['vpcCidrs', 0]],
      [{ vpcCidrs: ['10.0.0.0/16'], azs: 'a,a', tiers: [{ name: 'a', size: '/24' }] }, ['azs']],
    ] as const)('rejects %j at %j with a message', (input, path) => {
      const result = run(vpcPlan, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]?.path).toEqual(path);
      expect(result.issues[0]?.message.length).toBeGreaterThan(30);
      expect(result.issues[0]?.message).not.toMatch(/^Invalid input/);
    });

    it('answers malformed input with its own messages, never bare zod text', () => {
      const tiers = [{ name: 'a', size: '/24' }];
      const malformed: unknown[] = [
        null,
        'x',
        { vpcCidrs: ['10.0.0.0/16'], azs: 2, tiers: ['x'] },
        { vpcCidrs: ['10.0.0.0/16'], azs: 2, tiers, ipv6: 'x' },
        { vpcCidrs: ['10.0.0.0/16'], azs: 2, tiers, quotas: { maxCidrs: 'x', maxSubnets: 1.5 } },
        { vpcCidrs: ['10.0.0.0/16'], azs: 2, tiers, existing: [1], peers: 'x' },
        { vpcCidrs: [3], azs: true, tiers: [{ name: 3, size: true, loadBalancer: 'yes' }] },
      ];
      for (const input of malformed) {
        const result = run(vpcPlan, input);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        for (const issue of result.issues) expect(issue.message).not.toMatch(/^Invalid input|^Expected/);
      }
    });

    it.each([
      [{ quotas: { maxCidrs: 1e20 } }, ['quotas', 'maxCidrs'], 'at most 50'],
      [{ quotas: { maxSubnets: 1e20 } }, ['quotas', 'maxSubnets'], 'at most 1,000,000'],
      [{ futureAzs: 1e20 }, ['futureAzs'], 'at most 16'],
      [{ futureAzs: -1e20 }, ['futureAzs'], 'at least 1'],
      [{ ipv6: { cidr: '2001:db8::/56', subnetPrefix: 1e20 } }, ['ipv6', 'subnetPrefix'], '/44 to /64'],
    ] as const)(
      'answers a number beyond the safe range (%j) with one issue that says what is valid',
      (extra, path, says) => {
        const result = run(vpcPlan, {
          vpcCidrs: ['10.0.0.0/16'],
          azs: 1,
          tiers: [{ name: 'a', size: '/24' }],
          ...extra,
        });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]?.path).toEqual(path);
        expect(result.issues[0]?.message).toContain(says);
        expect(result.issues[0]?.message).not.toContain('is a whole number');
      },
    );

    // A count must be a whole number from 1 to 16; numeric text is a count, never an AZ name.
    it.each([[1.5], ['1.5'], [' 2.5 '], ['1e3'], ['-1'], ['2,3'], [['us-east-1a', '1.5']]] as const)(
      'rejects AZs %j as neither a whole count nor AZ names',
      (azs) => {
        const result = run(vpcPlan, { vpcCidrs: ['10.0.0.0/16'], azs, tiers: [{ name: 'a', size: '/24' }] });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]?.path).toEqual(['azs']);
        expect(result.issues[0]?.message).toMatch(/whole number|letter/);
      },
    );

    it('accepts AZs as a count, a comma-separated text or a list', () => {
      const azs = (value: number | string | string[]) =>
        plan({ vpcCidrs: ['10.0.0.0/16'], azs: value, tiers: [{ name: 'a', size: '/24' }] }).value.azs;
      expect(azs(2)).toEqual(['az1', 'az2']);
      expect(azs('2')).toEqual(['az1', 'az2']);
      expect(azs('us-east-1a, us-east-1b')).toEqual(['us-east-1a', 'us-east-1b']);
      expect(azs(['use1-az1'])).toEqual(['use1-az1']);
    });

    it('does not mutate its input', () => {
      const input = { vpcCidrs: ['10.0.0.0/16'], azs: ['a', 'b'], tiers: [{ name: 'a', size: '/24' }] };
      const copy = structuredClone(input);
      plan(input);
      expect(input).toEqual(copy);
    });
  });
});
