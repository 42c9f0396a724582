import { readFileSync } from 'node:fs';
import {
  type Issue,
  run,
  VPC_EXPORT_FORMATS,
  type VpcExportFormat,
  type VpcPlan,
  type VpcPlanInput,
  vpcExport,
  vpcExistingFromDescribeSubnets,
  vpcPlan,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  formatTrace,
  formatWarnings,
  parseFlags,
  printResult,
  subcommands,
  UsageError,
  withUsage,
} from '../command.ts';
import { keyValues, table } from '../table.ts';

const planHelp = `awscalc vpc plan — lay out a VPC's subnets: one per tier per AZ, checked against AWS's rules

Usage:
  awscalc vpc plan <vpc-cidr> [<secondary-cidr>…] --azs <count|names> --tier <name>=<size> [--tier …] [flags]

Places one subnet per tier per Availability Zone inside the VPC CIDRs (the primary first, then each
secondary in order): aligned, never overlapping, biggest first so the free space stays in as few and
as large blocks as possible. The same input always gives the same plan. A tier's size is a prefix
length (/24) or the number of usable hosts each subnet must hold: AWS reserves 5 addresses in every
subnet (first four and last), so 4000 hosts → /20 (4,096 − 5 = 4,091 usable); never smaller than /28.

Each tier's subnets sit side by side in one aligned block with a slot per AZ (see --future-azs), so
adding an AZ later fills the next slot and moves nothing.

Flags:
  --azs <n|names>          required. A count, a whole number 1–16 (3 → AZs named az1, az2, az3:
                           placeholders that exports turn into the Region's 1st, 2nd, 3rd available
                           AZ), or a comma-separated list of AZ names (us-east-1a,us-east-1b) or AZ
                           IDs (use1-az1,use1-az2). Any other label with a letter (a,b) is a
                           placeholder like az1; numbers such as 1.5 or 2,3 are refused, not names.
  --tier <name>=<size>     required, repeatable, in order. <size> is /N (16–28) or a host count:
                           --tier public=/24 --tier private=4000 --tier data=/26
  --lb-tier <name>         repeatable. Marks a tier as a load-balancer tier: ELB needs each subnet to
                           be at least /27 with 8 free addresses; a host-count tier gets 8 more.
  --future-azs <n>         room to grow: hold a slot in every tier for n AZs (n ≥ the AZ count), so
                           adding AZs later renumbers nothing. Held slots are listed as "reserved".
  --secondary <cidr>       repeatable. A secondary VPC CIDR (same as extra positional CIDRs), checked
                           against AWS's association restrictions in the order given.
  --existing <cidr:tier:az> repeatable. A subnet that already exists: kept exactly where it is; new
                           subnets go around it. e.g. --existing 10.0.0.0/24:public:az1
                           An AZ that is neither planned nor a real AZ name/ID (az9 with --azs 2)
                           is warned about; exports ask for it (a Terraform variable, a
                           CloudFormation parameter) rather than guess.
  --existing-from <file|-> existing subnets from the JSON of \`aws ec2 describe-subnets\` (a file, or
                           - for stdin); the tier is the subnet's "Tier" tag (or --tier-tag), else
                           its Name tag, else its ID; the AZ is its AvailabilityZone.
  --tier-tag <key>         the tag that names a subnet's tier for --existing-from (default Tier).
  --ipv6 <cidr>            the VPC's IPv6 block (e.g. its Amazon-provided /56); every subnet gets one
                           IPv6 block from it at a fixed position per tier and AZ slot.
  --ipv6-subnet-size <n>   IPv6 subnet prefix length, /44–/64 in steps of 4 (default 64).
  --peer <cidr>            repeatable. Peer VPC, on-premises, VPN or Transit Gateway ranges: warns on
                           overlap (and on EKS's default service ranges 10.100.0.0/16, 172.20.0.0/16).
  --max-cidrs <n>          IPv4 CIDR blocks per VPC quota (default 5, the AWS default).
  --max-subnets <n>        subnets per VPC quota (default 200, the AWS default).
  --format <fmt>           export the plan instead of the table: terraform | cloudformation | csv | json
  --name <name>            the VPC's name in exports (Name tags, resource names); default main.
  --json                   print one JSON object: vpc, ipv6, azs, azsFromCount, slotsPerTier, tiers,
                           subnets [{cidr, az, tier, prefixLength, totalAddresses, usableAddresses,
                           firstUsable, lastUsable, vpcCidr, ipv6Cidr?, existing?}], reserved, free,
                           totals, fit, problems, warnings, trace
  --trace                  also print the arithmetic, step by step, with AWS sources
  -h, --help               show this help

Exit codes: 0 the plan is valid; 1 the plan has problems (it does not fit, or AWS would reject it:
see "problems") or the input is invalid (with --json, printed as { "issues": [...] } on stdout, also
for --existing-from JSON that is not describe-subnets output); 2 usage error (text on stderr).

Examples:
  awscalc vpc plan 10.0.0.0/16 --azs 3 --tier public=/24 --tier private=4000 --tier data=/26
  awscalc vpc plan 10.0.0.0/16 --azs 3 --future-azs 4 --tier private=/19 --tier public=/20
  awscalc vpc plan 10.0.0.0/16 --secondary 100.64.0.0/16 --azs us-east-1a,us-east-1b \\
      --tier public=/24 --lb-tier public --tier pods=/18 --ipv6 2600:1f18:1234:5600::/56
  awscalc vpc plan 10.0.0.0/16 --azs 3 --tier app=/22 --existing 10.0.0.0/22:app:az1 --format terraform
  aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-0abc | \\
      awscalc vpc plan 10.0.0.0/16 --azs us-east-1a,us-east-1b --tier app=/22 --existing-from -
`;

