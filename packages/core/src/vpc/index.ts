// Public API of the VPC planner: filled in by the VPC planner issue.
export {};
