import { describe, expect, it } from 'vitest';
import { layout, plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  describe('existing subnets', () => {
    it('keeps existing subnets in place and plans around them', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 3,
        tiers: [
          { name: 'public', size: '/24' },
          { name: 'private', size: '/20' },
        ],
        existing: [
          { cidr: '10.0.0.0/24', tier: 'public', az: 'az1' },
          { cidr: '10.0.16.0/20', tier: 'private', az: 'az2' },
        ],
      });
      expect(value.subnets.find((s) => s.tier === 'public' && s.az === 'az1')).toMatchObject({
        cidr: '10.0.0.0/24',
        existing: true,
      });
      expect(value.subnets.find((s) => s.tier === 'private' && s.az === 'az2')).toMatchObject({
        cidr: '10.0.16.0/20',
        existing: true,
      });
      expect(value.subnets).toHaveLength(6);
      expect(value.problems).toEqual([]);
    });

    it('reports existing subnets outside the VPC or overlapping each other', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'app', size: '/24' }],
        existing: [
          { cidr: '10.1.0.0/24', tier: 'app', az: 'az1' },
          { cidr: '10.0.0.0/24', tier: 'old', az: 'az1' },
          { cidr: '10.0.0.128/25', tier: 'old2', az: 'az1' },
        ],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual([
        'existing_outside_vpc',
        'existing_overlap',
      ]);
    });

    it('keeps an existing subnet of a tier that is not planned, listed after the plan', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'app', size: '/24' }],
        existing: [{ cidr: '10.0.0.0/24', tier: 'legacy', az: 'az1' }],
      });
      expect(layout(value)).toEqual(['app az1 10.0.1.0/24', 'legacy az1 10.0.0.0/24']);
      expect(value.tiers.map((tier) => [tier.name, tier.existingOnly])).toEqual([
        ['app', false],
        ['legacy', true],
      ]);
    });

    it('warns when an existing subnet of an unplanned tier is in an AZ that is not planned', () => {
      const result = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        tiers: [{ name: 'app', size: '/22' }],
        existing: [{ cidr: '10.0.0.0/24', tier: 'nope', az: 'az9' }],
      });
      const warning = result.warnings.find((candidate) => candidate.code === 'existing_az_not_planned');
      expect(warning?.path).toEqual(['existing', 0]);
      expect(warning?.message).toContain('not among the planned AZs');
    });

    it('warns when a peer range has host bits set, as for the VPC and existing CIDRs', () => {
      const result = plan({
        vpcCidrs: ['172.31.0.0/16'],
        azs: 1,
        tiers: [{ name: 'app', size: '/24' }],
        peers: ['10.0.0.1/8'],
      });
      const warning = result.warnings.find((candidate) => candidate.code === 'host_bits_set');
      expect(warning?.path).toEqual(['peers', 0]);
      expect(warning?.message).toContain('10.0.0.0/8');
    });
  });
});
