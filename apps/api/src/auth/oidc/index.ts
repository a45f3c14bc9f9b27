export { OidcClient } from './oidc.client';
export { registerOidcRoutes } from './oidc.routes';
export { SessionAuth } from './session-auth';
