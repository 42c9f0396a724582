import { describe, expect, it } from 'vitest';
import { layout, plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  describe('does not fit', () => {
    it('says which tier did not fit, by how much, and the sizes that would', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/24'],
        azs: 3,
        tiers: [
          { name: 'public', size: '/26' },
          { name: 'private', size: '/25' },
        ],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual(['does_not_fit']);
      expect(value.fit).toMatchObject({
        requiredAddresses: 3 * 64 + 3 * 128,
        availableAddresses: 256,
        shortByAddresses: 576 - 256,
        // 576 addresses round up to 1,024: a /22.
        smallestVpcPrefix: 22,
      });
      expect(value.fit?.unplaced.map((item) => item.tier)).toContain('private');
      // Shrinking the tier with the most addresses first: private /25 → /26, then public /26 → /27 (a tie
      // goes to the first tier), then private /26 → /27: 6 × 32 = 192 addresses fit in 256.
      expect(value.fit?.tierSizesThatFit).toEqual([
        { tier: 'public', prefixLength: 27, usableAddresses: 27 },
        { tier: 'private', prefixLength: 27, usableAddresses: 27 },
      ]);
      expect(value.fit?.message).toContain('short by 320');
    });

    it('suggests a secondary CIDR for what does not fit beside existing subnets', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/24'],
        azs: 2,
        tiers: [{ name: 'app', size: '/25' }],
        existing: [{ cidr: '10.0.0.0/26', tier: 'old', az: 'az1' }],
      });
      expect(value.fit).toMatchObject({ smallestVpcPrefix: null, secondaryCidrPrefix: 25 });
    });

    it('places the plan in a secondary CIDR when the primary is full, primary first', () => {
      const { value, warnings } = plan({
        vpcCidrs: ['10.2.0.0/24', '10.3.0.0/24'],
        azs: 2,
        tiers: [{ name: 'app', size: '/24' }],
      });
      // Slot by slot (a /23 region cannot fit), so the tier spans both blocks, primary first.
      expect(layout(value)).toEqual(['app az1 10.2.0.0/24', 'app az2 10.3.0.0/24']);
      expect(value.subnets.map((s) => s.vpcCidr)).toEqual(['10.2.0.0/24', '10.3.0.0/24']);
      expect(warnings.map((w) => w.code)).toEqual(['tiers_not_contiguous']);
      expect(value.problems).toEqual([]);
    });
  });
});
