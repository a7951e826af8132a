import argon2 from 'argon2';

// OWASP's argon2id recommendation (19 MiB, 2 passes): strong, yet quick enough on 2 cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a response does not reveal whether an e-mail is registered. */
export async function verifyAgainstNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword('praxis-no-such-user-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
