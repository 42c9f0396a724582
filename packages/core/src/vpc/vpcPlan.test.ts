import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { type VpcPlan, vpcPlan } from './vpcPlan.ts';
import type { VpcPlanInput } from './vpcPlanInput.ts';

const plan = (input: VpcPlanInput) => {
  const result = run(vpcPlan, input);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; '));
  return result;
};
const layout = (value: VpcPlan) =>
  value.subnets.map((subnet) => `${subnet.tier} ${subnet.az} ${subnet.cidr}`);

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

  // ELB: "each subnet … a CIDR block with at least a /27 bitmask … and at least 8 free IP addresses".
  describe('load-balancer tiers', () => {
    it('flags a /28 load-balancer tier and accepts a /27', () => {
      const small = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        tiers: [{ name: 'alb', size: '/28', loadBalancer: true }],
      }).value;
      expect(small.problems.map((problem) => problem.code)).toEqual(['load_balancer_subnet_too_small']);
      const ok = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
      }).value;
      expect(ok.problems).toEqual([]);
    });

    it.each([
      [1, 27],
      [19, 27],
      [20, 26],
    ])('sizes a load-balancer tier of %i hosts as /%i (hosts + 8 free, never below /27)', (hosts, prefix) => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'alb', size: hosts, loadBalancer: true }],
      });
      expect(value.subnets[0]?.prefixLength).toBe(prefix);
    });

    // ALB: "You must specify subnets from at least two Availability Zones."
    it('warns when a load-balancer tier spans fewer than two AZs', () => {
      const codes = (azs: number) =>
        plan({
          vpcCidrs: ['10.0.0.0/16'],
          azs,
          tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
        }).warnings.map((warning) => warning.code);
      expect(codes(1)).toEqual(['load_balancer_single_az']);
      expect(codes(2)).toEqual([]);
    });

    it('flags an existing load-balancer subnet smaller than /27', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
        existing: [{ cidr: '10.0.0.0/28', tier: 'alb', az: 'az1' }],
      });
      expect(value.problems.map((problem) => problem.code)).toContain('load_balancer_subnet_too_small');
    });
  });

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

  describe('IPv6', () => {
    it('gives each subnet a /64 at a fixed position per tier and AZ slot', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        futureAzs: 3,
        ipv6: { cidr: '2600:1f18:1234:5600::/56' },
        tiers: [
          { name: 'public', size: '/24' },
          { name: 'private', size: '/20' },
        ],
      });
      expect(value.subnets.map((s) => `${s.tier} ${s.az} ${s.ipv6Cidr}`)).toEqual([
        'public az1 2600:1f18:1234:5600::/64',
        'public az2 2600:1f18:1234:5601::/64',
        'private az1 2600:1f18:1234:5603::/64',
        'private az2 2600:1f18:1234:5604::/64',
      ]);
      expect(value.reserved.map((slot) => slot.ipv6Cidr)).toEqual([
        '2600:1f18:1234:5602::/64',
        '2600:1f18:1234:5605::/64',
      ]);
    });

    it('rejects IPv6 subnet sizes off AWS’s /44–/64 step of 4', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        ipv6: { cidr: '2600:1f18:1234:5600::/56', subnetPrefix: 62 },
        tiers: [{ name: 'app', size: '/24' }],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual(['ipv6_subnet_prefix_invalid']);
    });

    it('reports when the IPv6 block has too few subnets', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 3,
        ipv6: { cidr: '2600:1f18:1234:5600::/60', subnetPrefix: 64 },
        tiers: [
          { name: 'a', size: '/24' },
          { name: 'b', size: '/24' },
          { name: 'c', size: '/24' },
          { name: 'd', size: '/24' },
          { name: 'e', size: '/24' },
          { name: 'f', size: '/24' },
        ],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual(['ipv6_does_not_fit']);
    });
  });

  describe('AWS rules and warnings', () => {
    it('flags VPC CIDRs outside /16–/28 and forbidden ranges', () => {
      const { value } = plan({ vpcCidrs: ['10.0.0.0/15'], azs: 1, tiers: [{ name: 'a', size: '/24' }] });
      expect(value.problems.map((problem) => problem.code)).toContain('vpc_prefix_too_short');
      const loopback = plan({
        vpcCidrs: ['127.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'a', size: '/24' }],
      }).value;
      expect(loopback.problems.map((problem) => problem.code)).toContain('vpc_cidr_forbidden_range');
    });

    it('applies the quotas as defaults and as overrides', () => {
      const six = ['10.2.0.0/24', '10.2.1.0/24', '10.2.2.0/24', '10.2.3.0/24', '10.2.4.0/24', '10.2.5.0/24'];
      const tiers = [{ name: 'a', size: '/26' }];
      expect(plan({ vpcCidrs: six, azs: 1, tiers }).value.problems.map((p) => p.code)).toEqual([
        'vpc_cidr_quota_exceeded',
      ]);
      expect(plan({ vpcCidrs: six, azs: 1, tiers, quotas: { maxCidrs: 6 } }).value.problems).toEqual([]);
      const many = plan({ vpcCidrs: ['10.0.0.0/16'], azs: 3, tiers, quotas: { maxSubnets: 2 } }).value;
      expect(many.problems.map((p) => p.code)).toEqual(['subnet_quota_exceeded']);
    });

    it('warns about Docker’s 172.17.0.0/16, the default VPC range and EKS service ranges', () => {
      const codes = (cidr: string) =>
        plan({ vpcCidrs: [cidr], azs: 1, tiers: [{ name: 'a', size: '/24' }] }).warnings.map((w) => w.code);
      expect(codes('172.17.0.0/16')).toContain('docker_bridge_overlap');
      expect(codes('172.31.0.0/16')).toContain('default_vpc_overlap');
      expect(codes('10.100.0.0/16')).toContain('eks_service_range_overlap');
      expect(codes('172.20.0.0/16')).toContain('eks_service_range_overlap');
      expect(codes('10.0.0.0/16')).toEqual([]);
    });

    it('warns about overlap with peer and on-premises ranges, naming the shared range', () => {
      const { warnings } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'a', size: '/24' }],
        peers: ['10.0.128.0/17', '192.168.0.0/16'],
      });
      expect(warnings.filter((w) => w.code === 'peer_overlap').map((w) => w.message)).toEqual([
        expect.stringContaining('shared: 10.0.128.0/17'),
      ]);
    });
  });

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
