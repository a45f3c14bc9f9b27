import type { MentorSuggestion, Practice } from '../../../../libs/domain/src';
import type { MunicipalityEntity, QueuedEscalationRow } from '../../../../libs/persistence/src';
import { toMunicipalityModel } from '../programmes/programme.mapper';
import type {
  MentorSuggestionModel,
  PracticeModel,
  PracticeSpreadModel,
  QueuedEscalationModel,
} from './national.model';
import type { PracticeSpread } from './national.service';

export const toPracticeModel = (p: Practice): PracticeModel => ({
  ...p,
  originMunicipalityCodes: [...p.originMunicipalityCodes],
});

export const toPracticeSpreadModel = ({ practice, adoptions }: PracticeSpread): PracticeSpreadModel => ({
  practice: toPracticeModel(practice),
  adoptions,
});

export function toQueuedEscalationModel({
  row,
  municipality,
}: {
  row: QueuedEscalationRow;
  municipality?: MunicipalityEntity;
}): QueuedEscalationModel {
  return {
    ...row,
    ruleId: row.ruleId ?? undefined,
    ...(municipality ? { municipality: toMunicipalityModel(municipality) } : {}),
  };
}

export function toMentorSuggestionModel({
  kind,
  municipalityCode,
  name,
  programmeId,
  distanceKm,
  sameRegion,
}: MentorSuggestion): MentorSuggestionModel {
  return { kind, municipalityCode, name, ...(programmeId ? { programmeId } : {}), distanceKm, sameRegion };
}
