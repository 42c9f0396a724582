import { subcommands } from '../command.ts';
import { containsCommand } from './cidr/contains.ts';
import { excludeCommand } from './cidr/exclude.ts';
import { freeCommand } from './cidr/free.ts';
import { mergeCommand } from './cidr/merge.ts';
import { overlapsCommand } from './cidr/overlaps.ts';
import { rangeCommand } from './cidr/range.ts';
import { splitCommand } from './cidr/split.ts';

/** `awscalc cidr <command>`: set operations over many blocks, one declared command per file. */
export const cidrCommand = subcommands(
  'cidr',
  'CIDR set operations over many blocks: merge, exclude, overlaps, contains, range, split, free',
  [mergeCommand, excludeCommand, overlapsCommand, containsCommand, rangeCommand, splitCommand, freeCommand],
);
