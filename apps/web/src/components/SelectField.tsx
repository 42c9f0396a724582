import type { InputField as FieldInfo, Issue } from '@awscalc/core';
import { type ReactNode, useId } from 'react';
import { FieldMessage, issuesAt } from './Field.tsx';

/**
 * A drop-down for a value from a fixed list (units, month, storage class, volume type, a table
 * cell's operation type). Given a declared `field`, its label and URL parameter come from the field
 * metadata and the issues at the field's key are shown beside it, else its hint. A value no option
 * offers (a hand-edited link) is kept and shown as an option, so the calculator's message beside the
 * field explains it instead of the page silently showing another value.
 *
 * `cell`: inside a table cell, labelled for screen readers only (`label` is then required).
 */
export function SelectField<T extends string>(props: {
  field?: FieldInfo;
  /** The label when there is no field, or to say more than the field's label. */
  label?: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly (T | readonly [value: T, text: string])[];
  issues?: readonly Issue[] | undefined;
  /** Issues at another path than the field's key. */
  path?: ReadonlyArray<string | number>;
  hint?: ReactNode;
  width?: 'narrow';
  cell?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  const { field } = props;
  const label = props.label ?? field?.label ?? '';
  const path = props.path ?? (field ? [field.key] : undefined);
  const errors = path ? issuesAt(props.issues, path) : [...(props.issues ?? [])];
  const options = props.options.map((option) =>
    typeof option === 'string' ? ([option, option] as const) : option,
  );
  const known = options.some(([value]) => value === props.value);
  const select = (
    <select
      id={id}
      name={field?.param}
      aria-label={props.cell ? label : undefined}
      value={props.value}
      disabled={props.disabled}
      aria-invalid={errors.length > 0}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
      onChange={(event) => props.onChange(event.target.value as T)}
    >
      {known ? null : <option value={props.value}>{props.value}</option>}
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
  if (props.cell) {
    return (
      <>
        {select}
        <FieldMessage id={id} issues={errors} />
      </>
    );
  }
  return (
    <div className={`field${props.width === 'narrow' ? ' narrow' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {select}
      <FieldMessage id={id} issues={errors} hint={props.hint} />
    </div>
  );
}
