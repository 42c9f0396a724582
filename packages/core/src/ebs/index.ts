// Public API of the ebs calculators.

export type { EbsBurstModel } from './ebsBurstModel.ts';
export { ebsBurstModel, ebsGp2BaselineIops } from './ebsBurstModel.ts';
export type { EbsBurstSimulation, EbsSimulatedPeriod, EbsSimulationPoint } from './ebsBurstSimulation.ts';
export { EbsBurstSimulationInput, ebsBurstSimulation } from './ebsBurstSimulation.ts';
export type { EbsDemandParse, EbsDemandPeriod } from './ebsDemand.ts';
export { EBS_MAX_DEMAND_TEXT, EBS_MAX_PERIODS, ebsParseDemand } from './ebsDemand.ts';
export type { EbsCandidate, EbsCheapestVolume } from './ebsCheapestVolume.ts';
export { EbsCheapestVolumeInput, ebsCheapestVolume } from './ebsCheapestVolume.ts';
export type { EbsCost } from './ebsCost.ts';
export { EbsCostInput, ebsCost } from './ebsCost.ts';
export type { EbsInstanceCap } from './ebsInstanceCap.ts';
export type { EbsInstanceLimits } from './ebsInstances.ts';
export { ebsInstanceList, ebsInstanceLookup } from './ebsInstances.ts';
export type { EbsVolumeType } from './ebsLimits.ts';
export { EBS_VOLUME_TYPES } from './ebsLimits.ts';
export type { EbsMigrateGp2ToGp3, EbsMigrationSide } from './ebsMigrateGp2ToGp3.ts';
export { EbsMigrateGp2ToGp3Input, ebsMigrateGp2ToGp3 } from './ebsMigrateGp2ToGp3.ts';
export type { EbsRaid0 } from './ebsRaid0.ts';
export { EbsRaid0Input, ebsRaid0 } from './ebsRaid0.ts';
export type { EbsCreditBucket, EbsEffective, EbsVolumePerformance } from './ebsVolumePerformance.ts';
export { EbsVolumeInput, ebsVolumePerformance } from './ebsVolumePerformance.ts';
export type { EbsVolumeTraits } from './ebsVolumeTraits.ts';
export { EBS_BURSTABLE_TYPES, ebsVolumeTraits, ebsVolumeTraitsList } from './ebsVolumeTraits.ts';
export { EBS_PRICES as ebsPrices } from './prices.ts';
export { EBS_INSTANCE_LIMIT_FIELDS } from './ebsSchemas.ts';
