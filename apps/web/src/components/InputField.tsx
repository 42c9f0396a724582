import type { CalculatorEntry, InputField as FieldInfo, Issue } from '@awscalc/core';
import { inputFields } from '@awscalc/core';
import type { ReactNode } from 'react';
import { type ParamHistory, useTextParam } from '../url.ts';
import { Field, issuesAt } from './Field.tsx';

/**
 * The declared field of a calculator (label, unit, example, URL parameter) from its registry entry:
 * the web shows the same label, unit and example as `--help`, and keeps the value under the same
 * URL parameter name as the CLI flag.
 */
export function fieldOf(entry: CalculatorEntry, key: string): FieldInfo {
  const found = inputFields(entry).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${entry.id} has no field "${key}"`);
  return found;
}

/**
 * A field's text, kept in the URL under the field's declared parameter. `history.formerly` names the
 * parameter(s) links used before the parameters took the CLI flags' names (e.g. `{ formerly: ['retr'] }`):
 * such a link still opens with its values, and the first edit moves the value to the new name.
 */
export function useFieldParam(
  field: Pick<FieldInfo, 'param'>,
  fallback: string,
  history?: ParamHistory,
): [string, (value: string) => void] {
  return useTextParam(field.param, fallback, history);
}

/** A labelled input for a declared field: its label and unit, its example as the hint, its issues beside it. */
export function InputField(props: {
  field: FieldInfo;
  value: string;
  onChange: (value: string) => void;
  issues?: readonly Issue[];
  /** Issues at another path than the field's key (e.g. a nested row). */
  path?: ReadonlyArray<string | number>;
  hint?: ReactNode;
  width?: 'narrow' | 'wide';
  inputMode?: 'text' | 'numeric' | 'decimal';
}) {
  const { field } = props;
  return (
    <Field
      label={labelWithUnit(field)}
      name={field.param}
      value={props.value}
      onChange={props.onChange}
      issues={issuesAt(props.issues, props.path ?? [field.key])}
      hint={props.hint ?? `e.g. ${field.example}`}
      placeholder={field.example}
      width={props.width}
      inputMode={props.inputMode}
    />
  );
}

/** `GET rate (requests/s)`; no unit where the label already says it (`Prefix count`, not `(prefixes)`). */
function labelWithUnit(field: FieldInfo): string {
  const unitWord = field.unit?.toLowerCase().replace(/s$/, '');
  return field.unit && unitWord && !field.label.toLowerCase().includes(unitWord)
    ? `${field.label} (${field.unit})`
    : field.label;
}
