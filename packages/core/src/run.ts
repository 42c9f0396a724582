import type { z } from 'zod';
import { labelAt } from './input/fieldMeta.ts';
import type { Calculator, Issue, Result } from './result.ts';

/**
 * The one boundary between raw input and a calculator: validate with the calculator's schema, then
 * calculate. Never throws and never lets NaN, Infinity, a bigint or `undefined` reach a face.
 *
 * @example
 * run(subnetInspect, { cidr: '10.0.0.0/24' })
 * //=> { ok: true, value: { usableAddresses: '251', ... }, trace: [...], warnings: [] }
 */
export function run<Schema extends z.ZodType, T>(calculator: Calculator<Schema, T>, raw: unknown): Result<T> {
  const parsed = calculator.schema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: firstIssues(parsed.error.issues.map((issue) => toIssue(issue, calculator.schema))),
    };
  let outcome: Result<T>;
  try {
    outcome = calculator.calculate(parsed.data);
  } catch (error) {
    // A throw here is a bug in the calculator, not the user's fault; report it as data rather
    // than letting a stack trace reach the user.
    return {
      ok: false,
      issues: [
        {
          code: 'internal_error',
          path: [],
          message: `${calculator.name} failed unexpectedly (${error instanceof Error ? error.message : String(error)}). This is a bug in awscalc; please report it with the input.`,
        },
      ],
    };
  }
  if (!outcome.ok) return outcome;
  const unsafe = findNonJsonValue({ value: outcome.value, trace: outcome.trace, warnings: outcome.warnings });
  if (unsafe !== undefined) {
    return {
      ok: false,
      issues: [
        {
          code: 'internal_non_finite',
          path: unsafe.path,
          message: `${calculator.name} produced ${unsafe.what} at ${unsafe.path.join('.') || '(root)'}. This is a bug in awscalc; please report it with the input.`,
        },
      ],
    };
  }
  return outcome;
}

/** At most this many issues are reported; a pasted list with 10,000 bad entries gets a short answer. */
const MAX_ISSUES = 20;

function firstIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      code: 'issues_truncated',
      path: [],
      message: `…and ${(issues.length - MAX_ISSUES).toLocaleString('en-US')} more problems in the input; these are the first ${MAX_ISSUES}.`,
    },
  ];
}

function toIssue(zodIssue: z.core.$ZodIssue, schema: z.ZodType): Issue {
  // Refinements carry our own stable code in params; zod's built-in checks keep zod's code.
  const params = 'params' in zodIssue ? (zodIssue.params as { code?: unknown } | undefined) : undefined;
  const code = typeof params?.code === 'string' ? params.code : zodIssue.code;
  // The whole input of the wrong kind (e.g. null): zod would say only "expected object".
  const wholeInput =
    zodIssue.path.length === 0 && zodIssue.code === 'invalid_type' && zodIssue.expected === 'object';
  const path = zodIssue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  return {
    code,
    path,
    message: wholeInput
      ? 'The input must be an object of named fields (a JSON object), not a single value or a list.'
      : zodIssue.message.startsWith('Invalid input')
        ? // zod's own wording, where a schema gave none: at least name the field by its label.
          `${labelAt(schema, path) ?? path.join('.')}${path.length > 1 ? ` (${path.slice(1).join('.')})` : ''}: ${zodIssue.message.replace('Invalid input: ', '')}.`
        : zodIssue.message,
  };
}

/** Finds the first value that JSON cannot carry faithfully (NaN, ±Infinity, bigint, undefined, function). */
export function findNonJsonValue(
  value: unknown,
  path: Array<string | number> = [],
): { path: Array<string | number>; what: string } | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? undefined : { path, what: String(value) };
    case 'bigint':
      return { path, what: 'a bigint (JSON carries big integers as decimal strings)' };
    case 'undefined':
    case 'function':
    case 'symbol':
      return { path, what: `a ${typeof value}` };
    case 'object': {
      if (value === null) return undefined;
      const entries: Array<[string | number, unknown]> = Array.isArray(value)
        ? value.map((item, index) => [index, item])
        : Object.entries(value);
      for (const [key, item] of entries) {
        // An optional property that is absent is fine; only array holes and explicit values matter.
        if (item === undefined && !Array.isArray(value)) continue;
        const found = findNonJsonValue(item, [...path, key]);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
