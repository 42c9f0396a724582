import type { z } from 'zod';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ADDRESS_BITS, formatAddress, type IpVersion } from './address.ts';
import {
  DEFAULT_VPC_RANGE,
  DOCKER_BRIDGE_RANGE,
  IPV4_FORBIDDEN_VPC_RANGES,
  IPV4_SUBNET_PREFIX,
  IPV4_VPC_PREFIX,
  IPV6_SPECIAL_RANGES,
  IPV6_SUBNET_PREFIX,
  IPV6_VPC_PREFIX,
  RESERVED_ADDRESS_ROLES,
  RFC1918_RANGES,
  SHARED_ADDRESS_SPACE,
  SUBNET_RESERVED_ADDRESSES,
} from './awsVpcRules.ts';
import {
  blockSize,
  type Cidr,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  knownCidr,
  lastAddress,
} from './cidr.ts';
import { inputObject } from '../input/inputObject.ts';
import type { Problem } from '../input/problem.ts';
import { CIDR_FIELD_META, cidrField } from './cidrSchema.ts';

export const SubnetInspectInput = inputObject({
  cidr: cidrField(CIDR_FIELD_META),
});
export type SubnetInspectInput = z.input<typeof SubnetInspectInput>;

/**
 * Whether a subnet-inspection problem makes the block invalid as a VPC CIDR or as a subnet CIDR: its
 * `params.appliesTo` is `'vpc'`, `'subnet'` or `'vpc subnet'`.
 */
export function problemAppliesTo(problem: Problem, scope: 'vpc' | 'subnet'): boolean {
  return String(problem.params?.appliesTo ?? '')
    .split(' ')
    .includes(scope);
}

export interface ReservedAddress {
  readonly address: string;
  readonly offset: string;
  readonly role: string;
}

export interface SubnetInspection {
  readonly cidr: string;
  readonly version: IpVersion;
  readonly prefixLength: number;
  readonly network: string;
  readonly lastAddress: string;
  /** IPv4 only: the dotted netmask, e.g. 255.255.240.0. */
  readonly netmask: string | null;
  /** Decimal strings: an IPv6 /0 has 2^128 addresses, far beyond a JSON number. */
  readonly totalAddresses: string;
  readonly usableAddresses: string;
  readonly firstUsable: string | null;
  readonly lastUsable: string | null;
  readonly reserved: readonly ReservedAddress[];
  readonly vpcValid: boolean;
  readonly subnetValid: boolean;
  readonly problems: readonly Problem[];
}

/**
 * Inspects one IPv4 or IPv6 CIDR as AWS sees it: the block's addresses, the five AWS reserves in
 * every subnet and what is left, and whether AWS accepts it as a VPC CIDR and as a subnet CIDR.
 *
 * @example
 * run(subnetInspect, { cidr: '10.16.16.0/20' }).value.usableAddresses //=> '4091'
 */
