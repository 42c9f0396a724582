import { readParam, writeParams } from '../../url.ts';

/**
 * URL parameters the DynamoDB page used before its fields took their names from the field metadata
 * (the CLI flags): old → new. A link with an old name still opens the same page; the URL is
 * rewritten to the new name, and a new name already present wins.
 */
const RENAMED: Readonly<Record<string, string>> = {
  ops: 'operations',
  target: 'target-utilization',
  util: 'utilization',
  class: 'table-class',
  free: 'free-tier',
};

/** Rewrites old parameter names to the new ones; runs before the page reads its parameters. */
export function migrateLegacyParams(): void {
  const changes: Record<string, string | null> = {};
  for (const [old, current] of Object.entries(RENAMED)) {
    const value = readParam(old);
    if (value === null) continue;
    changes[old] = null;
    if (readParam(current) === null) changes[current] = value;
  }
  // `plain=1` became the Format field: `format=plain`.
  if (readParam('plain') !== null) {
    changes.plain = null;
    if (readParam('format') === null && readParam('plain') === '1') changes.format = 'plain';
  }
  if (Object.keys(changes).length > 0) writeParams(changes);
}
