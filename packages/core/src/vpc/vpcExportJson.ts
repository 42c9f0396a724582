import type { Warning } from '../result.ts';
import type { VpcPlan } from './vpcPlan.ts';

/** The plan as pretty-printed JSON (the same keys as `awscalc vpc plan --json`), with its warnings. */
export function vpcExportJson(plan: VpcPlan, warnings: readonly Warning[] = []): string {
  return `${JSON.stringify({ ...plan, warnings }, null, 2)}\n`;
}
