import { IPV6_SUBNET_PREFIX, IPV6_VPC_PREFIX } from '../cidr/awsVpcRules.ts';
import { type Cidr, cidrContains, cidrsOverlap, formatCidr, knownCidr } from '../cidr/cidr.ts';
import { problemAppliesTo, subnetInspect } from '../cidr/subnetInspect.ts';
import type { Problem } from '../input/problem.ts';
import type { Warning } from '../result.ts';
import {
  VPC_ASSOCIATION_10_0_15_RULE,
  VPC_ASSOCIATION_RESTRICTIONS,
  VPC_LOAD_BALANCER_SUBNET,
  VPC_QUOTA_IPV4_CIDRS,
  VPC_QUOTA_SUBNETS,
  type VpcRangeClass,
} from './vpcFacts.ts';

const CLASS_RANGES: ReadonlyArray<readonly [VpcRangeClass, Cidr]> = [
  ['10/8', knownCidr('10.0.0.0/8')],
  ['172.16/12', knownCidr('172.16.0.0/12')],
  ['192.168/16', knownCidr('192.168.0.0/16')],
  ['198.19/16', knownCidr('198.19.0.0/16')],
];

/** Which row of AWS's association-restriction table a block falls under. */
export function vpcRangeClass(cidr: Cidr): VpcRangeClass {
  return CLASS_RANGES.find(([, range]) => cidrContains(range, cidr))?.[0] ?? 'public';
}

const CLASS_LABEL: Record<VpcRangeClass, string> = {
  '10/8': '10.0.0.0/8',
  '172.16/12': '172.16.0.0/12',
  '192.168/16': '192.168.0.0/16',
  '198.19/16': '198.19.0.0/16',
  public: 'a non-RFC 1918 range',
};

/** The restrictions that forbid adding `candidate` after `existing`, as readable reasons. */
function restrictionsAgainst(existing: Cidr, candidate: Cidr): string[] {
  const existingClass = vpcRangeClass(existing);
  return VPC_ASSOCIATION_RESTRICTIONS.value
    .filter((row) => row.existing === existingClass && cidrContains(knownCidr(row.restricted), candidate))
    .map(
      (row) =>
        `while the VPC has ${formatCidr(existing)} (${CLASS_LABEL[existingClass]}), AWS does not allow ${row.reason} (${row.restricted})`,
    );
}

/**
 * Checks each secondary IPv4 block against AWS's association-restriction table, in the order given:
 * the table applies to the blocks already associated when a block is added (primary first).
 */
export function vpcAssociationProblems(cidrs: readonly Cidr[]): Problem[] {
  const problems: Problem[] = [];
  const rule = VPC_ASSOCIATION_10_0_15_RULE.value;
  for (let index = 1; index < cidrs.length; index += 1) {
    const candidate = cidrs[index]!;
    const earlier = cidrs.slice(0, index);
    const reasons = earlier.flatMap((existing) => restrictionsAgainst(existing, candidate));
    const in015 = earlier.find((existing) => cidrContains(knownCidr(rule.whenAnyIn), existing));
    if (in015 && cidrContains(knownCidr(rule.restricted), candidate)) {
      reasons.push(
        `while the VPC has ${formatCidr(in015)} (in ${rule.whenAnyIn}), AWS does not allow a block from ${rule.restricted}`,
      );
    }
    if (reasons.length === 0) continue;
    // Overlapping blocks are refused in either order (vpc_cidrs_overlap), so no order is suggested.
    const reversedOk = earlier.every(
      (existing) =>
        !cidrsOverlap(existing, candidate) && restrictionsAgainst(candidate, existing).length === 0,
    );
    problems.push({
      code: 'vpc_cidr_association_restricted',
      path: ['vpcCidrs', index],
      message: `Secondary CIDR ${formatCidr(candidate)} cannot be associated: ${[...new Set(reasons)].join('; ')}.${
        reversedOk && earlier.length === 1
          ? ` AWS would accept the two in the other order (${formatCidr(candidate)} as the primary, added first).`
          : ''
      } See AWS's "IPv4 CIDR block association restrictions" (${VPC_ASSOCIATION_RESTRICTIONS.source}).`,
    });
  }
  return problems;
}

