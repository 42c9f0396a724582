import type { CalculatorEntry } from '../registry.ts';
import { dynamoCapacity } from './dynamoCapacity.ts';
import { dynamoCost } from './dynamoCost.ts';
import { dynamoCostCurve } from './dynamoCostCurve.ts';
import { dynamoItemSize } from './dynamoItemSize.ts';

/** The dynamodb calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const dynamodbCalculators: readonly CalculatorEntry[] = [
  {
    id: 'dynamodb.item-size',
    title: 'DynamoDB item size',
    summary: 'size of an item (DynamoDB or plain JSON), RCU/WCU per read/write, storage, 400 KB check',
    calculator: dynamoItemSize,
    page: '/dynamodb',
  },
  {
    id: 'dynamodb.capacity',
    title: 'DynamoDB capacity',
    summary: 'RCU/WCU per second for an access pattern; provisioned sizing, partitions, burst, on-demand',
    calculator: dynamoCapacity,
    page: '/dynamodb',
  },
  {
    id: 'dynamodb.cost',
    title: 'DynamoDB cost',
    summary: 'monthly cost on-demand vs provisioned, break-even utilization, Standard vs Standard-IA',
    calculator: dynamoCost,
    page: '/dynamodb',
  },
  {
    id: 'dynamodb.cost-curve',
    title: 'DynamoDB cost curve',
    summary: 'monthly cost on-demand vs provisioned at 5–100 % utilization, with the break-even (the chart)',
    calculator: dynamoCostCurve,
    page: '/dynamodb',
  },
];
