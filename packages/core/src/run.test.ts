import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCalculator, failure, success } from './result.ts';
import { findNonJsonValue, run } from './run.ts';
import { Trace } from './trace.ts';

const halve = defineCalculator({
  name: 'halve',
  schema: z.object({
    n: z.number({ error: 'n must be a number, like 8.' }).positive('n must be more than 0.'),
  }),
  calculate: ({ n }) => {
    const trace = new Trace();
    const half = trace.step({ id: 'half', formula: 'n ÷ 2', inputs: { n }, value: n / 2, unit: 'things' });
    return success({ half }, trace.steps);
  },
});

describe('run', () => {
  it('validates, then returns the value with its ordered trace', () => {
    expect(run(halve, { n: 8 })).toEqual({
      ok: true,
      value: { half: 4 },
      trace: [{ id: 'half', formula: 'n ÷ 2', inputs: { n: 8 }, value: 4, unit: 'things' }],
      warnings: [],
    });
  });

  it('returns issues with code, path and a message saying what is valid', () => {
    expect(run(halve, { n: -1 })).toEqual({
      ok: false,
      issues: [{ code: 'too_small', path: ['n'], message: 'n must be more than 0.' }],
    });
    expect(run(halve, {})).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: ['n'], message: 'n must be a number, like 8.' }],
    });
    expect(run(halve, 'nonsense')).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          message: expect.stringContaining('must be an object of named fields'),
        },
      ],
    });
  });

  it("keeps a refinement's own stable code", () => {
    const even = defineCalculator({
      name: 'even',
      schema: z.object({
        n: z.number().refine((n) => n % 2 === 0, {
          message: 'n must be even, like 2 or 4.',
          params: { code: 'not_even' },
        }),
      }),
      calculate: ({ n }) => success({ n }, []),
    });
    expect(run(even, { n: 3 })).toEqual({
      ok: false,
      issues: [{ code: 'not_even', path: ['n'], message: 'n must be even, like 2 or 4.' }],
    });
  });

  it('passes on failures the calculator reports', () => {
    const refuses = defineCalculator({
      name: 'refuses',
      schema: z.object({}),
      calculate: () => failure({ code: 'no', path: [], message: 'never valid' }),
    });
    expect(run(refuses, {})).toEqual({
      ok: false,
      issues: [{ code: 'no', path: [], message: 'never valid' }],
    });
  });

  it('turns a NaN, an Infinity or a bigint in the result into an issue instead of returning it', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1n]) {
      const leaky = defineCalculator({
        name: 'leaky',
        schema: z.object({}),
        calculate: () => success({ deep: [{ x: bad }] }, []),
      });
      const result = run(leaky, {});
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues[0]).toMatchObject({
          code: 'internal_non_finite',
          path: ['value', 'deep', 0, 'x'],
        });
    }
  });

  it('turns a throw inside a calculator into an internal_error issue', () => {
    const broken = defineCalculator({
      name: 'broken',
      schema: z.object({}),
      calculate: () => {
        throw new Error('boom');
      },
    });
    const result = run(broken, {});
    expect(result.ok === false && result.issues[0]?.code).toBe('internal_error');
    expect(result.ok === false && result.issues[0]?.message).toContain('boom');
  });
});

describe('findNonJsonValue', () => {
  it('accepts plain JSON data and skips absent optional properties', () => {
    expect(findNonJsonValue({ a: [1, 'x', null, true, { b: 2.5 }], c: undefined })).toBeUndefined();
  });
  it('finds a hole in an array', () => {
    expect(findNonJsonValue([1, undefined])).toEqual({ path: [1], what: 'a undefined' });
  });
});

describe('run on input with thousands of problems', () => {
  it('reports the first 20 and counts the rest, so the answer stays short', async () => {
    const { s3RequestPrefixes } = await import('./s3/s3RequestPrefixes.ts');
    const result = run(s3RequestPrefixes, { getRate: 100, traffic: Array(5000).fill('x').join(',') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(21);
    expect(result.issues[20]).toEqual({
      code: 'issues_truncated',
      path: [],
      message: '…and 4,980 more problems in the input; these are the first 20.',
    });
  });
});

describe("run where a schema left zod's own wording", () => {
  it('names the field by its label instead of a bare "Invalid input"', async () => {
    const { field } = await import('./input/fieldMeta.ts');
    const { inputObject } = await import('./input/inputObject.ts');
    const bare = defineCalculator({
      name: 'bare',
      schema: inputObject({
        depth: field(z.array(z.number()), {
          label: 'Depths',
          flag: 'depth',
          param: 'depth',
          description: 'Depths.',
          example: '1',
        }),
      }),
      calculate: () => success({}, []),
    });
    const result = run(bare, { depth: [1, 'x'] });
    expect(result.ok === false && result.issues[0]?.message).toBe(
      'Depths (1): expected number, received string.',
    );
  });
});
