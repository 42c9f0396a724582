import { IPV4_SUBNET_PREFIX, SUBNET_RESERVED_ADDRESSES } from '../cidr/awsVpcRules.ts';
import type { Trace } from '../trace.ts';
import { VPC_LOAD_BALANCER_SUBNET } from './vpcFacts.ts';
import type { VpcTierSize } from './vpcPlanInput.ts';

/** Usable addresses in an IPv4 subnet of this prefix: 2^(32 − prefix) − 5 (AWS reserves five). */
export function vpcUsableAddresses(prefixLength: number): number {
  return Math.max(0, 2 ** (32 - prefixLength) - SUBNET_RESERVED_ADDRESSES.value);
}

/**
 * The smallest IPv4 subnet prefix whose usable addresses (size − 5) hold `hosts`, never smaller than
 * AWS's /28. Returns undefined when even a /16 is too small.
 *
 * @example
 * vpcPrefixForHosts(4000) //=> 20 (a /20 has 4,096 − 5 = 4,091 usable)
 */
export function vpcPrefixForHosts(hosts: number): number | undefined {
  for (
    let prefix = IPV4_SUBNET_PREFIX.smallest.value;
    prefix >= IPV4_SUBNET_PREFIX.largest.value;
    prefix -= 1
  ) {
    if (vpcUsableAddresses(prefix) >= hosts) return prefix;
  }
  return undefined;
}

/**
 * The prefix length of each subnet of a tier, recorded in the trace. A load-balancer tier sized by
 * hosts also keeps ELB's 8 free addresses and is never smaller than /27.
 */
export function vpcTierPrefix(
  tier: { readonly name: string; readonly size: VpcTierSize; readonly loadBalancer?: boolean | undefined },
  trace: Trace,
): number | undefined {
  if (tier.size.kind === 'prefix') return tier.size.prefixLength;
  const lb = tier.loadBalancer === true;
  const needed = tier.size.hosts + (lb ? VPC_LOAD_BALANCER_SUBNET.freeAddresses.value : 0);
  const fit = vpcPrefixForHosts(needed);
  if (fit === undefined) return undefined;
  const prefix = lb ? Math.min(fit, VPC_LOAD_BALANCER_SUBNET.largestPrefix.value) : fit;
  return trace.step({
    id: `tier_prefix_${tier.name}`,
    formula: lb
      ? `smallest prefix p ≤ /${VPC_LOAD_BALANCER_SUBNET.largestPrefix.value} with 2^(32 − p) − ${SUBNET_RESERVED_ADDRESSES.value} ≥ hosts + ${VPC_LOAD_BALANCER_SUBNET.freeAddresses.value} free for the load balancer`
      : `smallest prefix p (/${IPV4_SUBNET_PREFIX.largest.value}–/${IPV4_SUBNET_PREFIX.smallest.value}) with 2^(32 − p) − ${SUBNET_RESERVED_ADDRESSES.value} ≥ hosts`,
    inputs: { tier: tier.name, hosts: tier.size.hosts, reservedPerSubnet: SUBNET_RESERVED_ADDRESSES.value },
    value: prefix,
    unit: `prefix length (${vpcUsableAddresses(prefix)} usable)`,
    source: lb ? VPC_LOAD_BALANCER_SUBNET.largestPrefix.source : SUBNET_RESERVED_ADDRESSES.source,
  });
}
