import { calculatorEntry, type SubnetInspection } from '@awscalc/core';
import { defineCommand } from '../declare.ts';
import { pairs, rows } from '../output.ts';

/** `awscalc subnet <cidr>`: the reference declared command (flags, help and exit codes come from the registry). */
export const subnetCommand = defineCommand<SubnetInspection>({
  name: 'subnet',
  entry: calculatorEntry('subnet'),
  usage: '<cidr>',
  positionals: { min: 1, max: 1, describe: 'one CIDR, e.g. awscalc subnet 10.0.0.0/24' },
  about: `Shows the network and last address, the total addresses, the five addresses AWS reserves in every
subnet (network, VPC router, DNS, future use, last/broadcast) and what is left, and whether AWS
accepts the block as a VPC CIDR and as a subnet CIDR (each reason it does not is a problem: exit 1).
The CIDR is the positional argument or --cidr.`,
  examples: ['awscalc subnet 10.16.16.0/20', 'awscalc subnet 2600:1f18:1234:5600::/56 --json'],
  input: ({ positionals, fromFields }) =>
    positionals[0] !== undefined ? { ...fromFields, cidr: positionals[0] } : fromFields,
  render: (value) => [
    pairs([
      ['CIDR', value.cidr],
      ['Network', value.network],
      ['Last address', value.lastAddress],
      ...(value.netmask ? ([['Netmask', value.netmask]] as const) : []),
      ['Total addresses', grouped(value.totalAddresses)],
      ['Usable addresses', grouped(value.usableAddresses)],
      ['First usable', value.firstUsable ?? '—'],
      ['Last usable', value.lastUsable ?? '—'],
      ['Valid VPC CIDR', value.vpcValid ? 'yes' : 'no (see the problems below)'],
      ['Valid subnet CIDR', value.subnetValid ? 'yes' : 'no (see the problems below)'],
    ]),
    rows(
      ['Reserved by AWS', 'Offset', 'Role'],
      value.reserved.map((reserved) => [reserved.address, reserved.offset, reserved.role]),
    ),
  ],
});

/** A decimal-string count with thousands separators while it is a safe number (IPv6 counts are not). */
function grouped(count: string): string {
  return Number(count) < 1e15 ? Number(count).toLocaleString('en-US') : count;
}
