import { type CidrSetRangeResult, calculatorEntry } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { listBlocks, plural } from './listInput.ts';

/** `awscalc cidr range FIRST LAST` (or `FIRST-LAST`): the fewest blocks covering the range. */
export const rangeCommand = defineCommand<CidrSetRangeResult>({
  name: 'range',
  entry: calculatorEntry('cidr.range'),
  usage: 'FIRST LAST | FIRST-LAST',
  positionals: { min: 0, max: 2, describe: 'the first and last address' },
  about: `Both ends are included. Like Python's ipaddress.summarize_address_range (and AWS WAF IP sets or
security groups that need CIDRs for a provider's published range). The ends are the arguments, or
--first and --last.

JSON keys: cidrs (the blocks, in order), addresses (count, decimal string).`,
  examples: [
    'awscalc cidr range 10.0.0.0 10.0.2.255',
    'awscalc cidr range 192.168.1.10-192.168.1.20 --json',
    'awscalc cidr range 2001:db8::1 2001:db8::ff',
  ],
  input: ({ fromFields, positionals }) => {
    // One argument with a dash is FIRST-LAST (IPv6 addresses have no dashes).
    const ends =
      positionals.length === 1 && positionals[0]!.includes('-') ? positionals[0]!.split('-') : positionals;
    if (ends.length === 0 && fromFields.first !== undefined && fromFields.last !== undefined)
      return fromFields;
    if (ends.length !== 2)
      throw new UsageError('give the first and last address, e.g. awscalc cidr range 10.0.0.0 10.0.2.255');
    return { ...fromFields, first: ends[0]!.trim(), last: ends[1]!.trim() };
  },
  render: (value, { flags }) =>
    listBlocks(
      value.cidrs,
      `${plural(value.cidrs.length, 'block')}, ${BigInt(value.addresses).toLocaleString('en-US')} addresses`,
      flags,
    ),
});
