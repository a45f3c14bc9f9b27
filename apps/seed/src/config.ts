import { z } from 'zod';
import { parseEnv } from '../../../libs/platform/src';
import { realmIssuerFor } from './realm-people';

const seedEnvSchema = z.object({
  OLIEVLEK_API_URL: z
    .string()
    .refine(
      (s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol),
      'must be an http(s) URL, e.g. http://127.0.0.1:3000/graphql',
    )
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  OLIEVLEK_TOKEN: z.string().min(1).optional(),
  OLIEVLEK_REALM_ISSUER: z
    .string()
    .refine((s) => s === 'none' || URL.canParse(s), "must be a URL or 'none'")
    .optional(),
  OLIEVLEK_KEYCLOAK_PORT: z.coerce.number().int().min(1).max(65535).default(8180),
});

export interface SeedConfig {
  /** OLIEVLEK_API_URL, else the local API on PORT. */
  graphqlUrl: string;
  /** OLIEVLEK_TOKEN (a KWARTIERMAKER token); minted from the data folder's secret when absent. */
  token?: string;
  /**
   * OLIEVLEK_REALM_ISSUER, else the demo realm as npm start runs it (Keycloak on
   * OLIEVLEK_KEYCLOAK_PORT, 8180); absent with `none`: the realm's people get no roles.
   */
  realmIssuer?: string;
}

/** `npm run seed:demo`'s settings, read from the environment once. */
export function loadSeedConfig(env: NodeJS.ProcessEnv = process.env): SeedConfig {
  const e = parseEnv(seedEnvSchema, env);
  return {
    graphqlUrl: e.OLIEVLEK_API_URL ?? `http://127.0.0.1:${e.PORT}/graphql`,
    ...(e.OLIEVLEK_TOKEN ? { token: e.OLIEVLEK_TOKEN } : {}),
    ...(e.OLIEVLEK_REALM_ISSUER === 'none'
      ? {}
      : { realmIssuer: e.OLIEVLEK_REALM_ISSUER ?? realmIssuerFor(e.OLIEVLEK_KEYCLOAK_PORT) }),
  };
}

export const SEED_USAGE = `npm run seed:demo [-- --only <n | GMxxxx,GMxxxx> --concurrency <n>]

Starts the demo programmes (six pioneer collectives and about thirty others) through the running
API (npm start) and takes each to its planned phase. Running it again changes nothing.

  --only <n>             only the first n programmes of the plan (pioneers come first)
  --only GM0363,GM0599   only these municipalities
  --concurrency <n>      programmes at the same time (default 4)

Environment: OLIEVLEK_API_URL (default http://127.0.0.1:$PORT/graphql, PORT 3000), OLIEVLEK_TOKEN
(a KWARTIERMAKER token; default: minted like npm run token), OLIEVLEK_DATA_DIR / AUTH_JWT_SECRET
(the secret the API signs with), DATABASE_URL (default <OLIEVLEK_DATA_DIR or .data>/olievlek.sqlite:
each programme's demo people, project lead, alderman and partner contacts, get their roles in its
member directory and take their own steps), OLIEVLEK_REALM_ISSUER (default
http://127.0.0.1:$OLIEVLEK_KEYCLOAK_PORT/realms/olievlek, port 8180: the demo realm of npm start,
whose people — projectleider, wethouder, zorgpartner … — get roles with work waiting; 'none': not).
`;

export type SeedArgs =
  | { kind: 'help' }
  | { kind: 'refused'; message: string }
  | { kind: 'run'; only?: number | string[]; concurrency?: number };

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let only: number | string[] | undefined;
  let concurrency: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--only': {
        const v = value();
        if (!v) return { kind: 'refused', message: '--only needs a number or municipality codes' };
        if (/^\d+$/.test(v)) only = Number(v);
        else if (/^GM\d{4}(,GM\d{4})*$/.test(v)) only = v.split(',');
        else return { kind: 'refused', message: `--only: '${v}' is not a number or a list like GM0363,GM0599` };
        break;
      }
      case '--concurrency': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 32)
          return { kind: 'refused', message: '--concurrency: a whole number from 1 to 32' };
        concurrency = v;
        break;
      }
      default:
        return { kind: 'refused', message: `unknown argument '${arg}'` };
    }
  }
  return {
    kind: 'run',
    ...(only !== undefined ? { only } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
  };
}
