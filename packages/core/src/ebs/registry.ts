import type { CalculatorEntry } from '../registry.ts';

/** The ebs calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const ebsCalculators: readonly CalculatorEntry[] = [];
