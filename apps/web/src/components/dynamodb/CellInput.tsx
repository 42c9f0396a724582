import type { Issue } from '@awscalc/core';
import { useId } from 'react';
import { FieldMessage } from '../Field.tsx';

/** An input inside a table cell, labelled for screen readers, with its issues right under it. */
export function CellInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issues?: readonly Issue[];
  width?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const errors = props.issues ?? [];
  return (
    <div className="dynamo-cell">
      <input
        id={id}
        aria-label={props.label}
        value={props.value}
        disabled={props.disabled}
        spellCheck={false}
        autoComplete="off"
        style={props.width ? { width: props.width } : undefined}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldMessage id={id} issues={errors} />
    </div>
  );
}
