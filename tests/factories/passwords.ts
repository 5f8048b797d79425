import { hashPassword } from '#server/modules/auth/passwords.js';

/** A password the policy accepts. */
export const FACTORY_PASSWORD = 'Factory-Passw0rd!';

// scrypt costs ~60 ms a hash: hash each distinct password once per test file.
const hashes = new Map<string, Promise<string>>();
export const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
};
