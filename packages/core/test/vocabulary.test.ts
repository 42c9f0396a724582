import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { metaOf } from '../src/input/fieldMeta.ts';
import { run } from '../src/run.ts';
import { calculators, inputFields, inputJsonSchema } from '../src/registry.ts';

/** Every field of every registered calculator, with the calculator it belongs to. */
const everyField = calculators.flatMap((entry) => inputFields(entry).map((field) => ({ entry, field })));

function fieldSchema(entry: (typeof calculators)[number], key: string): z.ZodType {
  const def = (entry.calculator.schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } })
    ._zod.def;
  const schema = def.shape?.[key];
  if (!schema) throw new Error(`${entry.id}: no schema for ${key}`);
  return schema;
}

describe('the calculator registry', () => {
  it('has unique ids, each with a title, a summary and labelled fields', () => {
    expect(new Set(calculators.map((entry) => entry.id)).size).toBe(calculators.length);
    for (const entry of calculators) {
      expect(entry.title.length, entry.id).toBeGreaterThan(0);
      expect(entry.summary.length, entry.id).toBeGreaterThan(0);
      expect(inputFields(entry).length, `${entry.id} declares no fields`).toBeGreaterThan(0);
    }
  });

  it('gives every top-level input field metadata, so no face has to invent a label', () => {
    for (const entry of calculators) {
      const def = (
        entry.calculator.schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } }
      )._zod.def;
      for (const [key, schema] of Object.entries(def.shape ?? {}))
        expect(metaOf(schema), `${entry.id}.${key} has no field metadata`).toBeDefined();
    }
  });
});

describe('one name per idea', () => {
  it('gives a field key the same flag and URL parameter in every calculator', () => {
    const byKey = new Map<string, string>();
    for (const { entry, field } of everyField) {
      const names = `--${field.flag} / ?${field.param}=`;
      const seen = byKey.get(field.key);
      expect(
        seen === undefined || seen === names,
        `${entry.id}.${field.key} is ${names}, elsewhere ${seen}`,
      ).toBe(true);
      byKey.set(field.key, names);
    }
  });

  it('never lets one flag or one URL parameter mean two fields', () => {
    for (const [kind, name] of [
      ['flag', (f: (typeof everyField)[number]['field']) => f.flag],
      ['param', (f: (typeof everyField)[number]['field']) => f.param],
    ] as const) {
      const owner = new Map<string, string>();
      for (const { entry, field } of everyField) {
        const seen = owner.get(name(field));
        expect(
          seen === undefined || seen === field.key,
          `${kind} ${name(field)} is ${entry.id}.${field.key} and ${seen}`,
        ).toBe(true);
        owner.set(name(field), field.key);
      }
    }
  });

  it('uses kebab-case flags and parameters', () => {
    for (const { entry, field } of everyField) {
      expect(field.flag, `${entry.id}.${field.key}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(field.param, `${entry.id}.${field.key}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    }
  });
});

describe('field metadata that holds', () => {
  it.each(everyField.map(({ entry, field }) => [`${entry.id}.${field.key}`, entry, field] as const))(
    '%s accepts its own example as a face passes it (text; a list of text when repeatable)',
    (_name, entry, field) => {
      const raw = field.repeatable ? [field.example] : field.switch ? true : field.example;
      const parsed = fieldSchema(entry, field.key).safeParse(raw);
      expect(parsed.success, `${JSON.stringify(raw)}: ${parsed.error?.issues[0]?.message}`).toBe(true);
    },
  );

  it.each(
    everyField
      .filter(({ field }) => !field.switch)
      .map(({ entry, field }) => [`${entry.id}.${field.key}`, entry, field] as const),
  )('%s refuses a 2 MB paste with a bounded message that names the field', (_name, entry, field) => {
    const blob = '9'.repeat(2_000_000);
    const result = run(entry.calculator, { [field.key]: field.repeatable ? [blob] : blob });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((candidate) => candidate.path[0] === field.key);
    expect(issue, JSON.stringify(result.issues).slice(0, 300)).toBeDefined();
    expect(issue!.code).not.toMatch(/^internal/);
    expect(issue!.message.length).toBeLessThan(600);
  });
});

describe('inputJsonSchema', () => {
  it.each(calculators.map((entry) => [entry.id, entry] as const))(
    'describes %s with each field under its key and label',
    (_id, entry) => {
      const schema = inputJsonSchema(entry) as {
        properties?: Record<string, { title?: string; label?: string }>;
      };
      for (const field of inputFields(entry)) {
        expect(schema.properties?.[field.key], field.key).toBeDefined();
        expect(schema.properties?.[field.key]?.label).toBe(field.label);
      }
    },
  );
});

describe('one name per idea inside nested inputs too', () => {
  it('never gives a nested field a flag that a top-level field uses for another idea', () => {
    const topLevel = new Map(everyField.map(({ field }) => [field.flag, field.key]));
    const topLabels = new Map(everyField.map(({ field }) => [field.flag, field.label]));
    const clashes: string[] = [];
    for (const entry of calculators) {
      const walk = (node: unknown, path: string[]): void => {
        if (Array.isArray(node)) return node.forEach((item) => walk(item, path));
        if (typeof node !== 'object' || node === null) return;
        const meta = node as { flag?: unknown; label?: unknown };
        const owner = typeof meta.flag === 'string' ? topLevel.get(meta.flag) : undefined;
        // The same field again (a capacity input nested in a cost input: same label), or an element of
        // the field that owns the flag (a list's item, a union's branch), is the same idea.
        const sameField = owner !== undefined && topLabels.get(String(meta.flag)) === meta.label;
        if (path.length > 2 && owner !== undefined && !sameField && path[1] !== owner)
          clashes.push(
            `${entry.id} ${path.join('/')}: --${String(meta.flag)} (${String(meta.label)}) belongs to ${owner}`,
          );
        for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
      };
      walk(inputJsonSchema(entry), []);
    }
    expect(clashes).toEqual([]);
  });
});
