import { run, type SubnetInspection, subnetInspect } from '@awscalc/core';
import {
  type Command,
  EXIT,
  formatTrace,
  parseFlags,
  printResult,
  UsageError,
  withUsage,
} from '../command.ts';
import { keyValues, table } from '../table.ts';

const help = `awscalc subnet — inspect an IPv4 or IPv6 CIDR as AWS sees it

Usage:
  awscalc subnet <cidr> [--json] [--trace]

Shows the network and last address, the total addresses, the five addresses AWS reserves in every
subnet (network, VPC router, DNS, future use, last/broadcast) and what is left, and whether AWS
accepts the block as a VPC CIDR and as a subnet CIDR (with each reason it does not).

Flags:
  --json     print one JSON object (keys: cidr, version, prefixLength, network, lastAddress,
             netmask, totalAddresses, usableAddresses, firstUsable, lastUsable, reserved,
             vpcValid, subnetValid, problems, warnings, trace)
  --trace    also print the arithmetic, step by step, with AWS sources
  -h, --help show this help

Exit codes: 0 the CIDR was inspected (even if AWS would not accept it: see vpcValid/subnetValid),
1 the CIDR could not be parsed, 2 usage error.

Examples:
  awscalc subnet 10.16.16.0/20
  awscalc subnet 2600:1f18:1234:5600::/56 --json
`;

export const subnetCommand: Command = {
  name: 'subnet',
  summary: 'inspect a CIDR: addresses, AWS-reserved addresses, usable count, VPC/subnet validity',
  help,
  run: (argv, io) =>
    withUsage(subnetCommand, io, () => {
      const { values, positionals } = parseFlags(argv, { trace: { type: 'boolean' } });
      if (values.help) {
        io.out(help);
        return EXIT.ok;
      }
      if (positionals.length !== 1) {
        throw new UsageError(
          positionals.length === 0
            ? 'give one CIDR, e.g. awscalc subnet 10.0.0.0/24'
            : `give one CIDR, not ${positionals.length}`,
        );
      }
      const result = run(subnetInspect, { cidr: positionals[0] });
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) =>
          renderInspection(value) + (values.trace ? `\nArithmetic:\n${formatTrace(trace)}\n` : ''),
      });
    }),
};

function renderInspection(value: SubnetInspection): string {
  const validity = (valid: boolean, scope: 'vpc' | 'subnet') =>
    valid
      ? 'yes'
      : `no — ${value.problems
          .filter((problem) => problem.appliesTo.includes(scope))
          .map((problem) => problem.message)
          .join(' ')}`;
  const summary = keyValues([
    ['CIDR', value.cidr],
    ['Network', value.network],
    ['Last address', value.lastAddress],
    ...(value.netmask ? ([['Netmask', value.netmask]] as const) : []),
    [
      'Total addresses',
      Number(value.totalAddresses) < 1e15
        ? Number(value.totalAddresses).toLocaleString('en-US')
        : value.totalAddresses,
    ],
    [
      'Usable addresses',
      Number(value.usableAddresses) < 1e15
        ? Number(value.usableAddresses).toLocaleString('en-US')
        : value.usableAddresses,
    ],
    ['First usable', value.firstUsable ?? '—'],
    ['Last usable', value.lastUsable ?? '—'],
    ['Valid VPC CIDR', validity(value.vpcValid, 'vpc')],
    ['Valid subnet CIDR', validity(value.subnetValid, 'subnet')],
  ]);
  const reserved = table([
    ['Reserved by AWS', 'Offset', 'Role'],
    ...value.reserved.map((r) => [r.address, r.offset, r.role]),
  ]);
  return `${summary}\n${reserved}`;
}