const MULTI = { type: 'string', multiple: true } as const;
const ONE = { type: 'string' } as const;

const wholeNumber = (flag: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/^\//, '');
  if (!/^\d+$/.test(cleaned)) throw new UsageError(`${flag} takes a whole number, got "${text}"`);
  return Number(cleaned);
};

const planCommand: Command = {
  name: 'plan',
  summary: 'lay out subnets per tier and AZ; check AWS rules; export Terraform/CloudFormation/CSV/JSON',
  help: planHelp,
  run: (argv, io) =>
    withUsage({ name: 'vpc plan', help: planHelp }, io, async () => {
      const { values, positionals } = parseFlags(argv, {
        azs: ONE,
        tier: MULTI,
        'lb-tier': MULTI,
        'future-azs': ONE,
        secondary: MULTI,
        existing: MULTI,
        'existing-from': ONE,
        'tier-tag': ONE,
        ipv6: ONE,
        'ipv6-subnet-size': ONE,
        peer: MULTI,
        'max-cidrs': ONE,
        'max-subnets': ONE,
        format: ONE,
        name: ONE,
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(planHelp);
        return EXIT.ok;
      }
      // Input that was understood but is invalid: exit 1, as JSON on stdout with --json.
      const invalid = (issues: readonly Issue[]) =>
        printResult(io, { ok: false, issues }, { json: values.json === true, render: () => '' });
      const vpcCidrs = [...positionals, ...(values.secondary ?? [])];
      if (vpcCidrs.length === 0)
        throw new UsageError(
          'give the VPC CIDR, e.g. awscalc vpc plan 10.0.0.0/16 --azs 3 --tier public=/24',
        );
      if (values.azs === undefined)
        throw new UsageError('give --azs, a count (3) or names (us-east-1a,us-east-1b)');
      if (!values.tier || values.tier.length === 0)
        throw new UsageError(
          'give at least one --tier <name>=<size>, e.g. --tier public=/24 --tier private=4000',
        );
      const format = values.format;
      if (format !== undefined && !(VPC_EXPORT_FORMATS as readonly string[]).includes(format))
        throw new UsageError(`--format is one of ${VPC_EXPORT_FORMATS.join(', ')}; got "${format}"`);
      const lbTiers = values['lb-tier'] ?? [];
      const tiers = values.tier.map((spec) => {
        const equals = spec.indexOf('=');
        if (equals <= 0)
          throw new UsageError(`--tier takes <name>=<size> like public=/24 or private=4000; got "${spec}"`);
        const name = spec.slice(0, equals);
        return {
          name,
          size: spec.slice(equals + 1),
          ...(lbTiers.includes(name) ? { loadBalancer: true } : {}),
        };
      });
      const unknownLb = lbTiers.find((name) => !tiers.some((tier) => tier.name === name));
      if (unknownLb !== undefined)
        throw new UsageError(
          `--lb-tier ${unknownLb}: no --tier named "${unknownLb}" (tiers: ${tiers.map((t) => t.name).join(', ')})`,
        );
      const existing = (values.existing ?? []).map((spec) => {
        const [cidr, tier, az, ...rest] = spec.split(':');
        if (!cidr || !tier || !az || rest.length > 0)
          throw new UsageError(
            `--existing takes <cidr>:<tier>:<az> like 10.0.0.0/24:public:az1; got "${spec}"`,
          );
        return { cidr, tier, az };
      });
      const from = values['existing-from'];
      if (from !== undefined) {
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
        const imported = vpcExistingFromDescribeSubnets(raw, values['tier-tag'] ?? 'Tier');
        if (!imported.ok) return invalid(imported.issues);
        existing.push(...imported.existing);
      }
      const futureAzs = wholeNumber('--future-azs', values['future-azs']);
      const ipv6SubnetPrefix = wholeNumber('--ipv6-subnet-size', values['ipv6-subnet-size']);
      if (ipv6SubnetPrefix !== undefined && values.ipv6 === undefined)
        throw new UsageError('--ipv6-subnet-size needs --ipv6 <cidr>');
      const maxCidrs = wholeNumber('--max-cidrs', values['max-cidrs']);
      const maxSubnets = wholeNumber('--max-subnets', values['max-subnets']);
      const input: VpcPlanInput = {
        vpcCidrs,
        azs: values.azs,
        tiers,
        ...(futureAzs !== undefined ? { futureAzs } : {}),
        ...(existing.length > 0 ? { existing } : {}),
        ...(values.ipv6 !== undefined
          ? {
              ipv6: {
                cidr: values.ipv6,
                ...(ipv6SubnetPrefix !== undefined ? { subnetPrefix: ipv6SubnetPrefix } : {}),
              },
            }
          : {}),
        ...(values.peer ? { peers: values.peer } : {}),
        ...(maxCidrs !== undefined || maxSubnets !== undefined
          ? {
              quotas: {
                ...(maxCidrs !== undefined ? { maxCidrs } : {}),
                ...(maxSubnets !== undefined ? { maxSubnets } : {}),
              },
            }
          : {}),
      };
      const result = run(vpcPlan, input);
      const exitFor = (value: VpcPlan) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok);
      if (format !== undefined) {
        if (!result.ok) return invalid(result.issues);
        io.out(
          vpcExport(result.value, format as VpcExportFormat, {
            warnings: result.warnings,
            ...(values.name !== undefined ? { name: values.name } : {}),
          }),
        );
        if (result.value.problems.length > 0)
          io.err(result.value.problems.map((problem) => `problem: ${problem.message}\n`).join(''));
        io.err(formatWarnings(result.warnings).trimStart());
        return exitFor(result.value);
      }
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) =>
          renderPlan(value) + (values.trace ? `\nArithmetic:\n${formatTrace(trace)}\n` : ''),
        exitFor,
      });
    }),
};

