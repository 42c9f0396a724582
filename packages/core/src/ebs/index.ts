// Public API of the ebs calculators: filled in by the ebs issue.
export {};
