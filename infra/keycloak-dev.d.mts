// Types of infra/keycloak-dev.mjs for the TypeScript tests (test/support/keycloak.ts).

export declare const REALM_FILE: string;
export declare const REALM: string;

export interface RealmImport {
  name: string;
  json: string;
}

export declare function prepareKeycloakHome(
  dist: string,
  home: string,
  realms: RealmImport[],
  managementPort?: number,
): boolean;
export declare function keepKeycloakBuild(dist: string, home: string, managementPort?: number): void;
export declare function repoRealm(): RealmImport;
export declare function keycloakEnv(options: {
  dist: string;
  port: number;
  managementPort?: number;
  admin?: { username: string; password: string };
}): Record<string, string>;
export declare function keycloakIssuer(port: number, realm?: string): string;
export declare function keycloakReady(port: number, realm?: string): Promise<boolean>;
