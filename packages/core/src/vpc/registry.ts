import type { CalculatorEntry } from '../registry.ts';

/** The vpc calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const vpcCalculators: readonly CalculatorEntry[] = [];
