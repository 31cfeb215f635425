// An OpenID Connect provider for the SSO tests (oidc-provider), run as its own process: the
// package is ES modules only, which Jest's sandbox does not load. Started by
// startOidcTestProvider (oidc-test-provider.ts); prints `{"issuer": "http://127.0.0.1:<port>"}`
// once listening. Its sign-in page asks for an account id (no password); accounts, with their
// claims, are set by the test: POST /_test/accounts { "<sub>": { "email": "…" } }.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;
const accounts = new Map();

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The ID token carries the scopes' claims (as Entra ID's and most providers' do).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['pies-audit-test-provider-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...claims }) };
    },
  });
  provider.proxy = false;
  const handle = provider.callback();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url, issuer);
      if (req.method === 'POST' && url.pathname === '/_test/accounts') {
        for (const [sub, claims] of Object.entries(JSON.parse(await readBody(req))))
          accounts.set(sub, claims);
        res.writeHead(204).end();
        return;
      }
      const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
      if (m && req.method === 'GET' && !m[2]) {
        const details = await provider.interactionDetails(req, res);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
          page(
            'Test identity provider: sign in',
            `<form method="post" action="/interaction/${escape(details.uid)}/login">
               <label for="login">Account</label>
               <input id="login" name="login" autocomplete="username">
               <button type="submit">Sign in</button>
             </form>`,
          ),
        );
        return;
      }
      if (m && req.method === 'POST' && m[2]) {
        const details = await provider.interactionDetails(req, res);
        const accountId = new URLSearchParams(await readBody(req)).get('login') ?? '';
        if (!accounts.has(accountId)) {
          res
            .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
            .end(page('Test identity provider: no such account', '<p>No such account.</p>'));
          return;
        }
        const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      handle(req, res);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    }
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
