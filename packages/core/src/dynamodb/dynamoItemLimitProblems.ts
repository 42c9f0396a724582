import type { Problem } from '../input/problem.ts';
import { DYNAMO_MAX_ITEM_BYTES } from './dynamoRules.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

type ParsedOperation = DynamoWorkloadParsed['operations'][number];

const MAX_ITEM = `${DYNAMO_MAX_ITEM_BYTES.value.toLocaleString('en-US')} bytes (400 KB, attribute names included)`;
const bytes = (size: number) => `${size.toLocaleString('en-US')} bytes`;

/**
 * An item over DynamoDB's 400 KB limit cannot be stored, read or written, so any per-item size above
 * it is a problem (AWS would reject the item), named by field, like `dynamoItemSize`'s item_too_large.
 */
export function dynamoItemSizeProblems(
  operation: ParsedOperation,
  label: string,
  path: ReadonlyArray<string | number>,
): Problem[] {
  const limit = DYNAMO_MAX_ITEM_BYTES.value;
  const problems: Problem[] = [];
  if (operation.itemSizes) {
    const over = operation.itemSizes.flatMap((size, position) => (size > limit ? [position] : []));
    const first = over[0];
    if (first !== undefined) {
      problems.push({
        code: 'item_too_large',
        path: [...path, 'itemSizes', first],
        message: `${label}: ${over.length} of the ${operation.itemSizes.length} Item sizes ${over.length === 1 ? 'is' : 'are'} over DynamoDB's item limit of ${MAX_ITEM} (first: size ${first + 1} = ${bytes(operation.itemSizes[first]!)}); give each size at most ${limit.toLocaleString('en-US')} bytes, or move large values to S3 and store a pointer.`,
      });
    }
  } else if (operation.itemSize > limit) {
    problems.push({
      code: 'item_too_large',
      path: [...path, 'itemSize'],
      message: `${label}: Item size ${bytes(operation.itemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; give at most ${limit.toLocaleString('en-US')} bytes, or move large values to S3 and store a pointer.`,
    });
  }
  if (operation.previousItemSize !== undefined && operation.previousItemSize > limit) {
    problems.push({
      code: 'item_too_large',
      path: [...path, 'previousItemSize'],
      message: `${label}: Previous item size ${bytes(operation.previousItemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; no stored item can be that large, so give at most ${limit.toLocaleString('en-US')} bytes.`,
    });
  }
  return problems;
}

/** A GSI or LSI entry is an item too: over 400 KB it cannot exist. */
export function dynamoIndexSizeProblems(workload: DynamoWorkloadParsed): Problem[] {
  const limit = DYNAMO_MAX_ITEM_BYTES.value;
  const scopes = [
    ['globalSecondaryIndexes', 'GSI', workload.globalSecondaryIndexes],
    ['localSecondaryIndexes', 'LSI', workload.localSecondaryIndexes],
  ] as const;
  return scopes.flatMap(([field, kind, indexes]) =>
    indexes.flatMap((index, position) =>
      index.projectedItemSize > limit
        ? [
            {
              code: 'item_too_large',
              path: [field, position, 'projectedItemSize'],
              message: `${kind} ${index.name}: Projected item size ${bytes(index.projectedItemSize)} is over DynamoDB's item limit of ${MAX_ITEM}; an index entry is at most as large as the item it projects, so give at most ${limit.toLocaleString('en-US')} bytes.`,
            },
          ]
        : [],
    ),
  );
}
