import type { TraceStep } from '@awscalc/core';

/** The arithmetic behind a result, step by step, each linked to the AWS page it relies on. */
export function TraceTable({ trace }: { trace: readonly TraceStep[] }) {
  if (trace.length === 0) return null;
  return (
    <details className="trace">
      <summary>Show the arithmetic ({trace.length} steps)</summary>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Step</th>
            <th>Inputs</th>
            <th>Result</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {trace.map((step, index) => (
            <tr key={`${step.id}-${index}`}>
              <td>{index + 1}</td>
              <td>{step.formula}</td>
              <td>
                {Object.entries(step.inputs)
                  .map(([key, value]) => `${key} = ${String(value)}`)
                  .join(', ')}
              </td>
              <td className="num">
                {String(step.value)} {step.unit}
              </td>
              <td>
                {step.source ? (
                  <a href={step.source} target="_blank" rel="noreferrer">
                    AWS
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
