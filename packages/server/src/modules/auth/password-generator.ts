import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: generated passwords are read aloud and typed by hand.
const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const alphabet = letters + digits;

/** A random 14-character password that meets the policy (letters and digits), from a CSPRNG. */
export function generatePassword(length = 14): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < length; i++) password += alphabet[randomInt(alphabet.length)];
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
