import type { Issue } from '@awscalc/core';
import { type ReactNode, useId } from 'react';

/** Issues whose path starts with `path` (e.g. ['cidr'] matches ['cidr'] and ['cidr', 0]). */
export function issuesAt(
  issues: readonly Issue[] | undefined,
  path: ReadonlyArray<string | number>,
): Issue[] {
  return (issues ?? []).filter((issue) => path.every((part, index) => issue.path[index] === part));
}

/** A labelled input with its hint and the issues for its field shown right beside it. */
export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issues?: readonly Issue[];
  hint?: ReactNode;
  placeholder?: string;
  name?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | undefined;
  width?: 'narrow' | 'wide' | undefined;
}) {
  const id = useId();
  const errors = props.issues ?? [];
  return (
    <div className={`field${props.width === 'narrow' ? ' narrow' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldMessage id={id} issues={errors} hint={props.hint} />
    </div>
  );
}

/**
 * What stands under a control: its issues (as an alert the control points to with
 * `aria-describedby={`${id}-error`}`), else its hint.
 */
export function FieldMessage(props: { id: string; issues: readonly Issue[]; hint?: ReactNode }) {
  if (props.issues.length > 0) {
    return (
      <p className="field-error" id={`${props.id}-error`} role="alert">
        {props.issues.map((issue) => issue.message).join(' ')}
      </p>
    );
  }
  return props.hint ? <p className="field-hint">{props.hint}</p> : null;
}
