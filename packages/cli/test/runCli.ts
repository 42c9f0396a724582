import { fileURLToPath } from 'node:url';
import { memoryIo } from '../src/io.ts';
import { main } from '../src/main.ts';

/** The real `awscalc` binary, for the few tests that spawn it. */
export const BIN = fileURLToPath(new URL('../bin/awscalc.js', import.meta.url));

/** Runs the CLI in-process with `argv` and optional piped stdin; returns the exit code and output. */
export async function runCli(argv: readonly string[], stdin = '') {
  const io = memoryIo(stdin);
  const code = await main(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** Runs the CLI with `--json` appended and parses standard output. */
export async function runCliJson(argv: readonly string[], stdin = '') {
  const result = await runCli([...argv, '--json'], stdin);
  return { ...result, json: JSON.parse(result.stdout) };
}
