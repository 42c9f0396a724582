import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetContains } from './cidrSetContains.ts';

describe('cidrSetContains', () => {
  it('lists the candidates that leak out and the uncovered addresses', () => {
    const result = run(cidrSetContains, {
      containers: ['10.0.0.0/25', '10.0.0.128/25'],
      candidates: ['10.0.0.0/24', '10.0.0.0/23'],
    });
    expect(result.ok && result.value).toEqual({
      contained: false,
      notContained: [{ index: 1, cidr: '10.0.0.0/23' }],
      uncovered: ['10.0.1.0/24'],
      problems: [
        expect.objectContaining({
          code: 'not_contained',
          path: ['candidates', 1],
          message: 'Blocks to check entry 2, 10.0.0.0/23, is not wholly inside the Containing blocks.',
        }),
      ],
    });
  });
});
