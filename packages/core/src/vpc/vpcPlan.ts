import { formatIPv4 } from '../cidr/address.ts';
import { IPV4_SUBNET_PREFIX, IPV6_SUBNET_PREFIX, SUBNET_RESERVED_ADDRESSES } from '../cidr/awsVpcRules.ts';
import {
  blockSize,
  type Cidr,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  knownCidr,
  lastAddress,
} from '../cidr/cidr.ts';
import { cidrExclude, cidrMerge } from '../cidr/setOps/index.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { VPC_ALB_MIN_AZS, VPC_QUOTA_IPV4_CIDRS, VPC_QUOTA_SUBNETS } from './vpcFacts.ts';
import { type VpcFitDiagnosis, type VpcUnplacedSubnet, vpcFitDiagnosis } from './vpcFit.ts';
import { vpcIpv6Capacity, vpcIpv6SubnetCidr } from './vpcIpv6.ts';
import { type VpcLayoutTier, vpcLayout } from './vpcLayout.ts';
import { VpcPlanInput, type VpcPlanParsed } from './vpcPlanInput.ts';
import {
  vpcAssociationProblems,
  vpcCidrChecks,
  vpcIpv6Problems,
  vpcLoadBalancerProblem,
  vpcSubnetQuotaCheck,
} from './vpcRules.ts';
import { vpcTierPrefix, vpcUsableAddresses } from './vpcTierPrefix.ts';
import { vpcEksWarnings, vpcPeerHostBitsWarnings, vpcPeerWarnings } from './vpcWarnings.ts';

/** One subnet of the plan (planned now, or existing and kept where it is). */
export interface VpcSubnet {
  readonly cidr: string;
  readonly az: string;
  readonly tier: string;
  readonly prefixLength: number;
  readonly totalAddresses: number;
  /** Total − the 5 AWS reserves. */
  readonly usableAddresses: number;
  readonly firstUsable: string;
  readonly lastUsable: string;
  /** The VPC CIDR block the subnet lies in (null for an existing subnet outside every block). */
  readonly vpcCidr: string | null;
  /** The subnet's IPv6 block: position tier × slots + AZ slot (not for existing subnets outside the planned tiers and AZs). */
  readonly ipv6Cidr?: string;
  /** True for a subnet that already exists (given as input): never moved. */
  readonly existing?: true;
}

/** A block held for a future AZ of a tier (growth room): not free, not a subnet yet. */
export interface VpcReservedSlot {
  readonly cidr: string;
  readonly tier: string;
  /** The future AZ's label: az4… for a counted plan, "future AZ 4"… when AZs were named. */
  readonly az: string;
  readonly prefixLength: number;
  readonly ipv6Cidr?: string;
}

export interface VpcTierSummary {
  readonly name: string;
  readonly prefixLength: number;
  readonly usableAddresses: number;
  /** The host count asked for, when the tier was sized by hosts. */
  readonly hostsRequested: number | null;
  readonly loadBalancer: boolean;
  /** True for a tier that exists only through existing subnets. */
  readonly existingOnly: boolean;
  /**
   * The tier's subnets and growth slots merged into the fewest CIDRs (one when the tier sits in its
   * own aligned block): what route tables, network ACLs and security groups would list for it.
   */
  readonly summaryCidrs: readonly string[];
}

export interface VpcPlan {
  /** The VPC IPv4 CIDRs, canonical, primary first. */
  readonly vpc: readonly string[];
  readonly ipv6: { readonly cidr: string; readonly subnetPrefix: number } | null;
  readonly azs: readonly string[];
  /** True when the AZs were given as a count (names az1…azN are placeholders, not real AZ names). */
  readonly azsFromCount: boolean;
  /** AZ slots held per tier (the future AZ count; equals the AZ count without growth room). */
  readonly slotsPerTier: number;
  readonly tiers: readonly VpcTierSummary[];
  readonly subnets: readonly VpcSubnet[];
  readonly reserved: readonly VpcReservedSlot[];
  /** Free space left in the VPC blocks, as a minimal CIDR list in address order. */
  readonly free: readonly string[];
  readonly totals: {
    readonly vpcAddresses: number;
    readonly subnets: number;
    readonly subnetAddresses: number;
    readonly usableAddresses: number;
    readonly reservedAddresses: number;
    readonly freeAddresses: number;
    readonly largestFreeBlock: string | null;
  };
  /** Set when some subnets or growth slots did not fit: why, and what would. */
  readonly fit: VpcFitDiagnosis | null;
  /** AWS would reject the plan for these reasons (exit 1 in the CLI). */
  readonly problems: readonly Problem[];
}

