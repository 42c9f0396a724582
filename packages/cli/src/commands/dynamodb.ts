import { subcommands } from '../command.ts';
import { capacityCommand } from './dynamodb/capacity.ts';
import { costCommand } from './dynamodb/cost.ts';
import { costCurveCommand } from './dynamodb/costCurve.ts';
import { itemSizeCommand } from './dynamodb/itemSize.ts';

/** `awscalc dynamodb <command>`: one file per subcommand under ./dynamodb/, declared from the registry. */
export const dynamodbCommand = subcommands(
  'dynamodb',
  'DynamoDB item size, capacity units and cost (1 KB = 1,024 bytes)',
  [itemSizeCommand, capacityCommand, costCommand, costCurveCommand],
);
