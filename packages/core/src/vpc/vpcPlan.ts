import { formatCidr } from '../cidr/cidr.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { VPC_QUOTA_IPV4_CIDRS } from './vpcFacts.ts';
import {
  vpcPlanFit,
  vpcPlanIpv6Checks,
  vpcPlanNeighbourWarnings,
  vpcPlanQuotaCheck,
} from './vpcPlanChecks.ts';
import { vpcPlanExisting } from './vpcPlanExisting.ts';
import { VpcPlanInput } from './vpcPlanInput.ts';
import type { VpcPlanContext } from './vpcPlanPhase.ts';
import { vpcPlanPlace } from './vpcPlanPlace.ts';
import type { VpcPlan } from './vpcPlanResult.ts';
import { vpcPlanSummaries } from './vpcPlanSummaries.ts';
import { vpcPlanTiers } from './vpcPlanTiers.ts';
import { vpcPlanTotals } from './vpcPlanTotals.ts';
import { vpcAssociationProblems, vpcCidrChecks } from './vpcRules.ts';

export type { VpcPlan, VpcReservedSlot, VpcSubnet, VpcTierSummary } from './vpcPlanResult.ts';

/**
 * Plans a VPC's subnets: one subnet per tier per AZ, aligned, never overlapping, inside the VPC
 * CIDRs (primary first), largest first so free space stays in few large blocks; optional growth
 * room per tier for future AZs, existing subnets kept in place, IPv6 per subnet, and AWS's rules
 * (VPC and subnet sizes, association restrictions, quotas, load-balancer subnets) checked.
 *
 * @example
 * run(vpcPlan, { vpcCidrs: ['10.0.0.0/16'], azs: 3, tiers: [{ name: 'public', size: '/24' }] })
 *   .value.subnets.map((s) => s.cidr) //=> ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']
 */
export const vpcPlan = defineCalculator({
  name: 'vpcPlan',
  schema: VpcPlanInput,
  calculate: (input) => {
    const problems: Problem[] = [];
    const warnings: Warning[] = [];
    const context: VpcPlanContext = {
      input,
      pools: input.vpcCidrs,
      azs: input.azs.names,
      slots: input.futureAzs ?? input.azs.names.length,
      trace: new Trace(),
      problems,
      warnings,
    };

    // 1. The VPC blocks: sizes, forbidden ranges, overlaps, the CIDR quota, association restrictions.
    const cidrChecks = vpcCidrChecks(context.pools, input.quotas?.maxCidrs ?? VPC_QUOTA_IPV4_CIDRS.value);
    problems.push(...cidrChecks.problems, ...vpcAssociationProblems(context.pools));
    warnings.push(...cidrChecks.warnings);
    // 2. Tier sizes. 3. Existing subnets, kept in place.
    const tiers = vpcPlanTiers(context);
    const existing = vpcPlanExisting(context, tiers);
    // 4–5. Layout and growth slots.
    const placement = vpcPlanPlace(context, tiers, existing);
    // 6. Tier summaries. 7. Free space and totals.
    const tierSummaries = vpcPlanSummaries(tiers, existing, placement);
    const { free, totals } = vpcPlanTotals(context, placement);
    // 8–11. IPv6 rules, subnet quota, fit diagnosis, neighbours.
    vpcPlanIpv6Checks(context, tiers.length, placement.ipv6Prefix);
    vpcPlanQuotaCheck(context, placement);
    const fit = vpcPlanFit(context, existing, placement);
    vpcPlanNeighbourWarnings(context);

    return success<VpcPlan>(
      {
        vpc: context.pools.map(formatCidr),
        ipv6:
          input.ipv6 && placement.ipv6Prefix !== undefined
            ? { cidr: formatCidr(input.ipv6.cidr), subnetPrefix: placement.ipv6Prefix }
            : null,
        azs: context.azs,
        azsFromCount: input.azs.fromCount,
        slotsPerTier: context.slots,
        tiers: tierSummaries,
        subnets: placement.subnets,
        reserved: placement.reserved,
        free: free.map(formatCidr),
        totals,
        fit,
        problems,
      },
      context.trace.steps,
      warnings,
    );
  },
});
