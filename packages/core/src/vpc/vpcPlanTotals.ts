import { SUBNET_RESERVED_ADDRESSES } from '../cidr/awsVpcRules.ts';
import { blockSize, type Cidr, formatCidr } from '../cidr/cidr.ts';
import { cidrMerge } from '../cidr/setOps/index.ts';
import type { VpcPlanContext } from './vpcPlanPhase.ts';
import type { VpcPlacement } from './vpcPlanPlace.ts';
import type { VpcPlan } from './vpcPlanResult.ts';

const sizeOf = (prefixLength: number) => 2 ** (32 - prefixLength);

/**
 * Phase 7 of a plan: the free space (the VPC blocks minus subnets and growth slots, merged) and the
 * address totals, each recorded in the trace.
 */
export function vpcPlanTotals(
  context: VpcPlanContext,
  placement: VpcPlacement,
): { free: readonly Cidr[]; totals: VpcPlan['totals'] } {
  const { pools, trace } = context;
  const { subnets, reserved } = placement;
  const free = cidrMerge(placement.layout.free);
  const vpcAddresses = cidrMerge(pools).reduce(
    (sum, cidr) => sum + Number(blockSize(4, cidr.prefixLength)),
    0,
  );
  const subnetAddresses = subnets.reduce((sum, subnet) => sum + subnet.totalAddresses, 0);
  const usableAddresses = subnets.reduce((sum, subnet) => sum + subnet.usableAddresses, 0);
  const reservedAddresses = reserved.reduce((sum, slot) => sum + sizeOf(slot.prefixLength), 0);
  const freeAddresses = free.reduce((sum, cidr) => sum + sizeOf(cidr.prefixLength), 0);
  trace.step({
    id: 'free_addresses',
    formula:
      'VPC addresses − subnet addresses − growth-slot addresses (existing subnets outside the VPC excluded)',
    inputs: { vpcAddresses, subnetAddresses, reservedAddresses, subnets: subnets.length + reserved.length },
    value: freeAddresses,
    unit: 'addresses',
  });
  trace.step({
    id: 'usable_addresses',
    formula: `Σ over subnets of (2^(32 − prefix) − ${SUBNET_RESERVED_ADDRESSES.value})`,
    inputs: { subnets: subnets.length, subnetAddresses, reservedPerSubnet: SUBNET_RESERVED_ADDRESSES.value },
    value: usableAddresses,
    unit: 'addresses',
    source: SUBNET_RESERVED_ADDRESSES.source,
  });
  const largestFree = [...free].sort((a, b) => a.prefixLength - b.prefixLength)[0];
  return {
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
  };
}
