import { z } from 'zod';
import { cidrCalculators } from './cidr/registry.ts';
import { dynamodbCalculators } from './dynamodb/registry.ts';
import { ebsCalculators } from './ebs/registry.ts';
import { type InputField, fieldRegistry, fieldsOf } from './input/fieldMeta.ts';
import type { Calculator } from './result.ts';
import { s3Calculators } from './s3/registry.ts';
import { vpcCalculators } from './vpc/registry.ts';

/**
 * Every calculator awscalc offers, once. The CLI builds its commands, flags and help from these
 * entries, the web its forms and URL parameters, the README its table and `awscalc schema` the JSON
 * Schemas: adding a calculator is its file plus one entry here.
 */
export interface CalculatorEntry {
  /** Stable id; also the CLI command with dots as spaces (`s3.prefixes` → `awscalc s3 prefixes`). */
  readonly id: string;
  readonly title: string;
  /** One line for help listings. */
  readonly summary: string;
  // The schema and value types differ per calculator; faces reach them through `run`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly calculator: Calculator<z.ZodType, any>;
  /** The web page (path) that offers it, when one does. */
  readonly page?: string;
}

export const calculators: readonly CalculatorEntry[] = [
  ...cidrCalculators,
  ...vpcCalculators,
  ...s3Calculators,
  ...dynamodbCalculators,
  ...ebsCalculators,
];

/** The entry with this id; throws for an unknown id (a programmer error in a face). */
export function calculatorEntry(id: string): CalculatorEntry {
  const entry = calculators.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No calculator "${id}" in the registry.`);
  return entry;
}

/** The labelled input fields of a calculator, from its schema's field metadata. */
export function inputFields(entry: CalculatorEntry): InputField[] {
  return fieldsOf(entry.calculator.schema);
}

/** The JSON Schema (draft 2020-12) of a calculator's input, with each field's label and example. */
export function inputJsonSchema(entry: CalculatorEntry): Record<string, unknown> {
  return {
    $id: `urn:awscalc:schema:${entry.id}`,
    title: entry.title,
    description: entry.summary,
    ...z.toJSONSchema(entry.calculator.schema, {
      io: 'input',
      unrepresentable: 'any',
      metadata: fieldRegistry,
      target: 'draft-2020-12',
    }),
  };
}
