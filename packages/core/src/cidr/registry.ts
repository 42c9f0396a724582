import type { CalculatorEntry } from '../registry.ts';
import { subnetInspect } from './subnetInspect.ts';

/** The CIDR calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const cidrCalculators: readonly CalculatorEntry[] = [
  {
    id: 'subnet',
    title: 'Subnet inspector',
    summary: 'inspect a CIDR: addresses, AWS-reserved addresses, usable count, VPC/subnet validity',
    calculator: subnetInspect,
    page: '/subnet',
  },
];
