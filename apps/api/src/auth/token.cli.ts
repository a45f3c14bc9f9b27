// `npm run --silent token -- --role …` (infra/token.sh): prints an access token of the local
// development issuer (`olievlek-local`, HS256), alone on stdout, signed with the secret the API uses
// (AUTH_JWT_SECRET or <data folder>/jwt-secret, created here if the API has not started yet).
// Exit 2 on a refusal, among them whenever that issuer is off (production).
import { loadAuthConfig, localIssuerEnabled } from './auth.config';
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

  // Only the local development issuer's tokens are minted here (issue 14): with NODE_ENV=production
  // or AUTH_LOCAL_ISSUER=false the API does not accept them, so none is printed (nor a secret made).
  if (!localIssuerEnabled(process.env)) {
    refuse(
      'de lokale ontwikkeluitgever staat uit (NODE_ENV=production of AUTH_LOCAL_ISSUER=false): ' +
        'toegangstokens komen dan van de identity provider, niet van dit commando.\n' +
        'the local development issuer is off (NODE_ENV=production or AUTH_LOCAL_ISSUER=false): ' +
        'access tokens come from the identity provider then, not from this command.',
    );
  }
  let local;
  try {
    local = loadAuthConfig(process.env).local;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('invalid configuration')) refuse(error.message);
    throw error;
  }
  if (!local) throw new Error('the local development issuer is on but not configured');
  const { principal, expiresInSeconds } = args;
  const token = await signHs256Token(
    local.secret,
    {
      sub: principal.subject,
      role: principal.role,
      municipalities: principal.municipalities,
      programmes: principal.programmes,
    },
    { issuer: local.issuer, audience: local.audience, expiresInSeconds },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