export const subnetInspect = defineCalculator({
  name: 'subnetInspect',
  schema: SubnetInspectInput,
  calculate: ({ cidr }) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const { version, prefixLength, network } = cidr;
    const bits = ADDRESS_BITS[version];
    const canonical = formatCidr(cidr);
    if (cidr.address !== network) {
      warnings.push({
        code: 'host_bits_set',
        path: ['cidr'],
        message: `${formatAddress(version, cidr.address)}/${prefixLength} has host bits set; AWS uses the network ${canonical}, and so does this result.`,
      });
    }

    const total = blockSize(version, prefixLength);
    trace.step({
      id: 'total_addresses',
      formula: `2^(${bits} − prefix length)`,
      inputs: { prefixLength, addressBits: bits },
      value: total.toString(),
      unit: 'addresses',
    });
    const last = lastAddress(cidr);
    trace.step({
      id: 'last_address',
      formula: 'network address + total addresses − 1',
      inputs: { network: formatAddress(version, network), totalAddresses: total.toString() },
      value: formatAddress(version, last),
      unit: 'address',
    });
    const reservedCount = BigInt(SUBNET_RESERVED_ADDRESSES.value);
    const usable = total > reservedCount ? total - reservedCount : 0n;
    trace.step({
      id: 'usable_addresses',
      formula: 'max(0, total addresses − addresses AWS reserves per subnet (first four and last))',
      inputs: { totalAddresses: total.toString(), reserved: SUBNET_RESERVED_ADDRESSES.value },
      value: usable.toString(),
      unit: 'addresses',
      source: SUBNET_RESERVED_ADDRESSES.source,
    });

    const problems = version === 4 ? ipv4Problems(cidr) : ipv6Problems(cidr);
    warnings.push(...(version === 4 ? ipv4Warnings(cidr) : ipv6Warnings(cidr, problems)));

    return success<SubnetInspection>(
      {
        cidr: canonical,
        version,
        prefixLength,
        network: formatAddress(version, network),
        lastAddress: formatAddress(version, last),
        netmask:
          version === 4
            ? formatAddress(4, ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefixLength)) - 1n))
            : null,
        totalAddresses: total.toString(),
        usableAddresses: usable.toString(),
        firstUsable: usable > 0n ? formatAddress(version, network + 4n) : null,
        lastUsable: usable > 0n ? formatAddress(version, last - 1n) : null,
        reserved: reservedAddresses(version, network, last),
        vpcValid: !problems.some((problem) => problemAppliesTo(problem, 'vpc')),
        subnetValid: !problems.some((problem) => problemAppliesTo(problem, 'subnet')),
        problems,
      },
      trace.steps,
      warnings,
    );
  },
});

function reservedAddresses(version: IpVersion, network: bigint, last: bigint): ReservedAddress[] {
  const byAddress = new Map<bigint, ReservedAddress>();
  for (const { offset, role } of RESERVED_ADDRESS_ROLES.value[version]) {
    const value = offset >= 0 ? network + BigInt(offset) : last + 1n + BigInt(offset);
    if (value < network || value > last) continue;
    const previous = byAddress.get(value);
    // In blocks smaller than AWS allows (/30 and beyond) positions coincide; keep every role.
    byAddress.set(value, {
      address: formatAddress(version, value),
      offset: previous
        ? `${previous.offset}, ${offset >= 0 ? `+${offset}` : 'last'}`
        : offset >= 0
          ? `+${offset}`
          : 'last',
      role: previous ? `${previous.role}; ${role}` : role,
    });
  }
  return [...byAddress.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, reserved]) => reserved);
}

function sizeProblems(
  prefixLength: number,
  scope: 'vpc' | 'subnet',
  range: { largest: { value: number }; smallest: { value: number }; step?: { value: number } },
  version: IpVersion,
): Problem[] {
  const { largest, smallest, step } = {
    largest: range.largest.value,
    smallest: range.smallest.value,
    step: range.step?.value ?? 1,
  };
  const what = scope === 'vpc' ? 'VPC' : 'subnet';
  const allowed =
    step === 1 ? `/${largest} to /${smallest}` : `/${largest} to /${smallest} in steps of /${step}`;
  if (prefixLength < largest) {
    return [
      {
        code: `${scope}_prefix_too_short`,
        path: ['cidr'],
        params: { appliesTo: scope },
        message: `/${prefixLength} is larger than an IPv${version} ${what} CIDR may be: AWS allows ${allowed}.`,
      },
    ];
  }
  if (prefixLength > smallest) {
    return [
      {
        code: `${scope}_prefix_too_long`,
        path: ['cidr'],
        params: { appliesTo: scope },
        message: `/${prefixLength} is smaller than an IPv${version} ${what} CIDR may be: AWS allows ${allowed}.`,
      },
    ];
  }
  if ((prefixLength - largest) % step !== 0) {
    const lower = prefixLength - ((prefixLength - largest) % step);
    return [
      {
        code: `${scope}_prefix_not_on_step`,
        path: ['cidr'],
        params: { appliesTo: scope },
        message: `/${prefixLength} is not an allowed IPv${version} ${what} size: AWS allows ${allowed} (nearest: /${lower} or /${lower + step}).`,
      },
    ];
  }
  return [];
}

