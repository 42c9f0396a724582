import type { z } from 'zod';
import {
  choiceField,
  jsonField,
  MAX_FIELD_TEXT,
  numberField,
  pricesField,
  switchField,
} from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { DYNAMO_MAX_JSON_TEXT, DynamoWorkload, dynamoSizeField } from './dynamoWorkload.ts';

// The cost calculators' input (dynamoCost and dynamoCostCurve): the workload plus what is priced
// besides throughput, each field with its label, flag and URL parameter.

export const DYNAMO_TABLE_CLASSES = ['standard', 'standard-ia'] as const;
export type DynamoTableClass = (typeof DYNAMO_TABLE_CLASSES)[number];

export const DynamoCostInput = inputObject({
  /** The access pattern: the capacity calculator's input, as an object or JSON text. */
  workload: jsonField(
    {
      label: 'Workload',
      flag: 'workload',
      param: 'workload',
      description:
        'The access pattern as JSON (operations, indexes, target utilization, month); the CLI also reads a file, or - for stdin.',
      example: '{"operations":[{"type":"PutItem","rate":100,"itemSize":"1KB"}]}',
    },
    DynamoWorkload,
    { max: DYNAMO_MAX_JSON_TEXT },
  ),
  /** Standard (default) or Standard-IA (cheaper storage, dearer throughput). */
  tableClass: choiceField(
    {
      label: 'Table class',
      flag: 'table-class',
      param: 'table-class',
      description: 'standard (default) or standard-ia (cheaper storage, dearer throughput).',
      example: 'standard-ia',
    },
    DYNAMO_TABLE_CLASSES,
  ).default('standard'),
  /** Average use of provisioned capacity you expect (auto scaling rarely holds its target exactly). */
  utilizationPercent: numberField(
    {
      label: 'Utilization',
      flag: 'utilization',
      param: 'utilization',
      unit: '%',
      description: 'Average use of provisioned capacity you expect (1–100).',
      example: '70',
    },
    { min: 1, max: 100 },
  ).default(70),
  /** Table data size (DynamoDB GB = 1,024³ bytes). Alternative: `items`. */
  storage: dynamoSizeField({
    label: 'Table storage',
    flag: 'storage',
    param: 'storage',
    description: 'Table data size (DynamoDB GB = 1,024³ bytes); or give Items stored.',
    example: '50GB',
  }).optional(),
  /** Item count and average item size: storage = count × (size + 100 B (+ 48 B for global tables)). */
  items: jsonField(
    {
      label: 'Items stored',
      flag: 'items',
      param: 'items',
      description:
        'Instead of Table storage: JSON { count, itemSize }; storage = count × (item size + 100 B (+48 B global)).',
      example: '{"count":1000000,"itemSize":"2KB"}',
    },
    inputObject({
      count: numberField(
        {
          label: 'Item count',
          flag: 'item-count',
          param: 'item-count',
          description: 'Number of items stored.',
          example: '1000000',
        },
        { min: 0, max: 1e15, integer: true, suffixes: true },
      ),
      itemSize: dynamoSizeField({
        label: 'Average item size',
        flag: 'average-item-size',
        param: 'average-item-size',
        description: 'Average size of a stored item (1 KB = 1,024 bytes).',
        example: '2KB',
      }),
    }).optional(),
    { max: MAX_FIELD_TEXT },
  ),
  pointInTimeRecovery: switchField({
    label: 'Point-in-time recovery',
    flag: 'pitr',
    param: 'pitr',
    description: 'Point-in-time recovery on (priced per GB-month of table size).',
    example: 'true',
  }),
  /** On-demand backup storage kept (GB-month). */
  backupStorage: dynamoSizeField({
    label: 'Backup storage',
    flag: 'backup',
    param: 'backup',
    description: 'On-demand backup storage kept (GB-month, 1 GB = 1,024³ bytes).',
    example: '100GB',
  }).default(0),
  /** DynamoDB Streams read requests per month (GetRecords by your consumers; Lambda triggers are free). */
  streamReadRequestsPerMonth: numberField(
    {
      label: 'Stream reads',
      flag: 'stream-reads',
      param: 'stream-reads',
      unit: 'requests/month',
      description: 'DynamoDB Streams read requests per month (Lambda triggers are free).',
      example: '10M',
    },
    { min: 0, max: 1e18, suffixes: true },
  ).default(0),
  /** Global table: number of OTHER Regions holding a replica (0 = not a global table). */
  replicaRegions: numberField(
    {
      label: 'Replica Regions',
      flag: 'replicas',
      param: 'replicas',
      description: 'Global table: the number of other Regions holding a replica (0 = not a global table).',
      example: '2',
    },
    { min: 0, max: 50, integer: true },
  ).default(0),
  /** Apply the AWS Free Tier (25 RCU/WCU, 25 GB, 2.5 M stream reads). Off by default, like the AWS Pricing Calculator. */
  freeTier: switchField({
    label: 'Free tier',
    flag: 'free-tier',
    param: 'free-tier',
    description: 'Subtract the AWS Free Tier (25 RCU + 25 WCU, 25 GB, 2.5 M stream reads); off by default.',
    example: 'true',
  }),
  prices: pricesField('dynamodb.ondemand.write_request_units=0.7'),
});
export type DynamoCostInput = z.input<typeof DynamoCostInput>;
export type DynamoCostInputParsed = z.output<typeof DynamoCostInput>;
