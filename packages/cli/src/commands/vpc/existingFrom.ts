import { readFileSync } from 'node:fs';
import { type Issue, vpcExistingFromDescribeSubnets } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import type { Io } from '../../io.ts';

type Imported = { readonly cidr: string; readonly tier: string; readonly az: string };

/**
 * `--existing-from FILE|-`: existing subnets from the JSON of `aws ec2 describe-subnets`. Unreadable
 * files and text that is not JSON are usage errors; JSON that is not describe-subnets output gives
 * issues (exit 1, like any invalid input).
 */
export async function existingFrom(
  from: string,
  tierTag: string,
  io: Io,
): Promise<{ ok: true; existing: readonly Imported[] } | { ok: false; issues: readonly Issue[] }> {
  let text: string;
  try {
    text = from === '-' ? await io.readStdin() : readFileSync(from, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--existing-from: cannot read ${from} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(
      `--existing-from: ${from === '-' ? 'stdin' : from} is not JSON; give the output of aws ec2 describe-subnets`,
    );
  }
  return vpcExistingFromDescribeSubnets(raw, tierTag);
}

/** The value of `--name value` or `--name=value` in argv (the last one wins, as for any flag). */
export function argValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === `--${name}`) value = argv[index + 1];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  }
  return value;
}
