import nodemailer from 'nodemailer';

/** One message as capdo sends it: always both a text and an HTML body (Vietnamese first). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** E-mail out through SMTP (nodemailer), or off when no SMTP_URL is set. */
export interface Mailer {
  /** False without SMTP_URL: nothing is sent, and administrators are told so. */
  enabled: boolean;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * The transport from SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS from the start), the sender
 * from MAIL_FROM. nodemailer upgrades a plain connection with STARTTLS when the server offers it.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl)
    return {
      enabled: false,
      send: () => Promise.reject(new Error('SMTP_URL is not set')),
      close: () => {},
    };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
