import { describe, expect, it } from 'vitest';
import { layout, plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  // AWS Quick Start "Modular and scalable VPC architecture" (aws-ia/cfn-ps-aws-vpc,
  // templates/aws-vpc.template.yaml, parameter defaults): VPC 10.0.0.0/16, private subnets
  // 10.0.0.0/19, 10.0.32.0/19, 10.0.64.0/19, 10.0.96.0/19 and public subnets 10.0.128.0/20,
  // 10.0.144.0/20, 10.0.160.0/20, 10.0.176.0/20 for AZs 1–4.
  it('reproduces the AWS Quick Start 10.0.0.0/16 layout for 3 AZs × 2 tiers with room for a 4th AZ', () => {
    const { value } = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 3,
      futureAzs: 4,
      tiers: [
        { name: 'private', size: '/19' },
        { name: 'public', size: '/20' },
      ],
    });
    expect(layout(value)).toEqual([
      'private az1 10.0.0.0/19',
      'private az2 10.0.32.0/19',
      'private az3 10.0.64.0/19',
      'public az1 10.0.128.0/20',
      'public az2 10.0.144.0/20',
      'public az3 10.0.160.0/20',
    ]);
    expect(value.reserved.map((slot) => `${slot.tier} ${slot.az} ${slot.cidr}`)).toEqual([
      'private az4 10.0.96.0/19',
      'public az4 10.0.176.0/20',
    ]);
    expect(value.free).toEqual(['10.0.192.0/18']);
    expect(value.problems).toEqual([]);
    // The four private /19s make 10.0.0.0/17 and the four public /20s 10.0.128.0/18: one CIDR per tier.
    expect(value.tiers.map((tier) => tier.summaryCidrs)).toEqual([['10.0.0.0/17'], ['10.0.128.0/18']]);
  });

  it('places the Quick Start 4th AZ exactly in the slot held for it, moving nothing', () => {
    const three = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 3,
      futureAzs: 4,
      tiers: [
        { name: 'private', size: '/19' },
        { name: 'public', size: '/20' },
      ],
    }).value;
    const four = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 4,
      futureAzs: 4,
      tiers: [
        { name: 'private', size: '/19' },
        { name: 'public', size: '/20' },
      ],
    }).value;
    expect(layout(four)).toEqual(
      expect.arrayContaining([...layout(three), 'private az4 10.0.96.0/19', 'public az4 10.0.176.0/20']),
    );
    expect(four.subnets).toHaveLength(8);
    expect(four.reserved).toEqual([]);
  });

  it('fills the slot held for the 4th AZ when a deployed Quick Start layout is re-planned with its subnets as existing', () => {
    const tiers = [
      { name: 'private', size: '/19' },
      { name: 'public', size: '/20' },
    ];
    const deployed = plan({ vpcCidrs: ['10.0.0.0/16'], azs: 3, futureAzs: 4, tiers }).value;
    const existing = deployed.subnets.map((subnet) => ({
      cidr: subnet.cidr,
      tier: subnet.tier,
      az: subnet.az,
    }));
    // A new tier added at the same time goes into the free space, not into the slots held for AZ 4.
    const grown = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 4,
      futureAzs: 4,
      tiers: [{ name: 'data', size: '/21' }, ...tiers],
      existing,
    }).value;
    expect(layout(grown).filter((line) => line.includes(' az4 '))).toEqual([
      'data az4 10.0.216.0/21',
      'private az4 10.0.96.0/19',
      'public az4 10.0.176.0/20',
    ]);
    expect(grown.problems).toEqual([]);
  });

  // Terraform's docs: cidrsubnets("10.1.0.0/16", 4, 4, 8, 4) gives 10.1.0.0/20, 10.1.16.0/20,
  // 10.1.32.0/24, 10.1.48.0/20 and strands 10.1.33.0–10.1.47.255 (research §2.2 F / §5.8).
  // Largest first, the three /20s come first and the /24 follows them with no gap.
  it('packs the Terraform 4,4,8,4 example largest-first without stranding space', () => {
    const { value } = plan({
      vpcCidrs: ['10.1.0.0/16'],
      azs: 1,
      tiers: [
        { name: 'a', size: '/20' },
        { name: 'b', size: '/20' },
        { name: 'c', size: '/24' },
        { name: 'd', size: '/20' },
      ],
    });
    expect(layout(value)).toEqual([
      'a az1 10.1.0.0/20',
      'b az1 10.1.16.0/20',
      'c az1 10.1.48.0/24',
      'd az1 10.1.32.0/20',
    ]);
    expect(value.free).toEqual([
      '10.1.49.0/24',
      '10.1.50.0/23',
      '10.1.52.0/22',
      '10.1.56.0/21',
      '10.1.64.0/18',
      '10.1.128.0/17',
    ]);
  });

  // AWS subnet sizing: usable = 2^(32 − prefix) − 5, so a /24 holds 251 and a /28 holds 11.
  it.each([
    [251, 24],
    [252, 23],
    [11, 28],
    [12, 27],
    [1, 28],
    [4000, 20],
    [4091, 20],
    [4092, 19],
    [65_531, 16],
  ])('sizes a tier of %i hosts as a /%i', (hosts, prefix) => {
    const { value } = plan({ vpcCidrs: ['10.0.0.0/16'], azs: 1, tiers: [{ name: 'app', size: hosts }] });
    expect(value.subnets[0]?.prefixLength).toBe(prefix);
    expect(value.tiers[0]).toMatchObject({ hostsRequested: hosts, prefixLength: prefix });
  });

  it('reports every subnet with first and last usable addresses after the 4 + 1 AWS reserves', () => {
    const { value } = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: ['us-east-1a'],
      tiers: [{ name: 'web', size: '/24' }],
    });
    expect(value.subnets[0]).toEqual({
      cidr: '10.0.0.0/24',
      az: 'us-east-1a',
      tier: 'web',
      prefixLength: 24,
      totalAddresses: 256,
      usableAddresses: 251,
      firstUsable: '10.0.0.4',
      lastUsable: '10.0.0.254',
      vpcCidr: '10.0.0.0/16',
    });
    expect(value.azsFromCount).toBe(false);
  });
});
