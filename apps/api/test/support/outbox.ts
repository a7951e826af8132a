import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function newOutboxDir(): string {
  return mkdtempSync(join(tmpdir(), 'praxis-outbox-'));
}

/** The messages written to the development outbox for one address, oldest first, as raw text. */
export function messagesTo(outboxDir: string, email: string): string[] {
  return readdirSync(outboxDir)
    .filter((file) => file.endsWith(`-${email}.eml`))
    .sort()
    .map((file) => readFileSync(join(outboxDir, file), 'utf8'));
}

/** The last link of a given kind (`invitations` or `reset-password`) mailed to an address. */
export function lastLinkTo(
  outboxDir: string,
  email: string,
  kind: 'invitations' | 'reset-password',
): string {
  const messages = messagesTo(outboxDir, email);
  const text = decodeQuotedPrintable(messages.at(-1) ?? '');
  const links = [...text.matchAll(new RegExp(`https?://[^\\s]+/${kind}/([\\w-]{43})`, 'g'))];
  if (links.length === 0) throw new Error(`No ${kind} link was mailed to ${email}.`);
  return links.at(-1)![1]!;
}

/** Undoes the quoted-printable encoding nodemailer uses for non-ASCII text (UTF-8 bytes as =XX). */
export function decodeQuotedPrintable(raw: string): string {
  const latin1 = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(latin1, 'latin1').toString('utf8');
}
