import { fact } from '../rules/fact.ts';
import { CHECKED_ON } from '../rules/dates.ts';

// AWS's documented rules for VPC and subnet CIDR blocks, as data. Checked 2026-11-22 against the
// pages named in each `source` (see shared/reference/aws-cidr-research.md §6).

const VPC_CIDR_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html';
const SUBNET_SIZING_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html';

export const IPV4_VPC_PREFIX = {
  largest: fact({
    value: 16,
    unit: 'prefix length',
    source: VPC_CIDR_PAGE,
    asOf: CHECKED_ON,
    note: '/16 = 65,536 addresses',
  }),
  smallest: fact({
    value: 28,
    unit: 'prefix length',
    source: VPC_CIDR_PAGE,
    asOf: CHECKED_ON,
    note: '/28 = 16 addresses',
  }),
};

export const IPV4_SUBNET_PREFIX = {
  largest: fact({ value: 16, unit: 'prefix length', source: SUBNET_SIZING_PAGE, asOf: CHECKED_ON }),
  smallest: fact({ value: 28, unit: 'prefix length', source: SUBNET_SIZING_PAGE, asOf: CHECKED_ON }),
};

export const IPV6_VPC_PREFIX = {
  largest: fact({
    value: 44,
    unit: 'prefix length',
    source: VPC_CIDR_PAGE,
    asOf: CHECKED_ON,
    note: 'IPAM-allocated or BYOIPv6 blocks: /44 to /60 in increments of /4',
  }),
  smallest: fact({ value: 60, unit: 'prefix length', source: VPC_CIDR_PAGE, asOf: CHECKED_ON }),
  step: fact({ value: 4, unit: 'prefix length', source: VPC_CIDR_PAGE, asOf: CHECKED_ON }),
  amazonProvided: fact({
    value: 56,
    unit: 'prefix length',
    source: VPC_CIDR_PAGE,
    asOf: CHECKED_ON,
    note: 'Amazon-provided IPv6 CIDR blocks are a fixed /56',
  }),
};

export const IPV6_SUBNET_PREFIX = {
  largest: fact({
    value: 44,
    unit: 'prefix length',
    source: SUBNET_SIZING_PAGE,
    asOf: CHECKED_ON,
    note: '"between /44 and /64 in increments of /4"',
  }),
  smallest: fact({ value: 64, unit: 'prefix length', source: SUBNET_SIZING_PAGE, asOf: CHECKED_ON }),
  step: fact({ value: 4, unit: 'prefix length', source: SUBNET_SIZING_PAGE, asOf: CHECKED_ON }),
};

/** AWS reserves the first four addresses and the last one of every subnet, IPv4 and IPv6 alike. */
export const SUBNET_RESERVED_ADDRESSES = fact({
  value: 5,
  unit: 'addresses per subnet',
  source: SUBNET_SIZING_PAGE,
  asOf: CHECKED_ON,
  note: 'first four and last; BYOIP IPv4 ranges are the exception (all addresses usable)',
});

/** Roles of the reserved addresses, by offset from the start (non-negative) or the end (-1 = last). */
export const RESERVED_ADDRESS_ROLES = fact({
  value: {
    4: [
      { offset: 0, role: 'network address' },
      { offset: 1, role: 'VPC router' },
      { offset: 2, role: 'DNS server (reserved; the resolver is at the VPC primary CIDR base + 2)' },
      { offset: 3, role: 'reserved by AWS for future use' },
      { offset: -1, role: 'broadcast address (reserved; VPCs do not support broadcast)' },
    ],
    6: [
      { offset: 0, role: 'network address' },
      { offset: 1, role: 'VPC router' },
      { offset: 2, role: 'reserved by AWS' },
      { offset: 3, role: 'reserved by AWS for future use' },
      { offset: -1, role: 'last address (reserved by AWS)' },
    ],
  } as const,
  unit: 'address roles',
  source: SUBNET_SIZING_PAGE,
  asOf: CHECKED_ON,
});

/** IPv4 ranges a VPC CIDR cannot use ("Considerations" on the VPC CIDR page). */
export const IPV4_FORBIDDEN_VPC_RANGES = fact({
  value: [
    { cidr: '0.0.0.0/8', name: 'the "this network" range' },
    { cidr: '127.0.0.0/8', name: 'loopback' },
    { cidr: '169.254.0.0/16', name: 'link-local' },
    { cidr: '224.0.0.0/4', name: 'multicast' },
  ] as const,
  unit: 'CIDR blocks',
  source: VPC_CIDR_PAGE,
  asOf: CHECKED_ON,
});

export const RFC1918_RANGES = fact({
  value: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const,
  unit: 'CIDR blocks',
  source: 'https://www.rfc-editor.org/rfc/rfc1918',
  asOf: '1996-02-01',
});

/** Used by some AWS services (Cloud9, SageMaker AI) and Docker's default bridge; AWS says to avoid it. */
export const DOCKER_BRIDGE_RANGE = fact({
  value: '172.17.0.0/16',
  unit: 'CIDR block',
  source: VPC_CIDR_PAGE,
  asOf: CHECKED_ON,
});

/** The default VPC's CIDR in every Region. */
export const DEFAULT_VPC_RANGE = fact({
  value: '172.31.0.0/16',
  unit: 'CIDR block',
  source: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html',
  asOf: CHECKED_ON,
});

/** RFC 6598 shared address space: allowed as a VPC CIDR, commonly a secondary block for EKS pods. */
export const SHARED_ADDRESS_SPACE = fact({
  value: '100.64.0.0/10',
  unit: 'CIDR block',
  source: VPC_CIDR_PAGE,
  asOf: CHECKED_ON,
});

/** IPv6 ranges that cannot be a VPC or subnet block (they are not unicast network space). */
export const IPV6_SPECIAL_RANGES = fact({
  value: [
    { cidr: '::/128', name: 'the unspecified address' },
    { cidr: '::1/128', name: 'loopback' },
    { cidr: '::ffff:0:0/96', name: 'IPv4-mapped addresses' },
    { cidr: '64:ff9b::/96', name: 'the NAT64 well-known prefix' },
    { cidr: 'fe80::/10', name: 'link-local' },
    { cidr: 'ff00::/8', name: 'multicast' },
  ] as const,
  unit: 'CIDR blocks',
  source: 'https://www.iana.org/assignments/iana-ipv6-special-registry/iana-ipv6-special-registry.xhtml',
  asOf: CHECKED_ON,
});
