import { subcommands } from '../command.ts';
import { planCommand } from './vpc/plan.ts';

/** `awscalc vpc <command>`: one declared command per file. */
export const vpcCommand = subcommands('vpc', 'plan a VPC: subnets per tier and AZ, AWS rules, exports', [
  planCommand,
]);
