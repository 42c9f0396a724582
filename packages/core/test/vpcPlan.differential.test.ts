import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.ts';
import { type VpcPlan, vpcPlan } from '../src/vpc/vpcPlan.ts';

// An independent oracle for the planner's output: Python's ipaddress module checks, for each plan,
// that every subnet and growth slot is a subnet_of a VPC block, no two of them overlap, the free list
// is exactly the VPC minus them (address_exclude + collapse_addresses), usable counts are size − 5,
// first/last usable are network + 4 and broadcast − 1, and every IPv6 subnet is the n-th /64 that
// Terraform's cidrsubnet(block, newbits, n) and CloudFormation's Fn::Cidr would give.
const PYTHON = `
import ipaddress, json, sys
errors = []
for plan in json.load(sys.stdin):
    vpcs = [ipaddress.ip_network(c) for c in plan['vpc']]
    blocks = [ipaddress.ip_network(s['cidr']) for s in plan['subnets']] + [ipaddress.ip_network(r['cidr']) for r in plan['reserved']]
    for b in blocks:
        if not any(b.subnet_of(v) for v in vpcs): errors.append(f"{b} outside {plan['vpc']}")
    for i, a in enumerate(blocks):
        for b in blocks[i + 1:]:
            if a.overlaps(b): errors.append(f"{a} overlaps {b}")
    remaining = list(vpcs)
    for b in blocks:
        nxt = []
        for r in remaining:
            if b.subnet_of(r): nxt.extend(r.address_exclude(b))
            else: nxt.append(r)
        remaining = nxt
    expected = [str(n) for n in ipaddress.collapse_addresses(remaining)]
    if sorted(expected, key=lambda t: ipaddress.ip_network(t)) != sorted(plan['free'], key=lambda t: ipaddress.ip_network(t)):
        errors.append(f"free {plan['free']} != {expected}")
    for s in plan['subnets']:
        n = ipaddress.ip_network(s['cidr'])
        if s['usableAddresses'] != n.num_addresses - 5: errors.append(f"usable {s}")
        if s['firstUsable'] != str(n.network_address + 4) or s['lastUsable'] != str(n.broadcast_address - 1): errors.append(f"range {s}")
    if plan['ipv6']:
        block = ipaddress.ip_network(plan['ipv6']['cidr'])
        all6 = list(block.subnets(new_prefix=plan['ipv6']['subnetPrefix']))
        slots = plan['slotsPerTier']
        for tier_index, tier in enumerate(plan['tiers']):
            for s in [x for x in plan['subnets'] + plan['reserved'] if x['tier'] == tier['name'] and 'ipv6Cidr' in x]:
                if str(ipaddress.ip_network(s['ipv6Cidr'])) not in [str(n) for n in all6[tier_index * slots:(tier_index + 1) * slots]]:
                    errors.append(f"ipv6 {s}")
print(json.dumps(errors))
`;

const planArb = fc
  .record({
    octet: fc.integer({ min: 2, max: 255 }),
    prefix: fc.integer({ min: 16, max: 24 }),
    secondary: fc.option(fc.integer({ min: 20, max: 26 }), { nil: undefined }),
    azs: fc.integer({ min: 1, max: 4 }),
    growth: fc.integer({ min: 0, max: 2 }),
    sizes: fc.array(
      fc.oneof(
        fc.integer({ min: 20, max: 28 }).map((p) => `/${p}`),
        fc.integer({ min: 1, max: 2000 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    ipv6: fc.boolean(),
  })
  .map((shape) => ({
    vpcCidrs: [
      `10.${shape.octet}.0.0/${shape.prefix}`,
      ...(shape.secondary !== undefined ? [`100.64.0.0/${shape.secondary}`] : []),
    ],
    azs: shape.azs,
    ...(shape.growth > 0 ? { futureAzs: shape.azs + shape.growth } : {}),
    tiers: shape.sizes.map((size, index) => ({ name: `t${index}`, size })),
    ...(shape.ipv6 ? { ipv6: { cidr: '2600:1f18:1234:5600::/56' } } : {}),
  }));

describe('vpcPlan against Python ipaddress', () => {
  it('lays out subnets, free space, usable ranges and IPv6 positions that ipaddress agrees with', () => {
    const plans: VpcPlan[] = fc.sample(planArb, { numRuns: 300, seed: 20261122 }).map((input) => {
      const result = run(vpcPlan, input);
      if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
      return result.value;
    });
    const errors = JSON.parse(
      execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(plans), encoding: 'utf8' }),
    );
    expect(errors).toEqual([]);
    // The sample is not degenerate: most plans place subnets, some hold growth slots, some carry IPv6.
    expect(plans.filter((plan) => plan.subnets.length > 0).length).toBeGreaterThan(250);
    expect(plans.some((plan) => plan.reserved.length > 0)).toBe(true);
    expect(plans.some((plan) => plan.ipv6 !== null)).toBe(true);
  });
});