/**
 * Each VPC IPv4 block as AWS sees it (size /16–/28, forbidden ranges), pairwise overlap, and the
 * IPv4-CIDRs-per-VPC quota. Also returns the per-block warnings (172.17.0.0/16, default VPC range,
 * non-RFC 1918, host bits set).
 */
export function vpcCidrChecks(
  cidrs: readonly Cidr[],
  maxCidrs: number = VPC_QUOTA_IPV4_CIDRS.value,
): { problems: Problem[]; warnings: Warning[] } {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  for (const [index, cidr] of cidrs.entries()) {
    const inspected = subnetInspect.calculate({ cidr });
    if (!inspected.ok) continue;
    for (const problem of inspected.value.problems) {
      if (!problemAppliesTo(problem, 'vpc')) continue;
      problems.push({
        code: problem.code === 'forbidden_range' ? 'vpc_cidr_forbidden_range' : problem.code,
        path: ['vpcCidrs', index],
        message: `VPC CIDR ${formatCidr(cidr)}: ${problem.message}`,
      });
    }
    for (const warning of inspected.warnings) warnings.push({ ...warning, path: ['vpcCidrs', index] });
    for (let other = 0; other < index; other += 1) {
      const earlier = cidrs[other]!;
      if (cidrsOverlap(earlier, cidr))
        problems.push({
          code: 'vpc_cidrs_overlap',
          path: ['vpcCidrs', index],
          message: `VPC CIDR ${formatCidr(cidr)} overlaps ${formatCidr(earlier)} (#${other + 1}); a VPC's CIDR blocks must not overlap.`,
        });
    }
  }
  if (cidrs.length > maxCidrs)
    problems.push({
      code: 'vpc_cidr_quota_exceeded',
      path: ['vpcCidrs'],
      message: `${cidrs.length} IPv4 CIDR blocks exceed the quota of ${maxCidrs} per VPC${
        maxCidrs === VPC_QUOTA_IPV4_CIDRS.value
          ? ` (the default; it can be raised to 50: ${VPC_QUOTA_IPV4_CIDRS.source})`
          : ''
      }.`,
    });
  return { problems, warnings };
}

/** The subnets-per-VPC quota, counting planned and existing subnets (growth slots only warn). */
export function vpcSubnetQuotaCheck(
  subnets: number,
  reservedSlots: number,
  maxSubnets: number = VPC_QUOTA_SUBNETS.value,
): { problems: Problem[]; warnings: Warning[] } {
  const hint =
    maxSubnets === VPC_QUOTA_SUBNETS.value
      ? ` (the default quota; request more through Service Quotas: ${VPC_QUOTA_SUBNETS.source})`
      : '';
  if (subnets > maxSubnets)
    return {
      problems: [
        {
          code: 'subnet_quota_exceeded',
          path: ['tiers'],
          message: `The plan has ${subnets} subnets, over the quota of ${maxSubnets} per VPC${hint}.`,
        },
      ],
      warnings: [],
    };
  if (subnets + reservedSlots > maxSubnets)
    return {
      problems: [],
      warnings: [
        {
          code: 'subnet_quota_growth',
          path: ['futureAzs'],
          message: `Filling the reserved growth slots would make ${subnets + reservedSlots} subnets, over the quota of ${maxSubnets} per VPC${hint}.`,
        },
      ],
    };
  return { problems: [], warnings: [] };
}

/** ELB: a load-balancer subnet needs at least a /27 (and 8 free addresses). */
export function vpcLoadBalancerProblem(
  tier: string,
  prefixLength: number,
  path: ReadonlyArray<string | number>,
  cidr?: string,
): Problem | undefined {
  const largest = VPC_LOAD_BALANCER_SUBNET.largestPrefix.value;
  if (prefixLength <= largest) return undefined;
  return {
    code: 'load_balancer_subnet_too_small',
    path,
    message: `Load-balancer tier "${tier}"${cidr ? ` subnet ${cidr}` : ''} is a /${prefixLength}; Elastic Load Balancing needs each subnet to be at least a /${largest} with ${VPC_LOAD_BALANCER_SUBNET.freeAddresses.value} free addresses (${VPC_LOAD_BALANCER_SUBNET.largestPrefix.source}). Use /${largest} or larger.`,
  };
}