const futureLabel = (fromCount: boolean, slot: number) =>
  fromCount ? `az${slot + 1}` : `future AZ ${slot + 1}`;

/**
 * Plans a VPC's subnets: one subnet per tier per AZ, aligned, never overlapping, inside the VPC
 * CIDRs (primary first), largest first so free space stays in few large blocks; optional growth
 * room per tier for future AZs, existing subnets kept in place, IPv6 per subnet, and AWS's rules
 * (VPC and subnet sizes, association restrictions, quotas, load-balancer subnets) checked.
 *
 * @example
 * run(vpcPlan, { vpcCidrs: ['10.0.0.0/16'], azs: 3, tiers: [{ name: 'public', size: '/24' }] })
 *   .value.subnets.map((s) => s.cidr) //=> ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']
 */
export const vpcPlan = defineCalculator({
  name: 'vpcPlan',
  schema: VpcPlanInput,
  calculate: (input) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const problems: Problem[] = [];
    const pools = input.vpcCidrs;
    const azs = input.azs.names;
    const slots = input.futureAzs ?? azs.length;

    const cidrChecks = vpcCidrChecks(pools, input.quotas?.maxCidrs ?? VPC_QUOTA_IPV4_CIDRS.value);
    problems.push(...cidrChecks.problems, ...vpcAssociationProblems(pools));
    warnings.push(...cidrChecks.warnings);

    // Tier sizes.
    const tiers = input.tiers.map((tier, index) => {
      const prefixLength = vpcTierPrefix(tier, trace) ?? IPV4_SUBNET_PREFIX.largest.value;
      const loadBalancer = tier.loadBalancer === true;
      if (loadBalancer) {
        const problem = vpcLoadBalancerProblem(tier.name, prefixLength, ['tiers', index, 'size']);
        if (problem) problems.push(problem);
      }
      if (loadBalancer && azs.length < VPC_ALB_MIN_AZS.value)
        warnings.push({
          code: 'load_balancer_single_az',
          path: ['azs'],
          message: `Load-balancer tier "${tier.name}" has subnets in ${azs.length} AZ; an Application Load Balancer needs subnets in at least ${VPC_ALB_MIN_AZS.value} AZs (${VPC_ALB_MIN_AZS.source}). A Network Load Balancer accepts one.`,
        });
      return {
        name: tier.name,
        prefixLength,
        hostsRequested: tier.size.kind === 'hosts' ? tier.size.hosts : null,
        loadBalancer,
        existingOnly: false,
      };
    });

    // Existing subnets: validated, kept in place, and matched to (tier, AZ slot).
    const existing = checkExisting(input, tiers, azs, problems, warnings);

    const layoutTiers: Array<VpcLayoutTier & { name: string; loadBalancer: boolean }> = tiers.map((tier) => ({
      name: tier.name,
      prefixLength: tier.prefixLength,
      loadBalancer: tier.loadBalancer,
      existingSlots: new Set(
        existing
          .filter((item) => item.tier === tier.name && item.slot !== undefined)
          .map((item) => item.slot!),
      ),
      existingCidrs: new Map(
        existing
          .filter((item) => item.tier === tier.name && item.slot !== undefined)
          .map((item) => [item.slot!, item.cidr] as const),
      ),
    }));
    if (slots > 1)
      trace.step({
        id: 'slots_per_tier',
        formula: input.futureAzs !== undefined ? 'future AZs (growth room)' : 'AZs planned now',
        inputs: { azs: azs.length, ...(input.futureAzs !== undefined ? { futureAzs: input.futureAzs } : {}) },
        value: slots,
        unit: 'subnet slots per tier, laid side by side in one aligned block of 2^ceil(log2(slots)) subnets',
      });

    const occupied = existing.map((item) => item.cidr);
    const layout = vpcLayout(pools, occupied, layoutTiers, slots);
    if (!layout.contiguousTiers)
      warnings.push({
        code: 'tiers_not_contiguous',
        path: ['tiers'],
        message:
          "The plan fits only subnet by subnet: each tier's subnets could not sit together in one aligned block, so a tier may not summarise to a single CIDR (for route tables or network ACLs). A larger VPC CIDR keeps tiers contiguous.",
      });

    // IPv6: subnet n of the IPv6 block, n = tier position × slots + AZ slot.
    const ipv6Prefix = input.ipv6
      ? (input.ipv6.subnetPrefix ?? IPV6_SUBNET_PREFIX.smallest.value)
      : undefined;
    const ipv6For = (tierIndex: number, slot: number | undefined): { ipv6Cidr?: string } => {
      if (!input.ipv6 || ipv6Prefix === undefined || slot === undefined) return {};
      const cidr = vpcIpv6SubnetCidr(input.ipv6.cidr, ipv6Prefix, tierIndex * slots + slot);
      return cidr ? { ipv6Cidr: cidr } : {};
    };

    const subnets: VpcSubnet[] = [];
    const reserved: VpcReservedSlot[] = [];
    const unplaced: VpcUnplacedSubnet[] = [];
    for (const [tierIndex, tier] of tiers.entries()) {
      const row = layout.slots[tierIndex] ?? [];
      for (let slot = 0; slot < slots; slot += 1) {
        const cidr = row[slot];
        const now = slot < azs.length;
        const az = now ? azs[slot]! : futureLabel(input.azs.fromCount, slot);
        if (cidr === null) {
          const item = existing.find((candidate) => candidate.tier === tier.name && candidate.slot === slot)!;
          subnets.push(
            describe(item.cidr, az, tier.name, pools, { ...ipv6For(tierIndex, slot), existing: true }),
          );
        } else if (cidr === undefined) {
          unplaced.push({ tier: tier.name, az, prefixLength: tier.prefixLength, reservedForGrowth: !now });
        } else if (now) {
          subnets.push(describe(cidr, az, tier.name, pools, ipv6For(tierIndex, slot)));
        } else {
          reserved.push({
            cidr: formatCidr(cidr),
            tier: tier.name,
            az,
            prefixLength: cidr.prefixLength,
            ...ipv6For(tierIndex, slot),
          });
        }
      }
    }
    // Existing subnets of tiers not planned, or in AZs not planned: kept, listed after the plan.
    const extraTiers: string[] = [];
    for (const item of existing) {
      if (item.slot !== undefined && tiers.some((tier) => tier.name === item.tier)) continue;
      if (!tiers.some((tier) => tier.name === item.tier) && !extraTiers.includes(item.tier))
        extraTiers.push(item.tier);
      // Only subnets in a planned tier's AZ slot get an IPv6 block: the others have no fixed position.
      subnets.push(describe(item.cidr, item.az, item.tier, pools, { existing: true }));
    }
    const summaryOf = (tier: string) =>
      cidrMerge(
        [...subnets, ...reserved].filter((item) => item.tier === tier).map((item) => knownCidr(item.cidr)),
      ).map(formatCidr);
    const tierSummaries: VpcTierSummary[] = [
      ...tiers.map((tier) => ({
        name: tier.name,
        prefixLength: tier.prefixLength,
        usableAddresses: vpcUsableAddresses(tier.prefixLength),
        hostsRequested: tier.hostsRequested,
        loadBalancer: tier.loadBalancer,
        existingOnly: false,
        summaryCidrs: summaryOf(tier.name),
      })),
      ...extraTiers.map((name) => {
        const first = existing.find((item) => item.tier === name)!;
        return {
          name,
          prefixLength: first.cidr.prefixLength,
          usableAddresses: vpcUsableAddresses(first.cidr.prefixLength),
          hostsRequested: null,
          loadBalancer: false,
          existingOnly: true,
          summaryCidrs: summaryOf(name),
        };
      }),
    ];

    // IPv6 rules and capacity.
    if (input.ipv6 && ipv6Prefix !== undefined) {
      const checks = vpcIpv6Problems(input.ipv6.cidr, ipv6Prefix);
      problems.push(...checks.problems);
      warnings.push(...checks.warnings);
      const needed = tiers.length * slots;
      const capacity = vpcIpv6Capacity(input.ipv6.cidr, ipv6Prefix);
      if (checks.problems.length === 0 && needed > capacity)
        problems.push({
          code: 'ipv6_does_not_fit',
          path: ['ipv6', 'subnetPrefix'],
          message: `The plan needs ${needed} IPv6 subnets (${tiers.length} tiers × ${slots} AZ slots) but ${formatCidr(input.ipv6.cidr)} holds only ${capacity} of /${ipv6Prefix}; use a larger IPv6 block or a longer IPv6 subnet prefix.`,
        });
    }

    // Free space: the VPC blocks minus subnets and growth slots, merged.
    const used = [...subnets.map((subnet) => subnet.cidr), ...reserved.map((slot) => slot.cidr)];
    const freeCidrs = cidrMerge(layout.free);
    const free = freeCidrs.map(formatCidr);
    const vpcAddresses = cidrMerge(pools).reduce(
      (sum, cidr) => sum + Number(blockSize(4, cidr.prefixLength)),
      0,
    );
    const sizeOf = (prefixLength: number) => 2 ** (32 - prefixLength);
    const subnetAddresses = subnets.reduce((sum, subnet) => sum + subnet.totalAddresses, 0);
    const usableAddresses = subnets.reduce((sum, subnet) => sum + subnet.usableAddresses, 0);
    const reservedAddresses = reserved.reduce((sum, slot) => sum + sizeOf(slot.prefixLength), 0);
    const freeAddresses = freeCidrs.reduce((sum, cidr) => sum + sizeOf(cidr.prefixLength), 0);
    trace.step({
      id: 'free_addresses',
      formula:
        'VPC addresses − subnet addresses − growth-slot addresses (existing subnets outside the VPC excluded)',
      inputs: { vpcAddresses, subnetAddresses, reservedAddresses, subnets: used.length },
      value: freeAddresses,
      unit: 'addresses',
    });
    trace.step({
      id: 'usable_addresses',
      formula: `Σ over subnets of (2^(32 − prefix) − ${SUBNET_RESERVED_ADDRESSES.value})`,
      inputs: {
        subnets: subnets.length,
        subnetAddresses,
        reservedPerSubnet: SUBNET_RESERVED_ADDRESSES.value,
      },
      value: usableAddresses,
      unit: 'addresses',
      source: SUBNET_RESERVED_ADDRESSES.source,
    });
    const largestFree = [...freeCidrs].sort((a, b) => a.prefixLength - b.prefixLength)[0];

    // Quotas.
    const quota = vpcSubnetQuotaCheck(
      subnets.length + unplaced.filter((item) => !item.reservedForGrowth).length,
      reserved.length + unplaced.filter((item) => item.reservedForGrowth).length,
      input.quotas?.maxSubnets ?? VPC_QUOTA_SUBNETS.value,
    );
    problems.push(...quota.problems);
    warnings.push(...quota.warnings);

    // Does not fit.
    let fit: VpcFitDiagnosis | null = null;
    if (unplaced.length > 0) {
      const requiredAddresses = layoutTiers.reduce(
        (sum, tier) => sum + sizeOf(tier.prefixLength) * (slots - tier.existingSlots.size),
        0,
      );
      const availableAddresses = cidrExclude(cidrMerge(pools), occupied).reduce(
        (sum, cidr) => sum + sizeOf(cidr.prefixLength),
        0,
      );
      fit = vpcFitDiagnosis({
        pools,
        occupied,
        tiers: layoutTiers,
        slots,
        unplaced,
        requiredAddresses,
        availableAddresses,
      });
      problems.push({ code: 'does_not_fit', path: ['tiers'], message: fit.message });
    }

    // Warnings about neighbours: peers, EKS service ranges.
    const peers = input.peers ?? [];
    warnings.push(
      ...vpcPeerHostBitsWarnings(peers),
      ...vpcPeerWarnings(
        [
          ...pools.map((cidr, index) => ({ cidr, path: ['vpcCidrs', index] })),
          ...(input.ipv6 ? [{ cidr: input.ipv6.cidr, path: ['ipv6', 'cidr'] }] : []),
        ],
        peers,
      ),
      ...vpcEksWarnings([
        ...pools.map((cidr, index) => ({ cidr, what: 'VPC CIDR', path: ['vpcCidrs', index] })),
        ...peers.map((cidr, index) => ({ cidr, what: 'Peer range', path: ['peers', index] })),
      ]),
    );

    return success<VpcPlan>(
      {
        vpc: pools.map(formatCidr),
        ipv6:
          input.ipv6 && ipv6Prefix !== undefined
            ? { cidr: formatCidr(input.ipv6.cidr), subnetPrefix: ipv6Prefix }
            : null,
        azs,
        azsFromCount: input.azs.fromCount,
        slotsPerTier: slots,
        tiers: tierSummaries,
        subnets,
        reserved,
        free,
        totals: {
          vpcAddresses,
          subnets: subnets.length,
          subnetAddresses,
          usableAddresses,
          reservedAddresses,
          freeAddresses,
          largestFreeBlock: largestFree ? formatCidr(largestFree) : null,
        },
        fit,
        problems,
      },
      trace.steps,
      warnings,
    );
  },
});

