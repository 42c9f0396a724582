import type { Cidr } from '../cidr/cidr.ts';
import type { Problem } from '../input/problem.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import type { VpcPlanParsed } from './vpcPlanInput.ts';

/**
 * What the phases of a VPC plan share (see vpcPlan.ts for the order): the validated input, the AZs
 * and slots, and the trace, problems and warnings each phase adds to.
 */
export interface VpcPlanContext {
  readonly input: VpcPlanParsed;
  /** The VPC IPv4 blocks, primary first. */
  readonly pools: readonly Cidr[];
  /** The AZs planned now. */
  readonly azs: readonly string[];
  /** AZ slots per tier: the future AZ count, else the AZ count. */
  readonly slots: number;
  readonly trace: Trace;
  readonly problems: Problem[];
  readonly warnings: Warning[];
}

/** A tier as sized by the plan. */
export interface VpcPlannedTier {
  readonly name: string;
  readonly prefixLength: number;
  readonly hostsRequested: number | null;
  readonly loadBalancer: boolean;
}

/** An existing subnet, checked and matched to its tier's AZ slot. */
export interface VpcExistingItem {
  readonly cidr: Cidr;
  readonly tier: string;
  readonly az: string;
  /** The AZ slot when the subnet's tier and AZ are both planned; undefined otherwise. */
  readonly slot: number | undefined;
}
