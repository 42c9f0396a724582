import { blockSize, type Cidr, cidrOf, formatCidr } from '../cidr/cidr.ts';

/**
 * The IPv6 block of subnet number `index` inside the VPC's IPv6 block: the `index`-th aligned
 * /`subnetPrefix` (index = tier position × slots per tier + AZ slot, so a subnet's IPv6 block never
 * changes when AZs are added within the reserved room). Undefined when the block has fewer.
 *
 * @example
 * vpcIpv6SubnetCidr(parseCidr('2600:1f18:1234:5600::/56').value, 64, 3) //=> '2600:1f18:1234:5603::/64'
 */
export function vpcIpv6SubnetCidr(block: Cidr, subnetPrefix: number, index: number): string | undefined {
  if (subnetPrefix < block.prefixLength || subnetPrefix > 128) return undefined;
  const count = 1n << BigInt(subnetPrefix - block.prefixLength);
  if (BigInt(index) >= count) return undefined;
  return formatCidr(cidrOf(6, block.network + BigInt(index) * blockSize(6, subnetPrefix), subnetPrefix));
}

/** How many /`subnetPrefix` subnets the IPv6 block holds (capped to stay a safe JSON number). */
export function vpcIpv6Capacity(block: Cidr, subnetPrefix: number): number {
  if (subnetPrefix < block.prefixLength) return 0;
  return 2 ** Math.min(subnetPrefix - block.prefixLength, 52);
}
