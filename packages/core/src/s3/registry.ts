import type { CalculatorEntry } from '../registry.ts';

/** The s3 calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const s3Calculators: readonly CalculatorEntry[] = [];
