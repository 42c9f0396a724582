import { VPC_PLAN_PARAMS, VpcPlanDraft, vpcDraftFromParams, vpcDraftToParams } from '@awscalc/core';
import { useCallback, useState } from 'react';
import { reportUnreadableParam } from '../../url.ts';

/** The page's older link format: the whole form as JSON in one `plan` parameter. Still read. */
const OLD_PLAN_PARAM = 'plan';

function readDraft(fallback: VpcPlanDraft): VpcPlanDraft {
  const params = new URLSearchParams(window.location.search);
  const fromParams = vpcDraftFromParams((name) => params.getAll(name));
  if (fromParams) return fromParams;
  const old = params.get(OLD_PLAN_PARAM);
  if (old === null) return fallback;
  let parsed: ReturnType<typeof VpcPlanDraft.safeParse> | undefined;
  try {
    parsed = VpcPlanDraft.safeParse(JSON.parse(old));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) return parsed.data;
  // Never swap a shared link's content for defaults silently: the shell names the parameter.
  reportUnreadableParam(OLD_PLAN_PARAM);
  return fallback;
}

/**
 * The planner form's state, kept in the URL under the same names as the CLI flags (`vpc-cidr`,
 * `azs`, `tier`, …), so a link reads like the command. Links in the older `?plan={…}` form still
 * open; the first edit rewrites them in the new form.
 */
export function useVpcDraft(fallback: VpcPlanDraft): [VpcPlanDraft, (draft: VpcPlanDraft) => void] {
  const [draft, setDraft] = useState(() => readDraft(fallback));
  const update = useCallback((next: VpcPlanDraft) => {
    setDraft(next);
    const params = new URLSearchParams(window.location.search);
    for (const name of [OLD_PLAN_PARAM, ...Object.values(VPC_PLAN_PARAMS)]) params.delete(name);
    for (const [name, value] of vpcDraftToParams(next)) params.append(name, value);
    window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
  }, []);
  return [draft, update];
}