const grouped = (value: number) => value.toLocaleString('en-US');

function renderPlan(plan: VpcPlan): string {
  const ipv6 = plan.ipv6 !== null;
  const parts: string[] = [];
  parts.push(
    keyValues([
      ['VPC', plan.vpc.join(', ')],
      ...(plan.ipv6 ? ([['IPv6', `${plan.ipv6.cidr} (subnets /${plan.ipv6.subnetPrefix})`]] as const) : []),
      [
        'AZs',
        `${plan.azs.join(', ')}${plan.azsFromCount ? ' (placeholders: exports use the Region’s first available AZs)' : ''}`,
      ],
      [
        'Tiers',
        plan.tiers
          .map((tier) => `${tier.name} /${tier.prefixLength} (${grouped(tier.usableAddresses)} usable)`)
          .join(', '),
      ],
      [
        'Tier blocks',
        plan.tiers.map((tier) => `${tier.name} ${tier.summaryCidrs.join(' + ') || '—'}`).join('; '),
      ],
    ]),
  );
  parts.push(
    table([
      ['Tier', 'AZ', 'CIDR', 'Usable', 'First usable', 'Last usable', ...(ipv6 ? ['IPv6'] : []), 'Note'],
      ...plan.subnets.map((subnet) => [
        subnet.tier,
        subnet.az,
        subnet.cidr,
        grouped(subnet.usableAddresses),
        subnet.firstUsable,
        subnet.lastUsable,
        ...(ipv6 ? [subnet.ipv6Cidr ?? '—'] : []),
        subnet.existing ? 'existing' : '',
      ]),
    ]),
  );
  if (plan.reserved.length > 0)
    parts.push(
      `Held for future AZs (growth room):\n${table([
        ['Tier', 'AZ', 'CIDR', ...(ipv6 ? ['IPv6'] : [])],
        ...plan.reserved.map((slot) => [
          slot.tier,
          slot.az,
          slot.cidr,
          ...(ipv6 ? [slot.ipv6Cidr ?? '—'] : []),
        ]),
      ])}`,
    );
  parts.push(
    keyValues([
      ['Free', plan.free.length > 0 ? plan.free.join(', ') : 'none'],
      [
        'Totals',
        `${plan.totals.subnets} subnet${plan.totals.subnets === 1 ? '' : 's'}, ${grouped(plan.totals.usableAddresses)} usable of ${grouped(plan.totals.subnetAddresses)} addresses; ${grouped(plan.totals.reservedAddresses)} held for growth; ${grouped(plan.totals.freeAddresses)} free of ${grouped(plan.totals.vpcAddresses)} in the VPC`,
      ],
    ]),
  );
  if (plan.problems.length > 0)
    parts.push(plan.problems.map((problem) => `problem: ${problem.message}`).join('\n') + '\n');
  return parts.join('\n');
}

export const vpcCommand: Command = subcommands(
  'vpc',
  'plan a VPC: subnets per tier and AZ, AWS rules, exports',
  [planCommand],
);
