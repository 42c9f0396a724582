import type { CalculatorEntry } from '../registry.ts';

/** The dynamodb calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const dynamodbCalculators: readonly CalculatorEntry[] = [];
