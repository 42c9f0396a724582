import type { Command } from '../command.ts';
import { cidrCommand } from './cidr.ts';
import { dynamodbCommand } from './dynamodb.ts';
import { ebsCommand } from './ebs.ts';
import { pricesCommand } from './prices.ts';
import { s3Command } from './s3.ts';
import { schemaCommand } from './schema.ts';
import { subnetCommand } from './subnet.ts';
import { vpcCommand } from './vpc.ts';

/** Every top-level command, in the order `awscalc --help` lists them. */
export const commands: readonly Command[] = [
  subnetCommand,
  vpcCommand,
  cidrCommand,
  s3Command,
  dynamodbCommand,
  ebsCommand,
  pricesCommand,
  schemaCommand,
];
