import type { Problem } from '../input/problem.ts';
import type { VpcFitDiagnosis } from './vpcFit.ts';

/** The result of a VPC plan: its JSON keys are a public contract (CLI --json, exports, the web page). */

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
