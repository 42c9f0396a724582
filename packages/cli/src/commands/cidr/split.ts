import { type CidrSetSplitResult, calculatorEntry } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { listBlocks, plural } from './listInput.ts';

/** `awscalc cidr split CIDR /N`: a block's /N sub-blocks, in order. */
export const splitCommand = defineCommand<CidrSetSplitResult>({
  name: 'split',
  entry: calculatorEntry('cidr.split'),
  usage: 'CIDR [/N]',
  positionals: { min: 0, max: 2, describe: 'one CIDR and one size, e.g. awscalc cidr split 10.0.0.0/16 /20' },
  about: `Lists the /N blocks of CIDR in address order (like Python's subnets(new_prefix=N) or Terraform's
cidrsubnets with equal sizes). The size is the second argument or --prefix-length (--size is its old name). At most
65,536 blocks are listed; a larger split is refused with the number it would give (split a smaller
block, or use "awscalc cidr free" for the first few).

JSON keys: parent, cidrs, count, addressesEach (decimal string).`,
  examples: [
    'awscalc cidr split 10.0.0.0/16 /18',
    'awscalc cidr split 2600:1f18:1234:5600::/56 --prefix-length /64 --json',
  ],
  formerly: { size: 'prefixLength' },
  input: ({ fromFields, positionals }) => {
    const [cidr, sizeArgument] = positionals;
    const flagged = fromFields.prefixLength;
    if (flagged !== undefined && sizeArgument !== undefined)
      throw new UsageError('give the size once: as the second argument or with --prefix-length');
    const input = {
      ...fromFields,
      ...(cidr !== undefined ? { cidr } : {}),
      prefixLength: flagged ?? sizeArgument,
    };
    if (input.cidr === undefined || input.prefixLength === undefined)
      throw new UsageError('give one CIDR and one size, e.g. awscalc cidr split 10.0.0.0/16 /20');
    return input;
  },
  render: (value, { flags }) =>
    listBlocks(
      value.cidrs,
      `${plural(value.count, 'block')} of ${BigInt(value.addressesEach).toLocaleString('en-US')} addresses from ${value.parent}`,
      flags,
    ),
});
