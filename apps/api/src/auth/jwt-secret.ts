// Moved to libs/platform (shared with apps/seed); re-exported for the API's own imports.
export { JWT_SECRET_FILE, MIN_SECRET_BYTES, readOrCreateJwtSecret, secretFilePath } from '../../../../libs/platform/src';
