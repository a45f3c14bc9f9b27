// `npm run --silent token -- --role …` (infra/token.sh): prints an access token for the embedded
// HS256 mode, alone on stdout, signed with the secret the API uses (AUTH_JWT_SECRET or
// <data folder>/jwt-secret, created here if the API has not started yet). Exit 2 on a refusal.
import { loadAuthConfig } from './auth.config';
import { parseTokenArgs, TOKEN_USAGE } from './token-args';
import { signHs256Token } from './token-signer';

function refuse(message: string): never {
  process.stderr.write(`token: ${message.replace(/\n/g, '\ntoken: ')}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = parseTokenArgs(process.argv.slice(2));
  if (args.kind === 'help') {
    process.stdout.write(TOKEN_USAGE);
    return;
  }
  if (args.kind === 'refused') refuse(`${args.message}\n(npm run --silent token -- --help)`);

  let auth;
  try {
    auth = loadAuthConfig(process.env);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('invalid configuration')) refuse(error.message);
    throw error;
  }
  if (auth.mode === 'jwks') {
    refuse(
      'AUTH_JWKS_URL is gezet: tokens komen dan van de identity provider, niet van dit commando.\n' +
        'AUTH_JWKS_URL is set: tokens come from the identity provider then, not from this command.',
    );
  }
  const { principal, expiresInSeconds } = args;
  const token = await signHs256Token(
    auth.secret,
    {
      sub: principal.subject,
      role: principal.role,
      municipalities: principal.municipalities,
      programmes: principal.programmes,
    },
    { issuer: auth.issuer, audience: auth.audience, expiresInSeconds },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
