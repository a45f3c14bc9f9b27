import {
  nextLevelDue,
  phaseStays,
  RECOMMENDATIONS,
  RECOMMITMENT_WEEKS,
  viewProgramme,
  WEEK_MS,
  type ProgrammeSnapshot,
  type ProgrammeState,
  type ProgrammeView,
} from '../../../../libs/domain/src';
import type { MunicipalityEntity } from '../../../../libs/persistence/src';
import type { RecommitmentModel } from './lifecycle.model';
import type { MunicipalityModel, ProgrammeModel } from './programme.model';

/** A municipality of the reference data for GraphQL. */
export function toMunicipalityModel(m: MunicipalityEntity): MunicipalityModel {
  return {
    code: m.code,
    name: m.name,
    province: m.province,
    veiligThuisRegion: m.veiligThuisRegion,
    jeugdregio: m.jeugdregio,
    ggdRegion: m.ggdRegion,
    schoolHolidayRegion: m.schoolHolidayRegion.toUpperCase() as MunicipalityModel['schoolHolidayRegion'],
    latitude: m.labelLat,
    longitude: m.labelLon,
  };
}

const isFullState = (s: ProgrammeSnapshot | ProgrammeState): s is ProgrammeState =>
  'commitment' in s && 'settings' in s;

/**
 * A programme for GraphQL, from the workflow's view (after a step) or the read model's projected
 * state (queries). Derived fields (checklist, highest open escalation, next deadline) come from
 * the same domain functions the workflow uses. Programmes from before the lifecycle engine only
 * have their basic fields.
 */
export function toProgrammeModel(
  state: ProgrammeSnapshot | ProgrammeState | ProgrammeView,
  municipality?: MunicipalityEntity | null,
): ProgrammeModel {
  const base: ProgrammeModel = {
    id: state.programmeId,
    municipalityCode: state.municipalityCode,
    sequence: state.sequence,
    phase: state.phase,
    status: state.status,
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    version: state.version,
    riskFlags: [],
    checklist: [],
    escalations: [],
    openEscalationLevel: 0,
    indicators: [],
    timeline: [],
    phaseHistory: [],
  };
  if (municipality) base.municipality = toMunicipalityModel(municipality);
  if (!isFullState(state)) return base;
  const view = 'checklist' in state ? (state as ProgrammeView) : viewProgramme(state);
  const { webhookUrl, ...settings } = view.settings;
  return {
    ...base,
    phaseEnteredAt: view.phaseEnteredAt,
    ...(view.pause ? { pause: view.pause } : {}),
    ...(view.abortReason ? { abortReason: view.abortReason } : {}),
    settings: { ...settings, hasOwnWebhook: Boolean(webhookUrl) },
    commitment: {
      ...omitRecommitment(view.commitment),
      recommendations: RECOMMENDATIONS.map((item) => ({ item, doneAt: view.commitment.recommendations[item] })),
      ...recommitmentOf(view),
    },
    agenda: view.agenda,
    ...(view.collectiveMembers?.length ? { collectiveMembers: view.collectiveMembers } : {}),
    ...(view.training ? { training: view.training } : {}),
    ...(view.embeddingOwner ? { embeddingOwner: view.embeddingOwner } : {}),
    riskFlags: view.riskFlags,
    checklist: view.checklist,
    escalations: view.escalations,
    openEscalationLevel: view.openEscalationLevel,
    ...(view.nextDeadlineAt ? { nextDeadlineAt: view.nextDeadlineAt } : {}),
    indicators: view.indicators,
    timeline: view.timeline,
    ...(view.registeredAt ? { registeredAt: view.registeredAt } : {}),
    phaseHistory: phaseStays(view),
    ...(view.mentor ? { mentor: view.mentor } : {}),
  };
}

/** R1.6: the open re-commitment with its deadline: level 1 of the RECOMMITMENT clock (pauses and extensions counted). */
function recommitmentOf(state: ProgrammeState): { recommitment?: RecommitmentModel } {
  const open = state.commitment.recommitment;
  if (!open) return {};
  const clock = state.clocks.find((c) => c.step === 'RECOMMITMENT');
  const firstLevel = clock && nextLevelDue({ ...clock, firedLevel: 0 }, state.settings);
  const dueMs = firstLevel?.atMs ?? Date.parse(open.since) + RECOMMITMENT_WEEKS * WEEK_MS;
  return { recommitment: { ...open, dueAt: new Date(dueMs).toISOString() } };
}

function omitRecommitment<C extends { recommitment?: unknown }>(commitment: C): Omit<C, 'recommitment'> {
  const rest: C = { ...commitment };
  delete rest.recommitment;
  return rest;
}
