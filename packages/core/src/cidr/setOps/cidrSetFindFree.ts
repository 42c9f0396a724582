import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, success, type Warning } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { formatCidr } from '../cidr.ts';
import { blockListFromCidrs, mergeBlocks, subtractIntervals } from './blockList.ts';
import { firstAlignedBlocks } from './cidrFindFree.ts';
import { blockCountField, parentField, prefixLengthInput, usedField } from './cidrSetFields.ts';
import { hostBitWarnings, prefixRangeIssue, totals } from './cidrSetResult.ts';

export const CidrSetFindFreeInput = inputObject({
  parent: parentField,
  used: usedField.prefault([]),
  prefixLength: prefixLengthInput,
  count: blockCountField.prefault(1),
});
export type CidrSetFindFreeInput = z.input<typeof CidrSetFindFreeInput>;

export interface CidrSetFindFreeResult {
  readonly parent: string;
  /** The first free aligned /prefixLength blocks, lowest addresses first. */
  readonly cidrs: readonly string[];
  readonly requested: number;
  readonly found: number;
  /** Free addresses left in the parent before these blocks are taken. */
  readonly freeAddresses: string;
}

/**
 * The first N free, aligned /prefixLength blocks inside a parent block, given the blocks in use
 * (which may lie partly outside the parent). Warns when fewer than N fit.
 */
export const cidrSetFindFree = defineCalculator({
  name: 'cidrSetFindFree',
  schema: CidrSetFindFreeInput,
  calculate: ({ parent, used, prefixLength, count }) => {
    const outOfRange = prefixRangeIssue(parent, prefixLength, 'New prefix length');
    if (outOfRange) return outOfRange;
    const trace = new Trace();
    const free = subtractIntervals(mergeBlocks(blockListFromCidrs([parent])), mergeBlocks(used.list));
    const freeTotals = totals(free);
    const freeAddresses = trace.step({
      id: 'free_addresses',
      formula: 'parent minus the union of used blocks',
      inputs: { parent: formatCidr(parent), used: used.lines.length },
      value: parent.version === 4 ? freeTotals.ipv4 : freeTotals.ipv6,
      unit: 'addresses',
    });
    const blocks = firstAlignedBlocks(free, parent.version, prefixLength, count).map(formatCidr);
    trace.step({
      id: 'free_blocks',
      formula: `first aligned /${prefixLength} blocks wholly inside free ranges, lowest first (stop at ${count})`,
      inputs: { prefixLength, requested: count },
      value: blocks.length,
      unit: 'CIDR blocks',
    });
    const warnings: Warning[] = hostBitWarnings({ used: { list: used, label: 'Used blocks' } });
    if (blocks.length < count) {
      warnings.push({
        code: 'not_enough_free_space',
        path: ['count'],
        message: `Only ${blocks.length} free /${prefixLength} block${blocks.length === 1 ? '' : 's'} fit in ${formatCidr(parent)}; a Count of ${count} was asked for.`,
      });
    }
    return success<CidrSetFindFreeResult>(
      { parent: formatCidr(parent), cidrs: blocks, requested: count, found: blocks.length, freeAddresses },
      trace.steps,
      warnings,
    );
  },
});