interface ExistingItem {
  readonly cidr: Cidr;
  readonly tier: string;
  readonly az: string;
  /** The AZ slot when the subnet's tier and AZ are both planned; undefined otherwise. */
  readonly slot: number | undefined;
}

function checkExisting(
  input: VpcPlanParsed,
  tiers: ReadonlyArray<{ name: string; prefixLength: number; loadBalancer: boolean }>,
  azs: readonly string[],
  problems: Problem[],
  warnings: Warning[],
): ExistingItem[] {
  const items: ExistingItem[] = [];
  for (const [index, given] of (input.existing ?? []).entries()) {
    const path = ['existing', index];
    const text = formatCidr(given.cidr);
    if (
      given.cidr.prefixLength < IPV4_SUBNET_PREFIX.largest.value ||
      given.cidr.prefixLength > IPV4_SUBNET_PREFIX.smallest.value
    )
      problems.push({
        code: 'existing_prefix_out_of_range',
        path,
        message: `Existing subnet ${text} is a /${given.cidr.prefixLength}; AWS subnets are /16 to /28.`,
      });
    if (!input.vpcCidrs.some((vpc) => cidrContains(vpc, given.cidr)))
      problems.push({
        code: 'existing_outside_vpc',
        path,
        message: `Existing subnet ${text} is not inside any of the VPC CIDRs (${input.vpcCidrs.map(formatCidr).join(', ')}); a subnet lies within one VPC CIDR block.`,
      });
    const clash = items.find((item) => cidrsOverlap(item.cidr, given.cidr));
    if (clash) {
      problems.push({
        code: 'existing_overlap',
        path,
        message: `Existing subnet ${text} overlaps existing subnet ${formatCidr(clash.cidr)}; subnets in a VPC cannot overlap.`,
      });
    }
    const tier = tiers.find((candidate) => candidate.name === given.tier);
    const azIndex = azs.indexOf(given.az);
    const duplicate = items.find((item) => item.tier === given.tier && item.az === given.az);
    if (duplicate)
      warnings.push({
        code: 'existing_same_tier_az',
        path,
        message: `Tier "${given.tier}" already has existing subnet ${formatCidr(duplicate.cidr)} in ${given.az}; ${text} is kept too, as an extra subnet.`,
      });
    if (azIndex === -1)
      warnings.push({
        code: 'existing_az_not_planned',
        path,
        message: `Existing subnet ${text} is in ${given.az}, which is not among the planned AZs (${azs.join(', ')}); it is kept as is, and exports ask for its AZ instead of guessing one.`,
      });
    if (tier && tier.prefixLength !== given.cidr.prefixLength)
      warnings.push({
        code: 'existing_size_differs',
        path,
        message: `Existing ${given.tier} subnet ${text} is a /${given.cidr.prefixLength} while the tier's new subnets are /${tier.prefixLength}.`,
      });
    if (tier?.loadBalancer) {
      const problem = vpcLoadBalancerProblem(given.tier, given.cidr.prefixLength, path, text);
      if (problem) problems.push(problem);
    }
    if (given.cidr.address !== given.cidr.network)
      warnings.push({
        code: 'host_bits_set',
        path,
        message: `${formatIPv4(given.cidr.address)}/${given.cidr.prefixLength} has host bits set; the subnet is ${text}.`,
      });
    items.push({
      cidr: given.cidr,
      tier: given.tier,
      az: given.az,
      slot: tier && azIndex !== -1 && !duplicate && !clash ? azIndex : undefined,
    });
  }
  return items;
}

function describe(
  cidr: Cidr,
  az: string,
  tier: string,
  pools: readonly Cidr[],
  extra: { ipv6Cidr?: string; existing?: true },
): VpcSubnet {
  const total = Number(blockSize(4, cidr.prefixLength));
  return {
    cidr: formatCidr(cidr),
    az,
    tier,
    prefixLength: cidr.prefixLength,
    totalAddresses: total,
    usableAddresses: vpcUsableAddresses(cidr.prefixLength),
    firstUsable: formatIPv4(cidr.network + 4n),
    lastUsable: formatIPv4(lastAddress(cidr) - 1n),
    vpcCidr: (() => {
      const pool = pools.find((candidate) => cidrContains(candidate, cidr));
      return pool ? formatCidr(pool) : null;
    })(),
    ...extra,
  };
}
