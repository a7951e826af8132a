import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailResult {
  /** False when no SMTP server is configured and the message went to the development outbox. */
  delivered: boolean;
  outboxFile?: string;
}

/**
 * Sends e-mail through SMTP when `SMTP_URL` is set. Without it, each message is written as an .eml file
 * to the development outbox (`OUTBOX_DIR`, by default `.data/outbox`), and callers show links in the UI.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  get smtpConfigured(): boolean {
    return this.config.mail.smtpUrl !== undefined;
  }

  async send(message: MailMessage): Promise<MailResult> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...message });
    if (this.smtpConfigured) return { delivered: true };
    mkdirSync(this.config.mail.outboxDir, { recursive: true });
    const file = join(
      this.config.mail.outboxDir,
      `${Date.now()}-${message.to.replace(/[^\w.@-]/g, '_')}.eml`,
    );
    writeFileSync(file, (info as unknown as { message: Buffer }).message);
    this.logger.log(`No SMTP server configured: kept "${message.subject}" in ${file}`);
    return { delivered: false, outboxFile: file };
  }
}
