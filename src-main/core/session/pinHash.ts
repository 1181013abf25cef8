import crypto from 'node:crypto';

/**
 * scrypt with a random salt per profile. The cost (N=2^14, ~30 ms a check here) slows guessing from a
 * copied file; at the keyboard the lockout is what stops it.
 */
const KEY_LENGTH = 32;
const COST = { N: 16384, r: 8, p: 1 };

export function hashPin(pin: string): { hash: string; salt: string } {
  const salt = crypto.randomBytes(16).toString('base64');
  return { hash: crypto.scryptSync(pin, salt, KEY_LENGTH, COST).toString('base64'), salt };
}

export function pinMatches(pin: string, hash: string, salt: string): boolean {
  const expected = Buffer.from(hash, 'base64');
  const actual = crypto.scryptSync(pin, salt, KEY_LENGTH, COST);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
