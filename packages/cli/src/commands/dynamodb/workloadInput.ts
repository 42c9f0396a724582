import { readFile } from 'node:fs/promises';
import { calculatorEntry, inputFields } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import type { ExtraFlag, InputContext } from '../../declare.ts';
import type { Io } from '../../io.ts';

type FlagValues = InputContext['flags'];
type Path = ReadonlyArray<string | number>;

/**
 * The workload fields (operations, indexes, target utilization, spike, month, …) with their flags,
 * from the capacity calculator's metadata: `capacity` takes them as its own fields, `cost` as extra
 * flags that fill its `workload`, so both commands spell them the same way.
 */
export const WORKLOAD_FIELDS = inputFields(calculatorEntry('dynamodb.capacity'));

/** One read and/or one write operation described by flags, for the common case. */
export const SIMPLE_FLAGS: Readonly<Record<string, ExtraFlag>> = {
  reads: {
    type: 'string',
    value: 'rate',
    description: 'reads per second (100, 12,000, 6000/min, 1.2M/day): one item per read (GetItem)',
  },
  writes: { type: 'string', value: 'rate', description: 'writes per second: one item per write (PutItem)' },
  'item-size': {
    type: 'string',
    value: 'size',
    description: 'size of each item read and written (default 1KB; 1 KB = 1,024 bytes, fractions round up)',
  },
  'read-size': {
    type: 'string',
    value: 'size',
    description: 'size of each item read (overrides --item-size)',
  },
  'write-size': {
    type: 'string',
    value: 'size',
    description: 'size of each item written (overrides --item-size)',
  },
  'read-consistency': {
    type: 'string',
    value: 'c',
    description: 'strong (default), eventual or transactional',
  },
  'write-mode': { type: 'string', value: 'm', description: 'standard (default) or transactional' },
};

export const WORKLOAD_FLAG: ExtraFlag = {
  type: 'string',
  value: 'file',
  description:
    'the access pattern as JSON (README, section DynamoDB): a file, - for stdin, or the JSON itself. Not combinable with --reads/--writes/--*-size/--read-consistency/--write-mode/--operations.',
};

const text = (value: FlagValues[string]) => (typeof value === 'string' ? value : undefined);

/** JSON from `--workload`: inline JSON text, `-` (stdin) or a file. Unreadable or not JSON is a usage error. */
async function readWorkloadJson(io: Io, source: string): Promise<Record<string, unknown>> {
  const inline = /^\s*[{[]/.test(source.slice(0, 100));
  let json: string;
  try {
    json = inline ? source : source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read workload file "${source}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (source === '-' && json.trim() === '')
    throw new UsageError('--workload - reads JSON from stdin, but stdin was empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new UsageError(
      `--workload ${inline ? 'text' : `"${source === '-' ? 'stdin' : source}"`} is not valid JSON (${error instanceof Error ? error.message.slice(0, 120).replace(/\s+/g, ' ') : 'unreadable'})`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError('--workload is a JSON object with an "operations" list (README, section DynamoDB)');
  return parsed as Record<string, unknown>;
}

/**
 * The workload as raw input, from `--workload`, `--operations` or the simple flags, with the other
 * workload field flags (`--gsis`, `--target-utilization`, `--month`, …) laid over it. A cost file may
 * wrap the workload with cost options (`{"workload": {...}, "storage": "50GB"}`); those come back
 * as `options`.
 */
export async function workloadInput(
  context: InputContext,
): Promise<{ workload: Record<string, unknown>; options: Record<string, unknown> }> {
  const { flags, io } = context;
  const fromFlags: Record<string, unknown> = {};
  for (const field of WORKLOAD_FIELDS)
    if (flags[field.flag] !== undefined) fromFlags[field.key] = flags[field.flag];
  const simple = Object.keys(SIMPLE_FLAGS).filter((flag) => flags[flag] !== undefined);
  const source = text(flags.workload);
  if (source !== undefined) {
    const clash = [...simple, ...(flags.operations !== undefined ? ['operations'] : [])];
    if (clash.length > 0)
      throw new UsageError(
        `--workload describes the whole access pattern; drop ${clash.map((flag) => `--${flag}`).join(', ')}`,
      );
    const file = await readWorkloadJson(io, source);
    const wrapped =
      typeof file.workload === 'object' && file.workload !== null && !Array.isArray(file.workload);
    const { workload: inner, ...options } = file;
    return {
      workload: { ...(wrapped ? (inner as Record<string, unknown>) : file), ...fromFlags },
      options: wrapped ? options : {},
    };
  }
  if (flags.operations !== undefined) {
    if (simple.length > 0)
      throw new UsageError(
        `--operations lists every operation; drop ${simple.map((flag) => `--${flag}`).join(', ')}`,
      );
    return { workload: fromFlags, options: {} };
  }
  if (flags.reads === undefined && flags.writes === undefined)
    throw new UsageError('give --reads and/or --writes (per second), --operations JSON, or --workload FILE');
  const itemSize = text(flags['item-size']);
  const operations: Record<string, unknown>[] = [];
  if (flags.reads !== undefined) {
    const size = text(flags['read-size']) ?? itemSize;
    const consistency = text(flags['read-consistency']);
    operations.push({
      type: 'GetItem',
      name: 'reads',
      rate: flags.reads,
      ...(size !== undefined ? { itemSize: size } : {}),
      ...(consistency !== undefined ? { consistency } : {}),
    });
  }
  if (flags.writes !== undefined) {
    const size = text(flags['write-size']) ?? itemSize;
    const writeMode = text(flags['write-mode']);
    operations.push({
      type: 'PutItem',
      name: 'writes',
      rate: flags.writes,
      ...(size !== undefined ? { itemSize: size } : {}),
      ...(writeMode !== undefined ? { writeMode } : {}),
    });
  }
  return { workload: { ...fromFlags, operations }, options: {} };
}

const OPERATION_FLAGS: Readonly<Record<string, string>> = {
  rate: '',
  itemSize: 'size',
  consistency: 'read-consistency',
  writeMode: 'write-mode',
};

/**
 * The flag that filled a path inside the workload: `operations.0.rate` → `--reads` when the
 * operations came from --reads/--writes, `--workload operations.0.rate` when they came from a file.
 */
export function workloadFlagFor(path: Path, flags: FlagValues): string | undefined {
  if (flags.workload !== undefined) return `--workload ${path.join('.')}`;
  const [head, position, field] = path;
  if (head !== 'operations' || typeof position !== 'number' || typeof field !== 'string') return undefined;
  if (flags.operations !== undefined) return undefined;
  const kind = position === 0 && flags.reads !== undefined ? 'reads' : 'writes';
  const flag = OPERATION_FLAGS[field];
  if (flag === undefined) return undefined;
  if (flag === '') return `--${kind}`;
  if (flag !== 'size') return `--${flag}`;
  const sized = kind === 'reads' ? 'read-size' : 'write-size';
  return flags[sized] !== undefined ? `--${sized}` : '--item-size';
}
