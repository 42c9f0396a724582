import { fact } from '../rules/fact.ts';
import { CHECKED_ON } from '../rules/dates.ts';

// AWS facts the VPC planner applies, each with the page that states it. Checked 2026-11-22; see
// shared/reference/aws-cidr-research.md §6 for the reading of each page.

const VPC_CIDR_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html';
const QUOTAS_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';

/** Default quota: IPv4 CIDR blocks per VPC (the primary counts). Adjustable up to 50. */
export const VPC_QUOTA_IPV4_CIDRS = fact({
  value: 5,
  unit: 'IPv4 CIDR blocks per VPC',
  source: QUOTAS_PAGE,
  asOf: CHECKED_ON,
  note: 'Default; adjustable up to 50 through Service Quotas. Override with quotas.maxCidrs.',
});

/** Default quota: subnets per VPC. Adjustable. */
export const VPC_QUOTA_SUBNETS = fact({
  value: 200,
  unit: 'subnets per VPC',
  source: QUOTAS_PAGE,
  asOf: CHECKED_ON,
  note: 'Default; adjustable through Service Quotas. Override with quotas.maxSubnets.',
});

/**
 * Elastic Load Balancing: each load balancer subnet needs "a CIDR block with at least a /27 bitmask
 * (for example, 10.0.0.0/27) and at least 8 free IP addresses".
 */
export const VPC_LOAD_BALANCER_SUBNET = {
  largestPrefix: fact({
    value: 27,
    unit: 'prefix length (at most)',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer',
    asOf: CHECKED_ON,
    note: '"at least a /27 bitmask (for example, 10.0.0.0/27)"',
  }),
  freeAddresses: fact({
    value: 8,
    unit: 'free addresses',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer',
    asOf: CHECKED_ON,
    note: '"and at least 8 free IP addresses"; the load balancer uses them to scale',
  }),
};

/** Application Load Balancers: "You must specify subnets from at least two Availability Zones." */
export const VPC_ALB_MIN_AZS = fact({
  value: 2,
  unit: 'Availability Zones',
  source:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer',
  asOf: CHECKED_ON,
  note: 'Application Load Balancers need subnets in at least two AZs; Network Load Balancers accept one.',
});

/**
 * Amazon EKS: "If you don't specify a block, Kubernetes assigns addresses from either the
 * 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks" for cluster services.
 */
export const VPC_EKS_DEFAULT_SERVICE_RANGES = fact({
  value: ['10.100.0.0/16', '172.20.0.0/16'] as const,
  unit: 'CIDR blocks',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html',
  asOf: CHECKED_ON,
});

/** A class of IPv4 range in AWS's association-restriction table. */
export type VpcRangeClass = '10/8' | '172.16/12' | '192.168/16' | '198.19/16' | 'public';

/** One restriction: a block in `range` cannot be associated while the VPC has a block of class `existing`. */
export interface VpcAssociationRestriction {
  readonly existing: VpcRangeClass;
  readonly restricted: string;
  readonly reason: string;
}

/**
 * AWS's "IPv4 CIDR block association restrictions" table: which secondary IPv4 blocks cannot be
 * added given the blocks already associated (in the order they were added, primary first).
 * 100.64.0.0/10 counts as "public" (non-RFC 1918) here, and may be added to every class.
 */
export const VPC_ASSOCIATION_RESTRICTIONS = fact({
  value: [
    { existing: '10/8', restricted: '172.16.0.0/12', reason: 'another RFC 1918 range' },
    { existing: '10/8', restricted: '192.168.0.0/16', reason: 'another RFC 1918 range' },
    { existing: '10/8', restricted: '198.19.0.0/16', reason: 'a block from 198.19.0.0/16' },
    { existing: '172.16/12', restricted: '10.0.0.0/8', reason: 'another RFC 1918 range' },
    { existing: '172.16/12', restricted: '192.168.0.0/16', reason: 'another RFC 1918 range' },
    { existing: '172.16/12', restricted: '172.31.0.0/16', reason: 'a block from 172.31.0.0/16' },
    { existing: '172.16/12', restricted: '198.19.0.0/16', reason: 'a block from 198.19.0.0/16' },
    { existing: '192.168/16', restricted: '10.0.0.0/8', reason: 'another RFC 1918 range' },
    { existing: '192.168/16', restricted: '172.16.0.0/12', reason: 'another RFC 1918 range' },
    { existing: '192.168/16', restricted: '198.19.0.0/16', reason: 'a block from 198.19.0.0/16' },
    { existing: '198.19/16', restricted: '10.0.0.0/8', reason: 'an RFC 1918 range' },
    { existing: '198.19/16', restricted: '172.16.0.0/12', reason: 'an RFC 1918 range' },
    { existing: '198.19/16', restricted: '192.168.0.0/16', reason: 'an RFC 1918 range' },
    { existing: 'public', restricted: '10.0.0.0/8', reason: 'an RFC 1918 range' },
    { existing: 'public', restricted: '172.16.0.0/12', reason: 'an RFC 1918 range' },
    { existing: 'public', restricted: '192.168.0.0/16', reason: 'an RFC 1918 range' },
    { existing: 'public', restricted: '198.19.0.0/16', reason: 'a block from 198.19.0.0/16' },
  ] as const satisfies readonly VpcAssociationRestriction[],
  unit: 'association restrictions',
  source: `${VPC_CIDR_PAGE}#add-cidr-block-restrictions`,
  asOf: CHECKED_ON,
  note: 'An RFC 1918 block can be combined with a non-RFC 1918 one only if the RFC 1918 block is added first (e.g. as the primary).',
});

/**
 * The special 10.0.0.0/8 row: "If any of the CIDR blocks associated with the VPC are from the
 * 10.0.0.0/15 range, you cannot add a CIDR block from the 10.0.0.0/16 range."
 */
export const VPC_ASSOCIATION_10_0_15_RULE = fact({
  value: { whenAnyIn: '10.0.0.0/15', restricted: '10.0.0.0/16' } as const,
  unit: 'association restriction',
  source: `${VPC_CIDR_PAGE}#add-cidr-block-restrictions`,
  asOf: CHECKED_ON,
});
