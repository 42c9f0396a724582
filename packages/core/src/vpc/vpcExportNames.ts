import { type Cidr, parseCidr } from '../cidr/cidr.ts';
import type { VpcPlan } from './vpcPlan.ts';

/** Options shared by the exporters. */
export interface VpcExportOptions {
  /** The VPC's name (Name tag and resource-name prefix). Default `main`. */
  readonly name?: string;
}

/**
 * How an AZ label is written in IaC: a real AZ name, an AZ ID, a position in the Region's AZ list,
 * or `unplanned`: a label that is none of those and not among the planned AZs (an existing subnet's),
 * whose AZ the export asks for (a Terraform variable, a CloudFormation parameter) rather than guess.
 */
export type VpcAzReference =
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'id'; readonly value: string }
  | { readonly kind: 'index'; readonly value: number }
  | { readonly kind: 'unplanned'; readonly value: string };

const AZ_ID = /^[a-z]{2,}\d+(-[a-z]+\d+)?-az\d+$/;
const AZ_NAME = /^[a-z]{2}(-[a-z]+)+-\d+[a-z]$|^[a-z]{2}(-[a-z]+)+-\d+(-[a-z]+-\d+[a-z])$/;

/**
 * A planned placeholder (az1 from an AZ count, or any other planned label) becomes the Region's n-th
 * available AZ, so the export is valid; a real AZ name (us-east-1a) or AZ ID (use1-az1) is used as
 * written; any other label is `unplanned`.
 */
export function vpcAzReference(plan: VpcPlan, az: string): VpcAzReference {
  const index = plan.azs.indexOf(az);
  if (plan.azsFromCount && index !== -1) return { kind: 'index', value: index };
  if (AZ_ID.test(az)) return { kind: 'id', value: az };
  if (AZ_NAME.test(az)) return { kind: 'name', value: az };
  return index === -1 ? { kind: 'unplanned', value: az } : { kind: 'index', value: index };
}

/** The distinct unplanned AZ labels of a plan's subnets, in order of first use. */
export function vpcUnplannedAzs(plan: VpcPlan): string[] {
  const labels = plan.subnets
    .map((subnet) => vpcAzReference(plan, subnet.az))
    .flatMap((ref) => (ref.kind === 'unplanned' ? [ref.value] : []));
  return [...new Set(labels)];
}

/**
 * Valid, distinct names for a target, one per text: `clean` maps text to the allowed alphabet and
 * `suffixed(base, n)` writes the n-th name for a base that is already taken (it must stay in the
 * alphabet). The first text with a base keeps it; later ones get the first suffixed name that is
 * neither another text's base nor already given, so a suffix never takes a real name.
 */
export function uniqueNames(
  texts: readonly string[],
  clean: (text: string) => string,
  suffixed: (base: string, n: number) => string,
): string[] {
  const bases = texts.map(clean);
  const reserved = new Set(bases);
  const given = new Set<string>();
  return bases.map((base) => {
    if (!given.has(base)) {
      given.add(base);
      return base;
    }
    for (let n = 2; ; n += 1) {
      const candidate = suffixed(base, n);
      if (!reserved.has(candidate) && !given.has(candidate)) {
        given.add(candidate);
        return candidate;
      }
    }
  });
}

/** Terraform: `_2` after a base ending in a digit (`app_az1_2`), else `2` (`app_az2`…). */
export const terraformSuffix = (base: string, n: number) => `${base}${/[0-9]$/.test(base) ? '_' : ''}${n}`;

/** CloudFormation logical IDs are alphanumeric: `N2` after a base ending in a digit (`SubnetAppAz1N2`). */
export const cloudFormationSuffix = (base: string, n: number) =>
  `${base}${/[0-9]$/.test(base) ? 'N' : ''}${n}`;

/** Terraform identifiers: letters, digits, underscores; starting with a letter. */
export const terraformIdentifier = (text: string) => {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(cleaned) ? cleaned : `s_${cleaned}`;
};

/** CloudFormation logical IDs: alphanumeric only, PascalCase. */
export const cloudFormationId = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('') || 'Resource';

/** The position of an IPv6 subnet inside the VPC's IPv6 block (for cidrsubnet / Fn::Cidr), or undefined. */
export function vpcIpv6Index(plan: VpcPlan, ipv6Cidr: string | undefined): number | undefined {
  if (!plan.ipv6 || ipv6Cidr === undefined) return undefined;
  const block = parseCidr(plan.ipv6.cidr);
  const subnet = parseCidr(ipv6Cidr);
  if (!block.ok || !subnet.ok) return undefined;
  return Number((subnet.value.network - block.value.network) >> BigInt(128 - subnet.value.prefixLength));
}

/** Index of the VPC CIDR block a subnet lies in (0 = primary), or 0 when unknown. */
export function vpcBlockIndex(plan: VpcPlan, vpcCidr: string | null): number {
  const index = vpcCidr === null ? -1 : plan.vpc.indexOf(vpcCidr);
  return index === -1 ? 0 : index;
}

export function parsedOrThrow(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`vpc export: "${text}" is not a CIDR (${parsed.message})`);
  return parsed.value;
}
