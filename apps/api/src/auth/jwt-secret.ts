// Moved to libs/platform (shared with apps/seed); re-exported for the API's own imports.
export { readOrCreateJwtSecret, secretFilePath } from '../../../../libs/platform/src';
