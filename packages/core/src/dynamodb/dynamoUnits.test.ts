import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dynamoReadUnits, dynamoWriteUnits } from './dynamoUnits.ts';

const KB = 1024;

describe('dynamoReadUnits', () => {
  // AWS, "DynamoDB read and write operations" (read-write-operations.html).
  it('rounds a 3,500-byte item up to 4 KB: 1 RCU strongly consistent, 0.5 eventually (AWS example)', () => {
    expect(dynamoReadUnits(3500, 'strong')).toBe(1);
    expect(dynamoReadUnits(3500, 'eventual')).toBe(0.5);
  });

  it('rounds a 10 KB item up to 12 KB: 3 RCU strongly consistent (AWS GetItem example)', () => {
    expect(dynamoReadUnits(10 * KB, 'strong')).toBe(3);
  });

  it('charges an 8 KB item 2 / 1 / 4 units strong / eventual / transactional (AWS example)', () => {
    expect(dynamoReadUnits(8 * KB, 'strong')).toBe(2);
    expect(dynamoReadUnits(8 * KB, 'eventual')).toBe(1);
    expect(dynamoReadUnits(8 * KB, 'transactional')).toBe(4);
  });

  it('charges a read of a missing (0-byte) item one full step', () => {
    expect(dynamoReadUnits(0, 'strong')).toBe(1);
    expect(dynamoReadUnits(0, 'eventual')).toBe(0.5);
  });

  it('switches to the next step one byte past a 4 KB boundary', () => {
    expect(dynamoReadUnits(4096, 'strong')).toBe(1);
    expect(dynamoReadUnits(4097, 'strong')).toBe(2);
  });

  it('never decreases as the item grows', () => {
    fc.assert(
      fc.property(fc.nat(500 * KB), fc.nat(500 * KB), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(dynamoReadUnits(large, 'strong')).toBeGreaterThanOrEqual(dynamoReadUnits(small, 'strong'));
      }),
    );
  });

  it('charges eventually consistent reads exactly half and transactional reads exactly twice strong', () => {
    fc.assert(
      fc.property(fc.nat(500 * KB), (bytes) => {
        const strong = dynamoReadUnits(bytes, 'strong');
        expect(dynamoReadUnits(bytes, 'eventual') * 2).toBe(strong);
        expect(dynamoReadUnits(bytes, 'transactional')).toBe(strong * 2);
      }),
    );
  });
});

describe('dynamoWriteUnits', () => {
  it('charges 1 KB → 1 WCU, 3 KB → 3 WCU, transactional 3 KB → 6 WCU (AWS pricing page examples)', () => {
    expect(dynamoWriteUnits(KB, 'standard')).toBe(1);
    expect(dynamoWriteUnits(3 * KB, 'standard')).toBe(3);
    expect(dynamoWriteUnits(3 * KB, 'transactional')).toBe(6);
  });

  it('rounds 500 B up to 1 WCU and 1.6 KB up to 2 WCU (AWS PutItem/DeleteItem rule)', () => {
    expect(dynamoWriteUnits(500, 'standard')).toBe(1);
    expect(dynamoWriteUnits(Math.ceil(1.6 * KB), 'standard')).toBe(2);
  });

  it('charges a 512-byte write 1 WCU and a 2.5 KB write 3 WCU (study notes)', () => {
    expect(dynamoWriteUnits(512, 'standard')).toBe(1);
    expect(dynamoWriteUnits(2.5 * KB, 'standard')).toBe(3);
  });

  it('charges transactional writes exactly twice standard and never less as size grows', () => {
    fc.assert(
      fc.property(fc.nat(400 * KB), fc.nat(400 * KB), (a, b) => {
        expect(dynamoWriteUnits(a, 'transactional')).toBe(dynamoWriteUnits(a, 'standard') * 2);
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(dynamoWriteUnits(large, 'standard')).toBeGreaterThanOrEqual(
          dynamoWriteUnits(small, 'standard'),
        );
      }),
    );
  });
});
