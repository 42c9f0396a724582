import { formatIPv4 } from '../cidr/address.ts';
import { cidrContains, networkMask } from '../cidr/cidr.ts';
import { parsedOrThrow } from './vpcExportNames.ts';
import type { VpcPlan } from './vpcPlan.ts';
import { vpcUsableAddresses } from './vpcTierPrefix.ts';

/** The CSV columns, in order. */
export const VPC_CSV_COLUMNS = [
  'kind',
  'tier',
  'az',
  'cidr',
  'prefix_length',
  'netmask',
  'total_addresses',
  'usable_addresses',
  'first_usable',
  'last_usable',
  'ipv6_cidr',
  'vpc_cidr',
  'existing',
] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break (quotes doubled). Text a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The plan as CSV with every computed column: one row per subnet, growth slot and free block
 * (`kind` = subnet | reserved | free), header first, CRLF line ends (RFC 4180).
 */
export function vpcExportCsv(plan: VpcPlan): string {
  const rows: Array<ReadonlyArray<string | number | boolean>> = [VPC_CSV_COLUMNS];
  const describe = (cidr: string) => {
    const parsed = parsedOrThrow(cidr);
    const total = 2 ** (32 - parsed.prefixLength);
    return {
      prefix: parsed.prefixLength,
      netmask: formatIPv4(networkMask(4, parsed.prefixLength)),
      total,
      first: formatIPv4(parsed.network + 4n),
      last: formatIPv4(parsed.network + BigInt(total) - 2n),
    };
  };
  for (const subnet of plan.subnets) {
    const d = describe(subnet.cidr);
    rows.push([
      'subnet',
      subnet.tier,
      subnet.az,
      subnet.cidr,
      d.prefix,
      d.netmask,
      subnet.totalAddresses,
      subnet.usableAddresses,
      subnet.firstUsable,
      subnet.lastUsable,
      subnet.ipv6Cidr ?? '',
      subnet.vpcCidr ?? '',
      subnet.existing === true,
    ]);
  }
  for (const slot of plan.reserved) {
    const d = describe(slot.cidr);
    rows.push([
      'reserved',
      slot.tier,
      slot.az,
      slot.cidr,
      d.prefix,
      d.netmask,
      d.total,
      vpcUsableAddresses(d.prefix),
      d.first,
      d.last,
      slot.ipv6Cidr ?? '',
      plan.vpc.find((vpc) => contains(vpc, slot.cidr)) ?? '',
      false,
    ]);
  }
  for (const cidr of plan.free) {
    const d = describe(cidr);
    rows.push([
      'free',
      '',
      '',
      cidr,
      d.prefix,
      d.netmask,
      d.total,
      '',
      '',
      '',
      '',
      plan.vpc.find((vpc) => contains(vpc, cidr)) ?? '',
      false,
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function contains(outer: string, inner: string): boolean {
  return cidrContains(parsedOrThrow(outer), parsedOrThrow(inner));
}
