// Public API of the dynamodb calculators: filled in by the dynamodb issue.
export {};
