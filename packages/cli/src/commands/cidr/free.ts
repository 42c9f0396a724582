import { type CidrSetFindFreeResult, calculatorEntry } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { LIST_INPUT, listBlocks, listEntryLabel, listFrom } from './listInput.ts';

/** `awscalc cidr free --parent PARENT --prefix-length /N [--count K] [USED...]`: the first free blocks. */
export const freeCommand = defineCommand<CidrSetFindFreeResult>({
  name: 'free',
  entry: calculatorEntry('cidr.free'),
  usage: '--parent PARENT --prefix-length /N [--count K] [USED...]',
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, describe: 'used CIDRs' },
  about: `Finds the lowest K blocks of size /N inside PARENT that overlap none of the used blocks (arguments,
--used or standard input; they may lie partly outside the parent, and other families are ignored).
Blocks are aligned as CIDR requires. Finding a few /64s in a /44 does not enumerate the /44. When
fewer than K fit, a warning says so (exit 0).

${LIST_INPUT}

JSON keys: parent, cidrs (the free blocks found), requested, found, freeAddresses (decimal string:
free addresses in the parent before these are taken).`,
  examples: [
    'awscalc cidr free --parent 10.0.0.0/16 --prefix-length /24 --count 3 10.0.0.0/24 10.0.1.0/25',
    "aws ec2 describe-subnets --query 'Subnets[].CidrBlock' --output text | tr '\\t' '\\n' \\\n    | awscalc cidr free --parent 10.0.0.0/16 --prefix-length /20 --count 2 --json",
  ],
  formerly: { in: 'parent', size: 'prefixLength' },
  input: async (context) => {
    const { fromFields } = context;
    const { parent, prefixLength } = fromFields;
    if (parent === undefined)
      throw new UsageError('give the parent block with --parent, e.g. --parent 10.0.0.0/16');
    if (prefixLength === undefined)
      throw new UsageError('give the block size with --prefix-length, e.g. --prefix-length /24');
    return {
      ...fromFields,
      parent,
      prefixLength,
      count: fromFields.count ?? 1,
      used: await listFrom('used', context, false),
    };
  },
  pathLabel: (path, { flags }) => listEntryLabel(path, flags),
  render: (value, { flags }) =>
    listBlocks(
      value.cidrs,
      `${value.found} of ${value.requested} requested; ${BigInt(value.freeAddresses).toLocaleString('en-US')} addresses free in ${value.parent}`,
      flags,
    ),
});
