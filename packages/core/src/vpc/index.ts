// Public API of the VPC planner.
export type { VpcAllocation, VpcAllocationRequest } from './vpcAllocate.ts';
export { vpcAllocate } from './vpcAllocate.ts';
export type { VpcAssociationRestriction, VpcRangeClass } from './vpcFacts.ts';
export {
  VPC_ALB_MIN_AZS,
  VPC_ASSOCIATION_10_0_15_RULE,
  VPC_ASSOCIATION_RESTRICTIONS,
  VPC_EKS_DEFAULT_SERVICE_RANGES,
  VPC_LOAD_BALANCER_SUBNET,
  VPC_QUOTA_IPV4_CIDRS,
  VPC_QUOTA_SUBNETS,
} from './vpcFacts.ts';
export type { VpcFitDiagnosis, VpcUnplacedSubnet } from './vpcFit.ts';
export { vpcIpv6SubnetCidr } from './vpcIpv6.ts';
export type { VpcPlan, VpcReservedSlot, VpcSubnet, VpcTierSummary } from './vpcPlan.ts';
export { vpcPlan } from './vpcPlan.ts';
export type { VpcPlanParsed, VpcTierSize } from './vpcPlanInput.ts';
export {
  VpcExistingSubnetInput,
  VpcPlanInput,
  VpcTierInput,
  vpcAzsSchema,
  vpcTierSizeSchema,
} from './vpcPlanInput.ts';
export { vpcAssociationProblems, vpcRangeClass } from './vpcRules.ts';
export { vpcPrefixForHosts, vpcUsableAddresses } from './vpcTierPrefix.ts';
export type { VpcExportFormat } from './vpcExport.ts';
export { VPC_EXPORT_FILES, VPC_EXPORT_FORMATS, vpcExport } from './vpcExport.ts';
export { vpcExportCloudFormation } from './vpcExportCloudFormation.ts';
export { VPC_CSV_COLUMNS, vpcExportCsv } from './vpcExportCsv.ts';
export { vpcExportJson } from './vpcExportJson.ts';
export type { VpcAzReference, VpcExportOptions } from './vpcExportNames.ts';
export { vpcAzReference } from './vpcExportNames.ts';
export { vpcExportTerraform } from './vpcExportTerraform.ts';
export type { VpcMapRow, VpcMapSegment } from './vpcAddressMap.ts';
export { vpcAddressMap } from './vpcAddressMap.ts';
export { VpcPlanDraft, vpcDraftToInput } from './vpcPlanDraft.ts';
export { vpcExistingFromDescribeSubnets } from './vpcExistingFromAws.ts';
export { vpcPlanArgv, vpcPlanCommandLine, vpcShellWord } from './vpcPlanCommandLine.ts';
export { VPC_PLAN_PARAMS, vpcDraftFromParams, vpcDraftToParams } from './vpcPlanParams.ts';
