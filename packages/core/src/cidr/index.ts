export type { IpVersion } from './address.ts';
export { formatAddress, formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './address.ts';
export type { Cidr, CidrParse } from './cidr.ts';
export { blockSize, cidrContains, cidrOf, cidrsOverlap, formatCidr, lastAddress, parseCidr } from './cidr.ts';
export { cidrSchema } from './cidrSchema.ts';
export * from './setOps/index.ts';
export type { ReservedAddress, SubnetInspection } from './subnetInspect.ts';
export { SubnetInspectInput, subnetInspect } from './subnetInspect.ts';
