import { type CidrSetExcludeResult, calculatorEntry } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { addressSummary, LIST_INPUT, listBlocks, listEntryLabel, listFrom, plural } from './listInput.ts';

/** `awscalc cidr exclude --from CIDR [CIDR...]`: what remains after removing blocks (free space). */
export const excludeCommand = defineCommand<CidrSetExcludeResult>({
  name: 'exclude',
  entry: calculatorEntry('cidr.exclude'),
  usage: '--from CIDR [--from CIDR...] [CIDR...]',
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, describe: 'CIDRs to remove' },
  about: `The blocks to remove are the arguments (or --remove, or standard input); the blocks to remove them
from are given with --from (repeat it for several). Removed blocks may lie partly or wholly outside
--from. The result is the minimal list of blocks, aligned as CIDR requires (free space between
10.0.1.0/24 and 10.0.4.0/22 is 10.0.2.0/23, not a /22).

${LIST_INPUT}

JSON keys: cidrs (what remains), addresses and removedAddresses { ipv4, ipv6 } (decimal strings).`,
  examples: [
    'awscalc cidr exclude --from 10.0.0.0/16 10.0.0.0/24 10.0.1.0/24',
    "aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-0abc --query 'Subnets[].CidrBlock' --output text \\\n    | tr '\\t' '\\n' | awscalc cidr exclude --from 10.0.0.0/16",
  ],
  input: async (context) => {
    const { fromFields } = context;
    if (fromFields.from === undefined)
      throw new UsageError('give the block(s) to remove from with --from, e.g. --from 10.0.0.0/16');
    return { ...fromFields, remove: await listFrom('remove', context, false) };
  },
  pathLabel: (path, { flags }) => listEntryLabel(path, flags),
  render: (value, { flags }) =>
    listBlocks(
      value.cidrs,
      `${plural(value.cidrs.length, 'block')} remain: ${addressSummary(value.addresses)} addresses (${addressSummary(value.removedAddresses)} removed)`,
      flags,
    ),
});