function ipv4Problems(cidr: Cidr): Problem[] {
  const problems = [
    ...sizeProblems(cidr.prefixLength, 'vpc', IPV4_VPC_PREFIX, 4),
    ...sizeProblems(cidr.prefixLength, 'subnet', IPV4_SUBNET_PREFIX, 4),
  ];
  for (const forbidden of IPV4_FORBIDDEN_VPC_RANGES.value) {
    if (cidrsOverlap(cidr, knownCidr(forbidden.cidr))) {
      problems.push({
        code: 'forbidden_range',
        path: ['cidr'],
        params: { appliesTo: 'vpc subnet' },
        message: `${formatCidr(cidr)} overlaps ${forbidden.cidr} (${forbidden.name}), which AWS does not allow in a VPC; choose an RFC 1918 block such as 10.0.0.0/16.`,
      });
    }
  }
  return problems;
}

function ipv4Warnings(cidr: Cidr): Warning[] {
  const warnings: Warning[] = [];
  const text = formatCidr(cidr);
  if (cidrsOverlap(cidr, knownCidr(DOCKER_BRIDGE_RANGE.value))) {
    warnings.push({
      code: 'docker_bridge_overlap',
      message: `${text} overlaps ${DOCKER_BRIDGE_RANGE.value}, which some AWS services (AWS Cloud9, Amazon SageMaker AI) and Docker's default bridge use; AWS recommends avoiding it.`,
    });
  }
  if (cidrsOverlap(cidr, knownCidr(DEFAULT_VPC_RANGE.value))) {
    warnings.push({
      code: 'default_vpc_overlap',
      message: `${text} overlaps ${DEFAULT_VPC_RANGE.value}, the default VPC's range in every Region; peering with a default VPC would be impossible.`,
    });
  }
  const inRfc1918 = RFC1918_RANGES.value.some((range) => cidrContains(knownCidr(range), cidr));
  if (!inRfc1918) {
    const shared = cidrContains(knownCidr(SHARED_ADDRESS_SPACE.value), cidr);
    warnings.push({
      code: 'not_rfc1918',
      message: shared
        ? `${text} is in ${SHARED_ADDRESS_SPACE.value} (RFC 6598 shared address space), not RFC 1918; AWS allows it, typically as a secondary VPC CIDR for EKS pods.`
        : `${text} is not in an RFC 1918 private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16); AWS allows publicly routable blocks, but hosts that really own them become unreachable from this VPC.`,
    });
  }
  return warnings;
}

function ipv6Problems(cidr: Cidr): Problem[] {
  const problems = [
    ...sizeProblems(cidr.prefixLength, 'vpc', IPV6_VPC_PREFIX, 6),
    ...sizeProblems(cidr.prefixLength, 'subnet', IPV6_SUBNET_PREFIX, 6),
  ];
  for (const special of IPV6_SPECIAL_RANGES.value) {
    if (cidrsOverlap(cidr, knownCidr(special.cidr))) {
      problems.push({
        code: 'ipv6_special_range',
        path: ['cidr'],
        params: { appliesTo: 'vpc subnet' },
        message: `${formatCidr(cidr)} overlaps ${special.cidr} (${special.name}), which is not unicast network space and cannot be a VPC or subnet block.`,
      });
    }
  }
  return problems;
}

function ipv6Warnings(cidr: Cidr, problems: readonly Problem[]): Warning[] {
  const amazon = IPV6_VPC_PREFIX.amazonProvided.value;
  const vpcSized = !problems.some((problem) => problemAppliesTo(problem, 'vpc'));
  if (!vpcSized || cidr.prefixLength === amazon) return [];
  return [
    {
      code: 'ipv6_not_amazon_provided_size',
      message: `Amazon-provided IPv6 VPC blocks are always /${amazon}; a /${cidr.prefixLength} VPC block must come from IPAM or BYOIPv6.`,
    },
  ];
}
