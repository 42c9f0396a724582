// Public API of the s3 calculators: filled in by the s3 issue.
export {};
