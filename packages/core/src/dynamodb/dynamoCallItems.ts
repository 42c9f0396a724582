import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

type ParsedOperation = DynamoWorkloadParsed['operations'][number];

/**
 * The items of one call: the listed sizes, or `count` items of one size. The uniform case is never
 * expanded into an array, so 200 operations of 1,000,000 items each cost nothing to measure.
 */
export interface CallItems {
  readonly count: number;
  readonly list: readonly number[] | undefined;
  readonly size: number;
}

export function callItemsOf(operation: ParsedOperation): CallItems {
  return {
    count: operation.itemSizes?.length ?? operation.items,
    list: operation.itemSizes,
    size: operation.itemSize,
  };
}

/** Σ f(item size) over the call's items. */
export function sumOverItems(items: CallItems, f: (size: number) => number): number {
  return items.list ? items.list.reduce((sum, size) => sum + f(size), 0) : items.count * f(items.size);
}

/** The item sizes (or f of each) for a trace: `n × size` when uniform, else the first 12 listed. */
export function describeItemSizes(items: CallItems, f: (size: number) => number = (size) => size): string {
  if (!items.list) return items.count === 1 ? String(f(items.size)) : `${items.count} × ${f(items.size)}`;
  const shown = items.list.slice(0, 12).map(f).join(' + ');
  return items.list.length > 12 ? `${shown} + … (${items.list.length} items)` : shown;
}
