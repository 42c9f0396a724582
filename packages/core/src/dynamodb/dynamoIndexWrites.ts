import { Decimal } from '../money/decimal.ts';
import { DYNAMO_INDEX_RULES, DYNAMO_TRANSACTION_INDEX_WRITES } from './dynamoRules.ts';
import type { DynamoIndexWrite, DynamoOperationCall } from './dynamoOperationUnits.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { type DynamoWriteMode, dynamoWriteUnits } from './dynamoUnits.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

type ParsedIndex = DynamoWorkloadParsed['globalSecondaryIndexes'][number];

/**
 * What one write operation writes into each GSI and LSI, per call and per second. Index entries are
 * standard writes of the projected size even in a transaction (its 2× is the table's only), and a
 * write that changes the index key is two index writes (delete the old entry, put the new); a
 * DeleteItem never changes a key. An index with writeShare 0 is skipped.
 */
export function dynamoIndexWrites(
  call: DynamoOperationCall,
  workload: DynamoWorkloadParsed,
  writeMode: DynamoWriteMode,
): DynamoIndexWrite[] {
  const { operation, label, rate, trace } = call;
  const items = call.items.count;
  const indexWrites: DynamoIndexWrite[] = [];
  const indexes: Array<[ParsedIndex, 'gsi' | 'lsi']> = [
    ...workload.globalSecondaryIndexes.map((index): [ParsedIndex, 'gsi'] => [index, 'gsi']),
    ...workload.localSecondaryIndexes.map((index): [ParsedIndex, 'lsi'] => [index, 'lsi']),
  ];
  for (const [index, kind] of indexes) {
    if (index.writeShare === 0) continue;
    const keyChange = operation.type === 'DeleteItem' ? 0 : index.keyChangeShare;
    const writesPerCall = new Decimal(items).times(index.writeShare).times(new Decimal(1).plus(keyChange));
    const unitsPerWrite = dynamoWriteUnits(index.projectedItemSize, 'standard');
    const writeUnitsPerCall = dynamoRoundUnits(writesPerCall.times(unitsPerWrite));
    trace.step({
      id: 'index_write_units_per_call',
      formula: `${label} → ${kind.toUpperCase()} ${index.name}: items × writeShare × (1 + keyChangeShare × 1 extra write) × ceil(entry bytes ÷ 1024)${writeMode === 'transactional' ? ', not doubled by the transaction' : ''}`,
      inputs: {
        items,
        writeShare: index.writeShare,
        keyChangeShare: keyChange,
        entryBytes: index.projectedItemSize,
      },
      value: writeUnitsPerCall,
      unit: 'WCU per call',
      source:
        writeMode === 'transactional'
          ? DYNAMO_TRANSACTION_INDEX_WRITES.source
          : DYNAMO_INDEX_RULES.keyChangeWrites.source,
    });
    indexWrites.push({
      index: index.name,
      kind,
      writesPerCall: dynamoRoundUnits(writesPerCall),
      writeUnitsPerCall,
      writeUnitsPerSecond: dynamoRoundUnits(rate.times(writeUnitsPerCall)),
    });
  }
  return indexWrites;
}
