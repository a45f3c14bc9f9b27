import { InitialSchema1763920000000 } from './1763920000000-InitialSchema';
import { SeedMunicipalities20251763920000001 } from './1763920000001-SeedMunicipalities2025';

/** Every migration, in order. Listed explicitly so sources and the compiled build agree. */
export const MIGRATIONS = [InitialSchema1763920000000, SeedMunicipalities20251763920000001];
