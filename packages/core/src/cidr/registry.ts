import type { CalculatorEntry } from '../registry.ts';
import { cidrSetContains } from './setOps/cidrSetContains.ts';
import { cidrSetExclude } from './setOps/cidrSetExclude.ts';
import { cidrSetFindFree } from './setOps/cidrSetFindFree.ts';
import { cidrSetMerge } from './setOps/cidrSetMerge.ts';
import { cidrSetOverlaps } from './setOps/cidrSetOverlaps.ts';
import { cidrSetRange } from './setOps/cidrSetRange.ts';
import { cidrSetSplit } from './setOps/cidrSetSplit.ts';
import { subnetInspect } from './subnetInspect.ts';

/** The CIDR calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const cidrCalculators: readonly CalculatorEntry[] = [
  {
    id: 'subnet',
    title: 'Subnet inspector',
    summary: 'inspect a CIDR: addresses, AWS-reserved addresses, usable count, VPC/subnet validity',
    calculator: subnetInspect,
    page: '/subnet',
  },
  {
    id: 'cidr.merge',
    title: 'Merge CIDR blocks',
    summary: 'merge (summarise) blocks into the fewest that cover the same addresses',
    calculator: cidrSetMerge,
  },
  {
    id: 'cidr.exclude',
    title: 'Exclude CIDR blocks',
    summary: 'what remains of --from blocks after removing the given blocks (free space)',
    calculator: cidrSetExclude,
  },
  {
    id: 'cidr.overlaps',
    title: 'Overlapping CIDR blocks',
    summary: 'every overlapping pair in a list, with the shared range',
    calculator: cidrSetOverlaps,
  },
  {
    id: 'cidr.contains',
    title: 'CIDR containment',
    summary: 'are the given blocks inside the union of the --in blocks?',
    calculator: cidrSetContains,
  },
  {
    id: 'cidr.range',
    title: 'Address range to CIDRs',
    summary: 'the fewest blocks covering an address range (first..last)',
    calculator: cidrSetRange,
  },
  {
    id: 'cidr.split',
    title: 'Split a CIDR block',
    summary: 'split a block into its /N blocks',
    calculator: cidrSetSplit,
  },
  {
    id: 'cidr.free',
    title: 'Find free CIDR blocks',
    summary: 'the first free /N blocks inside a parent, given the used blocks',
    calculator: cidrSetFindFree,
  },
];
