import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './masking';

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['11010119900307123X', '110101********123X'],
    ['110101900307123', '110101*****7123'],
    ['91130535MA0ABCDE1X', '911305********DE1X'],
    ['E12345678', 'E1*****78'],
    ['1234', '****'],
    ['', ''],
  ])('masks %s as %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['010-12345678', '010-****5678'],
    ['12345678', '****5678'],
    ['1234567', '***4567'],
    ['1234', '****'],
  ])('masks %s as %s', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });
});
