/** Masking for lists and exports, where the full number is not needed (个人隐私, ACC). */

/**
 * Masks an identity document number: long numbers (18-digit ID cards, credit codes) keep the first 6 and last 4
 * characters, e.g. `110101********1234`; shorter ones keep about a quarter at each end; 4 or fewer are masked whole.
 */
export function maskIdNumber(value: string): string {
  const number = value.trim();
  const length = number.length;
  if (length <= 4) return '*'.repeat(length);
  const [head, tail] = length >= 15 ? [6, 4] : [Math.floor(length / 4), Math.floor(length / 4)];
  return number.slice(0, head) + '*'.repeat(length - head - tail) + number.slice(length - tail);
}

/**
 * Masks a phone number: the four digits before the last four become `*`, separators and prefixes stay,
 * e.g. `13812345678` → `138****5678`, `010-12345678` → `010-****5678`. Four or fewer digits are masked whole.
 */
export function maskPhone(value: string): string {
  const chars = [...value.trim()];
  const digitPositions = chars.flatMap((char, index) => (/\d/.test(char) ? [index] : []));
  const count = digitPositions.length;
  const masked = count <= 4 ? digitPositions : digitPositions.slice(Math.max(0, count - 8), count - 4);
  for (const index of masked) chars[index] = '*';
  return chars.join('');
}
