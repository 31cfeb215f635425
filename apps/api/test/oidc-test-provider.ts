import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sets accounts (by sub) with the claims the provider gives for them. */
  setAccounts(accounts: Record<string, Record<string, unknown>>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a random local port, in a process of its
 * own (oidc-test-provider.mjs), with one client whose redirect URI is the app's callback.
 */
export async function startOidcTestProvider(redirectUri: string): Promise<OidcTestProvider> {
  const clientId = 'pies-audit-test';
  const clientSecret = 'a client secret only the provider and the app know';
  const child: ChildProcess = spawn(process.execPath, [`${__dirname}/oidc-test-provider.mjs`], {
    env: {
      ...process.env,
      CLIENT_ID: clientId,
      CLIENT_SECRET: clientSecret,
      REDIRECT_URI: redirectUri,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += String(d)));
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) =>
      reject(new Error(`the test provider stopped (${code}): ${errors}`)),
    );
  });
  return {
    issuer,
    clientId,
    clientSecret,
    async setAccounts(accounts) {
      const res = await fetch(`${issuer}/_test/accounts`, {
        method: 'POST',
        body: JSON.stringify(accounts),
      });
      if (res.status !== 204) throw new Error(`setting accounts failed: ${res.status}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
