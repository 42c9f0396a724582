import { keyValues, table } from './table.ts';

/**
 * What a command prints, as data: label/value pairs, tables and prose. One renderer per command
 * builds blocks; `formatBlocks` writes them in the format the user chose, so `--output csv` and
 * `--output text` exist for every command without a second renderer.
 */
export type Block =
  | { readonly kind: 'pairs'; readonly rows: ReadonlyArray<readonly [string, string]> }
  | { readonly kind: 'table'; readonly rows: ReadonlyArray<ReadonlyArray<string>> }
  | { readonly kind: 'text'; readonly text: string };

export const pairs = (rows: ReadonlyArray<readonly [string, string]>): Block => ({ kind: 'pairs', rows });
export const rows = (header: readonly string[], body: ReadonlyArray<ReadonlyArray<string>>): Block => ({
  kind: 'table',
  rows: [header, ...body],
});
export const text = (value: string): Block => ({ kind: 'text', text: value });

/** `--output`: `table` (aligned, for people; the default), `text` (tab-separated, for awk), `csv` (RFC 4180), `json`. */
export const OUTPUT_FORMATS = ['table', 'text', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatBlocks(blocks: readonly Block[], format: Exclude<OutputFormat, 'json'>): string {
  switch (format) {
    case 'table':
      return blocks
        .map((block) =>
          block.kind === 'pairs'
            ? keyValues(block.rows)
            : block.kind === 'table'
              ? table(block.rows)
              : block.text.endsWith('\n')
                ? block.text
                : `${block.text}\n`,
        )
        .join('\n');
    case 'text':
      // Like the AWS CLI's text output: values separated by tabs, no header, no prose.
      return blocks
        .flatMap((block) =>
          block.kind === 'pairs'
            ? block.rows.map((row) => row.join('\t'))
            : block.kind === 'table'
              ? block.rows.slice(1).map((row) => row.join('\t'))
              : [],
        )
        .map((line) => `${line}\n`)
        .join('');
    case 'csv':
      return blocks
        .filter((block) => block.kind !== 'text')
        .map((block) =>
          (block.kind === 'pairs'
            ? [['Field', 'Value'], ...block.rows]
            : (block as { rows: ReadonlyArray<ReadonlyArray<string>> }).rows
          )
            .map((row) => `${row.map(csvCell).join(',')}\r\n`)
            .join(''),
        )
        .join('\r\n');
  }
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
