import type { InputField, Issue } from '@awscalc/core';
import { useId } from 'react';
import { issuesAt } from '../Field.tsx';

/**
 * A declared field offered as a fixed list (units, month, storage class): the label comes from the
 * field's metadata. A value no option offers (a hand-edited link) is kept and shown as an option, so
 * the calculator's message beside the field explains it instead of the page silently dropping it.
 */
export function SelectField(props: {
  field: InputField;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [value: string, text: string]>;
  issues?: readonly Issue[] | undefined;
}) {
  const id = useId();
  const errors = issuesAt(props.issues, [props.field.key]);
  const known = props.options.some(([value]) => value === props.value);
  return (
    <div className="field narrow">
      <label htmlFor={id}>{props.field.label}</label>
      <select
        id={id}
        name={props.field.param}
        value={props.value}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {known ? null : <option value={props.value}>{props.value}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {errors.length > 0 ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {errors.map((issue) => issue.message).join(' ')}
        </p>
      ) : null}
    </div>
  );
}
