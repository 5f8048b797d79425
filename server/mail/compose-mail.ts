import type { MailMessage } from './mailer.js';

/** Text made safe to place in HTML, in element content and in quoted attributes alike. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of a subject: line breaks and runs of spaces (a title typed with them) collapsed, at most 180 chars. */
const subjectLine = (value: string): string => {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 180 ? `${line.slice(0, 179)}…` : line;
};

export interface MailField {
  label: string;
  value: string;
}

const styles = {
  body: 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1f1f1f',
  label: 'text-align:left;vertical-align:top;padding:2px 12px 2px 0;font-weight:bold;white-space:nowrap',
  value: 'vertical-align:top;padding:2px 0;white-space:pre-line',
  footer: 'font-size:12px;color:#666666',
};

/**
 * Builds a message's text and HTML bodies side by side, so both always say the same thing. Every string handed
 * in is text (titles, names and comments come from people): it is escaped here, the one place that writes HTML,
 * and nothing a person typed can become markup or a link in the message.
 */
export class MailComposer {
  private readonly text: string[] = [];
  private readonly html: string[] = [];

  paragraph(value: string): this {
    this.text.push(value, '');
    this.html.push(`<p style="white-space:pre-line">${escapeHtml(value)}</p>`);
    return this;
  }

  heading(value: string): this {
    this.text.push(value, '-'.repeat(Math.min(value.length, 60)));
    this.html.push(`<h3 style="margin:20px 0 6px 0;font-size:15px">${escapeHtml(value)}</h3>`);
    return this;
  }

  /** Label and value pairs ("Hồ sơ: …"); empty values are left out. */
  fields(fields: MailField[]): this {
    const shown = fields.filter((field) => field.value.trim() !== '');
    if (shown.length === 0) return this;
    for (const field of shown) this.text.push(`${field.label}: ${field.value}`);
    this.text.push('');
    const rows = shown.map(
      (field) =>
        `<tr><th style="${styles.label}">${escapeHtml(field.label)}</th>` +
        `<td style="${styles.value}">${escapeHtml(field.value)}</td></tr>`,
    );
    this.html.push(`<table role="presentation" style="border-collapse:collapse">${rows.join('')}</table>`);
    return this;
  }

  /**
   * A link to open: `url` when capdo's public address is known (written out in the text body, a link in the
   * HTML one), otherwise only `fallback`, the sentence that tells the person where to go in capdo.
   */
  link(label: string, url: string | null, fallback: string): this {
    if (url === null) return this.paragraph(fallback);
    this.text.push(`${label}: ${url}`, '');
    this.html.push(`<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`);
    return this;
  }

  /** The small print under a rule: why the person receives this and what they can change. */
  footer(lines: string[]): this {
    this.text.push('--', ...lines);
    this.html.push(
      '<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 8px 0">',
      ...lines.map((line) => `<p style="${styles.footer}">${escapeHtml(line)}</p>`),
    );
    return this;
  }

  build(to: string, subject: string): MailMessage {
    const line = subjectLine(subject);
    return {
      to,
      subject: line,
      text: `${this.text.join('\n').trimEnd()}\n`,
      html:
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(line)}</title></head>` +
        `<body style="${styles.body}">${this.html.join('\n')}</body></html>`,
    };
  }
}

/**
 * A page of capdo at its public address (PUBLIC_URL may carry a path prefix: https://host/capdo), or null when
 * the address is not configured: an e-mail cannot guess it, as a request can.
 */
export const publicLink = (publicUrl: string | undefined, path: string): string | null =>
  publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : null;
