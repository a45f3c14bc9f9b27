export * from './auth.config';
export * from './jwt-secret';
export * from './principal';
export * from './token-signer';
export * from './token-verifier';
