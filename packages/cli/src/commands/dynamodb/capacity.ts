import { calculatorEntry, DYNAMO_PARTITION_LIMITS, type DynamoCapacity } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { type Block, pairs, rows, text } from '../../output.ts';
import { num, SIZE_NOTE } from './format.ts';
import { SIMPLE_FLAGS, WORKLOAD_FLAG, workloadFlagFor, workloadInput } from './workloadInput.ts';

/** `awscalc dynamodb capacity`: RCU/WCU for an access pattern, provisioned sizing and on-demand units. */
export const capacityCommand = defineCommand<DynamoCapacity>({
  name: 'capacity',
  entry: calculatorEntry('dynamodb.capacity'),
  builtFromOtherFlags: ['operations'],
  about: `Computes read and write units per second for each operation, the table and each GSI, by AWS's rules:
reads round each item up to 4 KB (GetItem, BatchGetItem, TransactGetItems) or sum a Query/Scan's items
then round once (Scan pays for items evaluated; filters don't reduce it); eventually consistent = ½,
transactional = 2×; writes round each item up to 1 KB and pay for the larger of old and new item;
transactional writes 2× (index writes are not doubled); a GSI write that changes the index key is two
index writes; LSIs use the table's capacity. Then: provisioned capacity at the target utilization
(max(1, ceil(units ÷ target))), per-partition ceilings (3,000 RCU / 1,000 WCU) and hot-key warning,
how long burst capacity (300 s of unused capacity) absorbs a spike, default quotas (40,000 units per
table, 80,000 per account), and on-demand request units per month with new-table (12,000 RRU/s,
4,000 WRU/s) and double-the-previous-peak checks.

The access pattern comes from --reads/--writes (one GetItem and one PutItem), --operations JSON, or
--workload FILE|- (the JSON of the README, section DynamoDB).

${SIZE_NOTE}`,
  examples: [
    'awscalc dynamodb capacity --reads 80 --writes 100 --item-size 3KB',
    'awscalc dynamodb capacity --reads 100 --item-size 10KB --read-consistency eventual --json',
    'awscalc dynamodb capacity --writes 50 --write-size 1.5KB --write-mode transactional',
    'awscalc dynamodb capacity --workload workload.json --trace',
    'cat workload.json | awscalc dynamodb capacity --workload - --json',
  ],
  extraFlags: { ...SIMPLE_FLAGS, workload: WORKLOAD_FLAG },
  input: async (context) => (await workloadInput(context)).workload,
  pathLabel: (path, { flags }) => workloadFlagFor(path, flags),
  render: (value) => capacityBlocks(value),
});

function capacityBlocks(value: DynamoCapacity): Block[] {
  const burst = value.provisioned.burst.map(
    (check) =>
      `  ${check.scope} ${check.kind}s: ${check.spike} at a ${value.provisioned.spikeFactor}× spike vs ${check.provisioned} provisioned → ${check.secondsAbsorbed === null ? 'fits, no burst needed' : `burst lasts ~${num(check.secondsAbsorbed)} s`}`,
  );
  const hotKey = value.provisioned.hotKey;
  return [
    rows(
      ['#', 'Operation', 'Calls/s', 'Items', 'RCU/call', 'WCU/call', 'RCU/s', 'WCU/s', 'Reads from'],
      value.operations.map((op) => [
        String(op.position + 1),
        op.name === `${op.type} #${op.position + 1}` ? op.type : `${op.type} (${op.name})`,
        num(op.ratePerSecond),
        String(op.itemsPerCall),
        num(op.readUnitsPerCall),
        num(op.writeUnitsPerCall),
        num(op.readUnitsPerSecond),
        num(op.writeUnitsPerSecond),
        op.writeMode ? '—' : op.readsFrom,
      ]),
    ),
    rows(
      ['Consumed per second', 'RCU/s', 'WCU/s', 'Provision RCU', 'Provision WCU'],
      [
        [
          'table',
          num(value.readCapacityUnits),
          num(value.writeCapacityUnits),
          num(value.provisioned.table.readCapacityUnits),
          num(value.provisioned.table.writeCapacityUnits),
        ],
        ...value.indexes.map((index, i) => [
          `GSI ${index.name}`,
          num(index.readCapacityUnits),
          num(index.writeCapacityUnits),
          num(value.provisioned.indexes[i]?.readCapacityUnits ?? 0),
          num(value.provisioned.indexes[i]?.writeCapacityUnits ?? 0),
        ]),
        [
          'total',
          num(value.totals.readCapacityUnits),
          num(value.totals.writeCapacityUnits),
          num(value.provisioned.totals.readCapacityUnits),
          num(value.provisioned.totals.writeCapacityUnits),
        ],
      ],
    ),
    pairs([
      [
        'Target utilization',
        `${value.provisioned.targetUtilizationPercent} % (provision = max(1, ceil(consumed ÷ target)))`,
      ],
      [
        'Minimum partitions',
        `${value.provisioned.minimumPartitions} (${DYNAMO_PARTITION_LIMITS.readUnits.value.toLocaleString('en-US')} RCU / ${DYNAMO_PARTITION_LIMITS.writeUnits.value.toLocaleString('en-US')} WCU each)`,
      ],
      ...(hotKey
        ? ([
            [
              'Hottest key',
              `${num(hotKey.readUnitsPerSecond)} RCU/s, ${num(hotKey.writeUnitsPerSecond)} WCU/s = ${num(hotKey.partitionLoad)} × one partition's capacity`,
            ],
          ] as const)
        : []),
      [
        'On-demand per month',
        `${num(value.onDemand.readRequestUnitsPerMonth)} RRU, ${num(value.onDemand.writeRequestUnitsPerMonth)} WRU (${value.onDemand.month.label})`,
      ],
      [
        'On-demand peak',
        `${num(value.onDemand.peak.readRequestUnitsPerSecond)} RRU/s, ${num(value.onDemand.peak.writeRequestUnitsPerSecond)} WRU/s = ${num(value.onDemand.peak.newTableLoad)} × what a new table sustains`,
      ],
    ]),
    ...(burst.length > 0
      ? [text(`Burst (300 s of unused capacity, best effort):\n${burst.join('\n')}`)]
      : []),
    text(value.convention),
  ];
}