const onStep = (
  prefix: number,
  range: { largest: { value: number }; smallest: { value: number }; step: { value: number } },
) =>
  prefix >= range.largest.value &&
  prefix <= range.smallest.value &&
  (prefix - range.largest.value) % range.step.value === 0;

/** The IPv6 subnet sizes that fit more than once in a block, as advice; or a larger block when none does. */
function ipv6SubnetSizeAdvice(blockPrefix: number): string {
  const { largest, smallest, step } = IPV6_SUBNET_PREFIX;
  const sizes: number[] = [];
  for (let prefix = largest.value; prefix <= smallest.value; prefix += step.value)
    if (prefix > blockPrefix) sizes.push(prefix);
  if (sizes.length === 0)
    return `AWS IPv6 subnets are /${largest.value} to /${smallest.value}, so the VPC block must be /${smallest.value - step.value} or larger (IPv6 VPC blocks are /${IPV6_VPC_PREFIX.largest.value} to /${IPV6_VPC_PREFIX.smallest.value}; Amazon-provided ones /${IPV6_VPC_PREFIX.amazonProvided.value})`;
  const listed =
    sizes.length <= 2
      ? sizes.map((prefix) => `/${prefix}`).join(' or ')
      : `/${sizes[0]} to /${smallest.value} (in steps of /${step.value})`;
  return `use ${listed}`;
}

/** The IPv6 block (/44–/60 in steps of 4, or Amazon's /56) and the IPv6 subnet size (/44–/64 in steps of 4). */
export function vpcIpv6Problems(
  block: Cidr,
  subnetPrefix: number,
): { problems: Problem[]; warnings: Warning[] } {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const inspected = subnetInspect.calculate({ cidr: block });
  if (inspected.ok) {
    for (const warning of inspected.warnings)
      if (warning.code === 'host_bits_set') warnings.push({ ...warning, path: ['ipv6', 'cidr'] });
    for (const problem of inspected.value.problems)
      if (problemAppliesTo(problem, 'vpc'))
        problems.push({
          code: `ipv6_${problem.code}`.replace('ipv6_ipv6_', 'ipv6_'),
          path: ['ipv6', 'cidr'],
          message: `IPv6 block ${formatCidr(block)}: ${problem.message}`,
        });
  }
  if (!onStep(subnetPrefix, IPV6_SUBNET_PREFIX))
    problems.push({
      code: 'ipv6_subnet_prefix_invalid',
      path: ['ipv6', 'subnetPrefix'],
      message: `/${subnetPrefix} is not an allowed IPv6 subnet size: AWS allows /${IPV6_SUBNET_PREFIX.largest.value} to /${IPV6_SUBNET_PREFIX.smallest.value} in steps of /${IPV6_SUBNET_PREFIX.step.value} (${IPV6_SUBNET_PREFIX.smallest.source}).`,
    });
  else if (subnetPrefix <= block.prefixLength)
    problems.push({
      code: 'ipv6_subnet_prefix_too_large',
      path: ['ipv6', 'subnetPrefix'],
      message: `IPv6 subnets of /${subnetPrefix} do not fit in the /${block.prefixLength} VPC block more than once; ${ipv6SubnetSizeAdvice(block.prefixLength)}.`,
    });
  if (
    onStep(block.prefixLength, IPV6_VPC_PREFIX) &&
    block.prefixLength !== IPV6_VPC_PREFIX.amazonProvided.value
  )
    warnings.push({
      code: 'ipv6_not_amazon_provided_size',
      path: ['ipv6', 'cidr'],
      message: `Amazon-provided IPv6 VPC blocks are always /${IPV6_VPC_PREFIX.amazonProvided.value}; a /${block.prefixLength} must come from IPAM or BYOIPv6.`,
    });
  return { problems, warnings };
}
