import type { z } from 'zod';
import { DYNAMO_READ_OPERATIONS } from './dynamoOperationTypes.ts';
import type { DynamoWorkloadFields } from './dynamoWorkload.ts';

/**
 * The checks that span fields of a workload: index names unique and known, and each field an
 * operation cannot use rejected rather than ignored (a consistency on a write, a size before a read).
 * Messages name fields by their labels.
 */
export function checkWorkload(workload: DynamoWorkloadFields, context: z.RefinementCtx): void {
  const names = [...workload.globalSecondaryIndexes, ...workload.localSecondaryIndexes].map((i) => i.name);
  for (const [position, name] of names.entries()) {
    if (names.indexOf(name) !== position) {
      context.addIssue({
        code: 'custom',
        path:
          position < workload.globalSecondaryIndexes.length
            ? ['globalSecondaryIndexes', position, 'name']
            : ['localSecondaryIndexes', position - workload.globalSecondaryIndexes.length, 'name'],
        message: `Index name "${name}" is used twice; each index needs its own name.`,
        params: { code: 'index_name_duplicate' },
      });
    }
  }
  for (const [position, operation] of workload.operations.entries()) {
    if (operation.index !== undefined && !names.includes(operation.index)) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'index'],
        message: `No index named "${operation.index}"; declare it under Global secondary indexes or Local secondary indexes${names.length ? ` (known: ${names.join(', ')})` : ''}.`,
        params: { code: 'index_unknown' },
      });
    }
    if (operation.index !== undefined && operation.type !== 'Query' && operation.type !== 'Scan') {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'index'],
        message: `${operation.type} reads the table; only Query and Scan read an index.`,
        params: { code: 'index_not_queryable' },
      });
    }
    const isRead = DYNAMO_READ_OPERATIONS.includes(operation.type);
    if (operation.previousItemSize !== undefined && isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'previousItemSize'],
        message: `${operation.type} is a read; Previous item size applies to writes (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems). Remove it.`,
        params: { code: 'previous_size_not_a_write' },
      });
    }
    // Fields an operation cannot use are rejected, not ignored (as previousItemSize on a read is).
    if (operation.consistency !== undefined && !isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'consistency'],
        message: `${operation.type} is a write; Read consistency applies to reads (${DYNAMO_READ_OPERATIONS.join(', ')}). Remove it, or use Write mode (standard or transactional).`,
        params: { code: 'consistency_not_applicable' },
      });
    } else if (
      operation.type === 'TransactGetItems' &&
      operation.consistency !== undefined &&
      operation.consistency !== 'transactional'
    ) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'consistency'],
        message: `TransactGetItems reads are always transactional (2 RCU per 4 KB), not ${operation.consistency}; remove Read consistency (or give "transactional"), or use GetItem or BatchGetItem for ${operation.consistency} reads.`,
        params: { code: 'consistency_not_applicable' },
      });
    }
    if (operation.writeMode !== undefined && isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'writeMode'],
        message: `${operation.type} is a read; Write mode applies to writes (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems). Remove it, or use Read consistency (strong, eventual or transactional).`,
        params: { code: 'write_mode_not_applicable' },
      });
    } else if (operation.type === 'TransactWriteItems' && operation.writeMode === 'standard') {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'writeMode'],
        message: `TransactWriteItems writes are always transactional (2 WCU per 1 KB), not standard; remove Write mode (or give "transactional"), or use PutItem, UpdateItem or BatchWriteItem for standard writes.`,
        params: { code: 'write_mode_not_applicable' },
      });
    }
    const evaluated = operation.itemSizes?.length ?? operation.items;
    if (operation.itemsReturned !== undefined && operation.itemsReturned > evaluated) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'itemsReturned'],
        message: `Items returned (${operation.itemsReturned}) cannot exceed the ${evaluated} item(s) the call reads; give 0 to ${evaluated}.`,
        params: { code: 'items_returned_too_many' },
      });
    }
  }
}
