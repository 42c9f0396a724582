import {
  calculatorEntry,
  run,
  VPC_EXPORT_FORMATS,
  type VpcExportFormat,
  type VpcPlan,
  vpcExport,
  vpcPlan,
} from '@awscalc/core';
import { type Command, UsageError, withUsage } from '../../command.ts';
import { defineCommand, type InputContext, printOutcome } from '../../declare.ts';
import { argValue, existingFrom } from './existingFrom.ts';
import { fileBlocks, planBlocks } from './render.ts';

const ABOUT = `Places one subnet per tier per Availability Zone inside the VPC CIDRs (the primary first, then each
secondary in order): aligned, never overlapping, biggest first so the free space stays in as few and
as large blocks as possible. The same input always gives the same plan. A tier's size is a prefix
length (/24) or the number of usable hosts each subnet must hold: AWS reserves 5 addresses in every
subnet (first four and last), so 4000 hosts → /20 (4,096 − 5 = 4,091 usable); never smaller than /28.

Each tier's subnets sit side by side in one aligned block with a slot per AZ (see --future-azs), so
adding an AZ later fills the next slot and moves nothing.

The VPC CIDRs are the arguments (the primary first), --vpc-cidr or --secondary. --azs is a count,
a whole number 1–16 (3 → AZs named az1, az2, az3: placeholders that exports turn into the Region's
1st, 2nd, 3rd available AZ), or a comma-separated list of AZ names (us-east-1a,us-east-1b) or AZ IDs
(use1-az1,use1-az2); any other label with a letter (a,b) is a placeholder like az1; numbers such as
1.5 or 2,3 are refused, not names. An --existing AZ that is neither planned nor a real AZ name/ID
(az9 with --azs 2) is warned about; exports ask for it (a Terraform variable, a CloudFormation
parameter) rather than guess.

Two different "formats": --format writes the plan as a file to deploy (terraform, cloudformation,
csv or json) on stdout, with problems and warnings on stderr; --output (and --json) chooses how the
plan itself prints (table, text, csv, json). With --json, the plan prints as JSON even with --format.

JSON keys: vpc, ipv6, azs, azsFromCount, slotsPerTier, tiers, subnets [{cidr, az, tier, prefixLength,
totalAddresses, usableAddresses, firstUsable, lastUsable, vpcCidr, ipv6Cidr?, existing?}], reserved,
free, totals, fit, problems, warnings, trace. Invalid input with --json prints { "issues": [...] }.`;

const EXAMPLES = [
  'awscalc vpc plan 10.0.0.0/16 --azs 3 --tier public=/24 --tier private=4000 --tier data=/26',
  'awscalc vpc plan 10.0.0.0/16 --azs 3 --future-azs 4 --tier private=/19 --tier public=/20',
  'awscalc vpc plan 10.0.0.0/16 --secondary 100.64.0.0/16 --azs us-east-1a,us-east-1b \\\n      --tier public=/24 --lb-tier public --tier pods=/18 --ipv6 2600:1f18:1234:5600::/56',
  'awscalc vpc plan 10.0.0.0/16 --azs 3 --tier app=/22 --existing 10.0.0.0/22:app:az1 --format terraform',
  'aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-0abc | \\\n      awscalc vpc plan 10.0.0.0/16 --azs us-east-1a,us-east-1b --tier app=/22 --existing-from -',
];

const list = (value: unknown): string[] => (value as string[] | undefined) ?? [];

