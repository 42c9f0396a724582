import { blockSize, type Cidr, cidrContains, parseCidr } from '../cidr/cidr.ts';
import type { VpcPlan } from './vpcPlan.ts';

/** One block drawn on the address map: where it sits in its VPC CIDR, as fractions 0–1. */
export interface VpcMapSegment {
  readonly kind: 'subnet' | 'reserved' | 'free';
  readonly cidr: string;
  readonly tier: string | null;
  /** Position of the tier in `plan.tiers` (for a colour), or -1 for free space. */
  readonly tierIndex: number;
  readonly az: string | null;
  readonly existing: boolean;
  readonly start: number;
  readonly width: number;
}

export interface VpcMapRow {
  readonly vpcCidr: string;
  readonly segments: readonly VpcMapSegment[];
}

/**
 * The plan as an address map: for each VPC CIDR, its subnets, growth slots and free blocks in
 * address order with their start and width as fractions of the block, so a face can draw it
 * without doing address arithmetic.
 */
export function vpcAddressMap(plan: VpcPlan): VpcMapRow[] {
  const parse = (text: string): Cidr | undefined => {
    const parsed = parseCidr(text);
    return parsed.ok ? parsed.value : undefined;
  };
  const tierIndex = (tier: string) => plan.tiers.findIndex((candidate) => candidate.name === tier);
  const items = [
    ...plan.subnets.map((s) => ({
      kind: 'subnet' as const,
      cidr: s.cidr,
      tier: s.tier,
      az: s.az,
      existing: s.existing === true,
    })),
    ...plan.reserved.map((r) => ({
      kind: 'reserved' as const,
      cidr: r.cidr,
      tier: r.tier,
      az: r.az,
      existing: false,
    })),
    ...plan.free.map((cidr) => ({ kind: 'free' as const, cidr, tier: null, az: null, existing: false })),
  ];
  return plan.vpc.map((vpcText) => {
    const vpc = parse(vpcText);
    if (!vpc) return { vpcCidr: vpcText, segments: [] };
    const total = Number(blockSize(4, vpc.prefixLength));
    const segments = items
      .map((item) => ({ item, cidr: parse(item.cidr) }))
      .filter((entry): entry is { item: (typeof items)[number]; cidr: Cidr } =>
        entry.cidr !== undefined ? cidrContains(vpc, entry.cidr) : false,
      )
      .sort((a, b) => (a.cidr.network < b.cidr.network ? -1 : 1))
      .map(({ item, cidr }) => ({
        ...item,
        tierIndex: item.tier === null ? -1 : tierIndex(item.tier),
        start: Number(cidr.network - vpc.network) / total,
        width: Number(blockSize(4, cidr.prefixLength)) / total,
      }));
    return { vpcCidr: vpcText, segments };
  });
}
