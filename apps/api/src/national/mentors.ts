import { PIONEER_COLLECTIVES, type MentorCandidate } from '../../../../libs/domain/src';
import type { MentorProgrammeRow, MunicipalityEntity } from '../../../../libs/persistence/src';

/**
 * Who may mentor (docs/rules.md "National view"): every municipality of the six pioneer collectives,
 * and every programme past embedding. A pioneer municipality is offered once, as its collective.
 */
export function mentorCandidates(
  pioneerMunicipalities: readonly MunicipalityEntity[],
  programmes: readonly MentorProgrammeRow[],
): MentorCandidate[] {
  const pioneers: MentorCandidate[] = pioneerMunicipalities.flatMap((m) => {
    const collective = PIONEER_COLLECTIVES.find((c) => c.municipalityCodes.includes(m.code));
    return collective
      ? [
          {
            kind: 'PIONEER' as const,
            municipalityCode: m.code,
            name: `Collectief ${collective.name}`,
            veiligThuisRegion: m.veiligThuisRegion,
            lat: m.lat,
            lon: m.lon,
          },
        ]
      : [];
  });
  const pioneerCodes = new Set(pioneers.map((p) => p.municipalityCode));
  const graduates: MentorCandidate[] = programmes
    .filter((p) => !pioneerCodes.has(p.municipalityCode))
    .map((p) => ({
      kind: 'PROGRAMME',
      municipalityCode: p.municipalityCode,
      programmeId: p.programmeId,
      name: p.name,
      veiligThuisRegion: p.veiligThuisRegion,
      lat: p.lat,
      lon: p.lon,
    }));
  return [...pioneers, ...graduates];
}

export const PIONEER_MUNICIPALITY_CODES: readonly string[] = PIONEER_COLLECTIVES.flatMap((c) => c.municipalityCodes);