/** The raw plan input from the flags: the field flags, plus the older and shorthand flags folded in. */
function planInput(
  { fromFields, positionals, flags }: InputContext,
  imported: ReadonlyArray<{ cidr: string; tier: string; az: string }>,
): Record<string, unknown> {
  const vpcCidrs = [...positionals, ...list(fromFields.vpcCidrs), ...list(flags.secondary)];
  if (vpcCidrs.length === 0)
    throw new UsageError('give the VPC CIDR, e.g. awscalc vpc plan 10.0.0.0/16 --azs 3 --tier public=/24');
  if (fromFields.azs === undefined)
    throw new UsageError('give --azs, a count (3) or names (us-east-1a,us-east-1b)');
  const tierTexts = list(fromFields.tiers);
  if (tierTexts.length === 0)
    throw new UsageError(
      'give at least one --tier <name>=<size>, e.g. --tier public=/24 --tier private=4000',
    );
  const format = flags.format as string | undefined;
  if (format !== undefined && !(VPC_EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format is one of ${VPC_EXPORT_FORMATS.join(', ')}; got "${format}"`);
  // --lb-tier marks a tier given with --tier; the tier text itself stays name=size.
  const lbTiers = list(flags['lb-tier']);
  const names = tierTexts.map((text) => (text.includes('=') ? text.slice(0, text.indexOf('=')) : text));
  const unknownLb = lbTiers.find((name) => !names.includes(name));
  if (unknownLb !== undefined)
    throw new UsageError(
      `--lb-tier ${unknownLb}: no --tier named "${unknownLb}" (tiers: ${names.join(', ')})`,
    );
  const tiers = tierTexts.map((text, index) =>
    lbTiers.includes(names[index]!)
      ? { name: names[index], size: text.slice(text.indexOf('=') + 1), loadBalancer: true }
      : text,
  );
  const ipv6Size = flags['ipv6-subnet-size'];
  if (ipv6Size !== undefined && fromFields.ipv6 === undefined)
    throw new UsageError('--ipv6-subnet-size needs --ipv6 <cidr>');
  // --max-cidrs and --max-subnets are shorthands for --quotas (JSON text the calculator reads).
  const maxCidrs = flags['max-cidrs'];
  const maxSubnets = flags['max-subnets'];
  const shorthand = maxCidrs !== undefined || maxSubnets !== undefined;
  if (shorthand && fromFields.quotas !== undefined)
    throw new UsageError('give the quotas once: --quotas, or --max-cidrs/--max-subnets');
  const quotas = shorthand
    ? { ...(maxCidrs !== undefined ? { maxCidrs } : {}), ...(maxSubnets !== undefined ? { maxSubnets } : {}) }
    : fromFields.quotas;
  const existing = [...list(fromFields.existing), ...imported];
  return {
    ...fromFields,
    vpcCidrs,
    tiers,
    ...(existing.length > 0 ? { existing } : {}),
    ...(fromFields.ipv6 !== undefined
      ? { ipv6: { cidr: fromFields.ipv6, ...(ipv6Size !== undefined ? { subnetPrefix: ipv6Size } : {}) } }
      : {}),
    ...(quotas !== undefined ? { quotas } : {}),
  };
}

/** The declared command, made per run so the subnets read by --existing-from reach its input. */
function declarePlan(imported: ReadonlyArray<{ cidr: string; tier: string; az: string }> = []): Command {
  let raw: Record<string, unknown> = {};
  let given = { positionals: 0, vpcCidrFlags: 0, existingFlags: 0 };
  return defineCommand<VpcPlan>({
    name: 'plan',
    entry: calculatorEntry('vpc.plan'),
    usage: '<vpc-cidr> [<secondary-cidr>…] --azs <count|names> --tier <name>=<size> [--tier …]',
    positionals: { min: 0, max: 50, describe: 'the VPC CIDRs, primary first' },
    about: ABOUT,
    examples: EXAMPLES,
    extraFlags: {
      secondary: {
        type: 'string',
        multiple: true,
        value: 'cidr',
        description: 'a secondary VPC CIDR (the same as --vpc-cidr after the primary). Repeatable.',
      },
      'lb-tier': {
        type: 'string',
        multiple: true,
        value: 'name',
        description:
          'marks a --tier as a load-balancer tier: ELB needs each subnet to be at least /27 with 8 free addresses; a host-count tier gets 8 more. Repeatable.',
      },
      'existing-from': {
        type: 'string',
        value: 'file|-',
        description:
          'existing subnets from the JSON of `aws ec2 describe-subnets` (a file, or - for stdin); the tier is the subnet\'s "Tier" tag (or --tier-tag), else its Name tag, else its ID.',
      },
      'tier-tag': {
        type: 'string',
        value: 'key',
        description: "the tag that names a subnet's tier for --existing-from (default Tier).",
      },
      'ipv6-subnet-size': {
        type: 'string',
        value: 'n',
        description: 'IPv6 subnet prefix length, /44–/64 in steps of 4 (default 64).',
      },
      'max-cidrs': {
        type: 'string',
        value: 'n',
        description:
          'IPv4 CIDR blocks per VPC quota (default 5, the AWS default); the same as --quotas {"maxCidrs":n}.',
      },
      'max-subnets': {
        type: 'string',
        value: 'n',
        description:
          'subnets per VPC quota (default 200, the AWS default); the same as --quotas {"maxSubnets":n}.',
      },
      format: {
        type: 'string',
        value: VPC_EXPORT_FORMATS.join('|'),
        description:
          'the export FILE format: write the plan as Terraform, CloudFormation, CSV or JSON to deploy (not how the result prints: that is --output).',
      },
      name: {
        type: 'string',
        value: 'name',
        description: "the VPC's name in exports (Name tags, resource names); default main.",
      },
    },
    input: (context) => {
      raw = planInput(context, imported);
      given = {
        positionals: context.positionals.length,
        vpcCidrFlags: list(context.fromFields.vpcCidrs).length,
        existingFlags: list(context.fromFields.existing).length,
      };
      return raw;
    },
    // A value that reached the plan through another flag or an argument names what was typed.
    pathLabel: (path, { flags }) => {
      const [key, index] = path;
      if (key === 'vpcCidrs' && typeof index === 'number') {
        if (index < given.positionals) return index === 0 ? '<vpc-cidr>' : `argument ${index + 1}`;
        return index < given.positionals + given.vpcCidrFlags ? undefined : '--secondary';
      }
      if (key === 'existing' && typeof index === 'number' && index >= given.existingFlags)
        return '--existing-from';
      if (key === 'ipv6' && path[1] === 'subnetPrefix' && flags['ipv6-subnet-size'] !== undefined)
        return '--ipv6-subnet-size';
      if (key === 'quotas' && path[1] === 'maxCidrs' && flags['max-cidrs'] !== undefined)
        return '--max-cidrs';
      if (key === 'quotas' && path[1] === 'maxSubnets' && flags['max-subnets'] !== undefined)
        return '--max-subnets';
      return undefined;
    },
    render: (value, { flags }) => {
      const format = flags.format as VpcExportFormat | undefined;
      if (format === undefined) return planBlocks(value);
      // Only the JSON export carries warnings; run again (milliseconds) rather than thread them through.
      const again = format === 'json' ? run(vpcPlan, raw) : undefined;
      return fileBlocks(
        vpcExport(value, format, {
          ...(again?.ok ? { warnings: again.warnings } : {}),
          ...(typeof flags.name === 'string' ? { name: flags.name } : {}),
        }),
      );
    },
  });
}

const help = declarePlan().help;

/**
 * `awscalc vpc plan`: the declared command, plus two steps a declaration cannot express: subnets
 * read from `--existing-from` (a file or stdin), and `--format`, which writes the export file alone
 * on stdout (as `--output text` does) with problems and warnings on stderr.
 */
export const planCommand: Command = {
  name: 'plan',
  summary: calculatorEntry('vpc.plan').summary,
  help,
  run: (argv, io) =>
    withUsage({ name: 'vpc plan', help }, io, async () => {
      const wantsHelp = argv.includes('--help') || argv.includes('-h');
      const json = argv.includes('--json');
      let imported: ReadonlyArray<{ cidr: string; tier: string; az: string }> = [];
      const from = argValue(argv, 'existing-from');
      if (from !== undefined && !wantsHelp) {
        const read = await existingFrom(from, argValue(argv, 'tier-tag') ?? 'Tier', io);
        if (!read.ok)
          return printOutcome(
            io,
            { ok: false, issues: read.issues },
            {
              format: json ? 'json' : 'table',
              trace: false,
              flagOf: () => '--existing-from',
              render: () => [],
            },
          );
        imported = read.existing;
      }
      const exporting = argValue(argv, 'format') !== undefined && !json && !wantsHelp;
      if (exporting && argValue(argv, 'output') !== undefined)
        throw new UsageError(
          '--format writes the export file; --output chooses how a plan prints. Give one.',
        );
      return declarePlan(imported).run(exporting ? [...argv, '--output', 'text'] : argv, io);
    }),
};
