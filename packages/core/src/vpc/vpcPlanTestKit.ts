import { run } from '../run.ts';
import type { VpcPlan } from './vpcPlan.ts';
import { vpcPlan } from './vpcPlan.ts';
import type { VpcPlanInput } from './vpcPlanInput.ts';

/** Shared by the vpcPlan*.test.ts files: a plan that must be valid, and its subnets as one line each. */
export const plan = (input: VpcPlanInput) => {
  const result = run(vpcPlan, input);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; '));
  return result;
};

export const layout = (value: VpcPlan) =>
  value.subnets.map((subnet) => `${subnet.tier} ${subnet.az} ${subnet.cidr}`);
