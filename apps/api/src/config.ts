import { z } from 'zod';
import { databaseUrl, parseEnv, sharedEnvSchema } from '../../../libs/platform/src';
import { loadAuthConfig, type AuthConfig } from './auth/auth.config';

const apiEnvSchema = sharedEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPHQL_IDE: z.enum(['true', 'false']).default('true'),
});

export interface ApiConfig {
  port: number;
  host: string;
  temporalAddress: string;
  temporalNamespace: string;
  databaseUrl: string;
  logLevel: string;
  graphqlIde: boolean;
  /** How bearer tokens are verified (embedded HS256 secret or an OIDC provider's JWKS). */
  auth: AuthConfig;
  parentPid?: number;
}

export const API_CONFIG = Symbol('API_CONFIG');

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const e = parseEnv(apiEnvSchema, env);
  return {
    port: e.PORT,
    host: e.HOST,
    temporalAddress: e.TEMPORAL_ADDRESS,
    temporalNamespace: e.TEMPORAL_NAMESPACE,
    databaseUrl: databaseUrl(e),
    logLevel: e.LOG_LEVEL,
    graphqlIde: e.GRAPHQL_IDE === 'true',
    auth: loadAuthConfig(env),
    parentPid: e.OLIEVLEK_PARENT_PID,
  };
}
