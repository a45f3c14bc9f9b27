// Moved to libs/platform (shared with apps/seed); re-exported for the API's own imports.
export {
  EMBEDDED_AUDIENCE,
  EMBEDDED_ISSUER,
  loadAuthConfig,
  localIssuerEnabled,
  type AuthConfig,
} from '../../../../libs/platform/src';
