import { subcommands } from '../command.ts';
import { costCommand } from './s3/cost.ts';
import { multipartCommand } from './s3/multipart.ts';
import { prefixesCommand } from './s3/prefixes.ts';

/** `awscalc s3 …`: the domain level; each subcommand is declared in its own file under ./s3/. */
export const s3Command = subcommands(
  's3',
  'S3 request-rate prefixes, multipart upload plans and storage-class costs',
  [prefixesCommand, multipartCommand, costCommand],
);
