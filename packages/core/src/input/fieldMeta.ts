import { z } from 'zod';

/**
 * What a person sees of one input field, in every face: the label a message names, the CLI flag,
 * the URL query parameter, the unit, a sentence saying what it is, and an example value. One name
 * per idea: the vocabulary test fails when one field key gets two flags or two keys share a flag.
 */
export interface FieldMeta {
  /** Human name used in messages, help and forms, e.g. `GET rate`. */
  readonly label: string;
  /** CLI flag without dashes, e.g. `get-rate`. */
  readonly flag: string;
  /** URL query parameter, e.g. `get-rate`. Same as the flag unless a link would get too long. */
  readonly param: string;
  /** The unit a bare number is read in, e.g. `requests/s`, `GiB`; omitted for unitless fields. */
  readonly unit?: string;
  /** One sentence: what the field means and how to write it. */
  readonly description: string;
  /** A valid value as a person would type it, e.g. `20k/s`. */
  readonly example: string;
  /** The field may be given more than once (a list): `--tier a=/24 --tier b=/26`. */
  readonly repeatable?: boolean;
  /** A yes/no field: a CLI flag without a value, a checkbox on the web. */
  readonly switch?: boolean;
}

/** The registry every field's metadata lives in (zod 4's own registry, so JSON Schema export sees it). */
export const fieldRegistry = z.registry<FieldMeta>();

/** Attaches metadata to a schema and returns the same schema. */
export function field<Schema extends z.ZodType>(schema: Schema, meta: FieldMeta): Schema {
  fieldRegistry.add(schema, meta);
  return schema;
}

/**
 * The metadata of a field schema, looking through `.optional()`, `.default()`, `.pipe()` and
 * `z.preprocess` wrappers, which zod creates as new schemas without the original's registration.
 */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  // Wrappers nest a few levels at most; the bound keeps a cyclic definition from looping.
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    const meta = fieldRegistry.get(current);
    if (meta) return meta;
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    current = (def.innerType ?? def.in ?? def.out) as z.ZodType | undefined;
  }
  return undefined;
}

/** A field of a calculator's input: its key in the input object and its metadata. */
export interface InputField extends FieldMeta {
  readonly key: string;
  readonly required: boolean;
}

/** The top-level fields of an object schema that carry metadata, in declaration order. */
export function fieldsOf(schema: z.ZodType): InputField[] {
  const shape = objectShape(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, child]) => {
    const meta = metaOf(child);
    if (!meta) return [];
    const required = !(child as z.ZodType).safeParse(undefined).success;
    return [{ key, required, ...meta }];
  });
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    current = (def.innerType ?? def.in ?? def.schema) as z.ZodType | undefined;
  }
  return undefined;
}

/** The label of the field at the head of an issue path, or the key itself when it has none. */
export function labelAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string | undefined {
  const head = path[0];
  if (typeof head !== 'string') return undefined;
  return fieldsOf(schema).find((candidate) => candidate.key === head)?.label;
}
