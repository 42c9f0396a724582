import type { CalculatorEntry } from '../registry.ts';
import { vpcPlan } from './vpcPlan.ts';

/** The vpc calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const vpcCalculators: readonly CalculatorEntry[] = [
  {
    id: 'vpc.plan',
    title: 'VPC planner',
    summary: 'lay out subnets per tier and AZ; check AWS rules; export Terraform/CloudFormation/CSV/JSON',
    calculator: vpcPlan,
    page: '/vpc',
  },
];
