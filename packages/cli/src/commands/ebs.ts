import { subcommands } from '../command.ts';
import { cheapestCommand } from './ebs/cheapest.ts';
import { costCommand } from './ebs/cost.ts';
import { instancesCommand } from './ebs/instances.ts';
import { migrateCommand } from './ebs/migrate.ts';
import { raid0Command } from './ebs/raid0.ts';
import { simulateCommand } from './ebs/simulate.ts';
import { volumeCommand } from './ebs/volume.ts';

/** `awscalc ebs …`: the domain level; each subcommand is declared in its own file under ./ebs/. */
export const ebsCommand = subcommands(
  'ebs',
  'EBS volumes: performance, gp2/st1/sc1 burst credits, cost, gp2→gp3, cheapest type, RAID 0',
  [
    volumeCommand,
    simulateCommand,
    costCommand,
    migrateCommand,
    cheapestCommand,
    raid0Command,
    instancesCommand,
  ],
);
