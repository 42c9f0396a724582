import { type CidrSetContainsResult, calculatorEntry } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { rows, text } from '../../output.ts';
import { LIST_INPUT, listEntryLabel, listFrom } from './listInput.ts';

/** `awscalc cidr contains --in CIDR [CIDR...]`: are these blocks inside the union of those? */
export const containsCommand = defineCommand<CidrSetContainsResult>({
  name: 'contains',
  entry: calculatorEntry('cidr.contains'),
  usage: '--in CIDR [--in CIDR...] [CIDR...]',
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, describe: 'CIDRs to check' },
  about: `Is every block given (arguments, --candidates or standard input) covered by the union of the --in
blocks? A block counts as covered when smaller --in blocks cover it together (10.0.0.0/24 is inside
10.0.0.0/25 + 10.0.0.128/25). Each block that is not is a problem (exit 1), and the addresses
outside are listed.

${LIST_INPUT}

JSON keys: contained (true/false), notContained ([{ index, cidr }], 0-based), uncovered (CIDRs),
problems (one per block not contained).`,
  examples: [
    'awscalc cidr contains --in 10.0.0.0/16 10.0.1.0/24 10.0.200.0/22',
    'awscalc cidr contains --in 10.0.0.0/25 --in 10.0.0.128/25 10.0.0.0/24',
  ],
  input: async (context) => {
    const { fromFields } = context;
    if (fromFields.containers === undefined)
      throw new UsageError('give the containing block(s) with --in, e.g. --in 10.0.0.0/16');
    return { ...fromFields, candidates: await listFrom('candidates', context, true) };
  },
  pathLabel: (path, { flags }) => listEntryLabel(path, flags),
  render: (value) =>
    value.contained
      ? [text('Yes: every block is inside the --in blocks.')]
      : [
          text(
            `No: ${value.notContained.length} block${value.notContained.length === 1 ? ' is' : 's are'} not wholly inside.`,
          ),
          rows(
            ['Block', 'Entry'],
            value.notContained.map((entry) => [entry.cidr, String(entry.index + 1)]),
          ),
          rows(
            ['Addresses outside'],
            value.uncovered.map((cidr) => [cidr]),
          ),
        ],
});
