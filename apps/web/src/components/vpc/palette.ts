/** Tier colours for the address map and table swatches (colour-blind-friendly, cycled). */
const VPC_TIER_COLOURS = [
  '#0b6bcb',
  '#e07b00',
  '#2e9e5b',
  '#8e44ad',
  '#c0392b',
  '#16a3b8',
  '#b58900',
  '#6d4c41',
];

export function vpcTierColour(tierIndex: number): string {
  if (tierIndex < 0) return '#d9dee5';
  return VPC_TIER_COLOURS[tierIndex % VPC_TIER_COLOURS.length]!;
}
