/** The new programme's municipality, with its centroid (municipalities.csv `lat`, `lon`). */
export interface MentorTarget {
  municipalityCode: string;
  veiligThuisRegion: string;
  lat: number;
  lon: number;
}

/**
 * Someone who may mentor: a pioneer collective's municipality, or a programme past embedding.
 * The caller passes only programmes in phase CONTINUATION, or CLOSED with embedding complete;
 * this function does not check phases.
 */
export interface MentorCandidate {
  kind: 'PIONEER' | 'PROGRAMME';
  municipalityCode: string;
  programmeId?: string;
  veiligThuisRegion: string;
  lat: number;
  lon: number;
  name: string;
}

export type MentorSuggestion<C extends MentorCandidate = MentorCandidate> = C & {
  /** Great-circle distance between centroids in km, rounded to 0.1. */
  distanceKm: number;
  sameRegion: boolean;
};

const EARTH_RADIUS_KM = 6371;

/** Haversine distance in km, rounded to 0.1 km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.round(km * 10) / 10;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Suggests mentors for a new programme: "each collective takes its results to its own region",
 * so candidates in the target's Veilig Thuis region come first, then the nearest. The target's
 * own municipality is never suggested. Equal distances (after rounding) are ordered by
 * municipality code, then pioneers before programmes, then programme id.
 */
export function suggestMentors<C extends MentorCandidate>(
  target: MentorTarget,
  candidates: readonly C[],
  limit = 5,
): MentorSuggestion<C>[] {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`limit must be a non-negative integer, got ${limit}`);
  }
  return candidates
    .filter((c) => c.municipalityCode !== target.municipalityCode)
    .map((c) => ({
      ...c,
      distanceKm: distanceKm(target, c),
      sameRegion: c.veiligThuisRegion === target.veiligThuisRegion,
    }))
    .sort(
      (a, b) =>
        Number(b.sameRegion) - Number(a.sameRegion) ||
        a.distanceKm - b.distanceKm ||
        compareText(a.municipalityCode, b.municipalityCode) ||
        compareText(a.kind, b.kind) ||
        compareText(a.programmeId ?? '', b.programmeId ?? ''),
    )
    .slice(0, limit);
}
