import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free port, keeping what it accepts; `refuse` decides each message. */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  /** The Message-ID of every message offered, accepted or refused. */
  readonly triedIds: string[] = [];
  tries = 0;
  refuse: (tryNumber: number) => { code: number; message: string } | null = () => null;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const tryNumber = ++this.tries;
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            this.triedIds.push(mail.messageId ?? '');
            const refusal = this.refuse(tryNumber);
            if (refusal)
              return callback(
                Object.assign(new Error(refusal.message), { responseCode: refusal.code }),
              );
            this.received.push(mail);
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }
  /** What an app sending here needs: SMTP_URL (after start), PUBLIC_URL and MAIL_FROM. */
  async appEnv(publicUrl: string): Promise<Record<string, string>> {
    return {
      SMTP_URL: await this.start(),
      PUBLIC_URL: publicUrl,
      MAIL_FROM: 'PIES Audit <no-reply@audit.example.org>',
    };
  }
  /** The messages accepted for `to`, in the order they arrived. */
  receivedBy(to: string): ParsedMail[] {
    return this.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits for `check` to hold (jobs run in the background), polling every 50 ms. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  ms = 15000,
) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
