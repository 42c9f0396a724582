import type { Warning } from '@awscalc/core';

/** Warnings about a valid result, and problems that make it invalid for AWS, as lists. */
export function Notices(props: {
  warnings?: readonly Warning[];
  problems?: ReadonlyArray<{ code: string; message: string }>;
}) {
  const problems = props.problems ?? [];
  const warnings = props.warnings ?? [];
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <div className="notices">
      {problems.length > 0 ? (
        <ul className="problems" aria-label="Problems">
          {problems.map((problem, index) => (
            <li key={`${problem.code}-${index}`} data-code={problem.code}>
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="warnings" aria-label="Warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`} data-code={warning.code}>
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
