/** What to do with a prefix count: lower bounds, the 503 ramp-up, key design, even spread. */
export function guidance(prefixes: number): Array<{ code: string; message: string }> {
  const shards = Math.max(prefixes, 2);
  const width = String(shards - 1).length;
  const first = '0'.padStart(width, '0');
  const last = String(shards - 1).padStart(width, '0');
  return [
    {
      code: 'lower_bound',
      message:
        'AWS documents at least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix; these counts are lower bounds on what S3 gives, and there is no limit on the number of prefixes in a bucket.',
    },
    {
      code: 'ramp_up',
      message:
        'S3 adds partitions gradually, not instantly: after a sudden jump in traffic expect HTTP 503 Slow Down until it has scaled. Ramp traffic up gradually and retry 503s with exponential backoff and jitter (the AWS SDKs do this).',
    },
    {
      code: 'key_design',
      message:
        prefixes === 1
          ? `One partitioned prefix covers these rates. To leave room to grow, put the part of the key that varies first (e.g. ${first}/…–${last}/… from a hash of the object name, then the date: shard/2026-11-22/object), so S3 can split the load later; a date- or sequence-first key sends all new writes to one prefix.`
          : `Put the part of the key that varies first, so requests spread over ${shards} prefixes evenly: e.g. ${first}/…–${last}/… from a hash of the object name, then the date (shard/2026-11-22/object). A date- or sequence-first key sends all new writes to one prefix.`,
    },
    {
      code: 'even_spread',
      message:
        'A prefix count helps only when requests spread evenly over the prefixes: one hot prefix is limited to its own partition until S3 splits it.',
    },
  ];
}
