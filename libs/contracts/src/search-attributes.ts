import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes of programme workflows, so `temporal workflow list --query
 * "Phase='AGENDA'"` works in the CLI and the Web UI. Registered on the dev server by `npm start`
 * and the test harness from this one list; deployed names never change.
 */
export const MUNICIPALITY_CODE_SA = defineSearchAttributeKey('MunicipalityCode', SearchAttributeType.KEYWORD);
export const PROVINCE_SA = defineSearchAttributeKey('Province', SearchAttributeType.KEYWORD);
export const PHASE_SA = defineSearchAttributeKey('Phase', SearchAttributeType.KEYWORD);
export const PROGRAMME_STATUS_SA = defineSearchAttributeKey('ProgrammeStatus', SearchAttributeType.KEYWORD);
/** Highest level (1–3) among unresolved escalations; 0 when none is open. */
export const OPEN_ESCALATION_LEVEL_SA = defineSearchAttributeKey('OpenEscalationLevel', SearchAttributeType.INT);

export const PROGRAMME_SEARCH_ATTRIBUTES = [
  MUNICIPALITY_CODE_SA,
  PROVINCE_SA,
  PHASE_SA,
  PROGRAMME_STATUS_SA,
  OPEN_ESCALATION_LEVEL_SA,
] as const;

/** `Name=Type` pairs for `temporal server start-dev --search-attribute` (CLI type names). */
export function devServerSearchAttributeFlags(): string[] {
  const cliType: Record<string, string> = {
    [SearchAttributeType.KEYWORD]: 'Keyword',
    [SearchAttributeType.INT]: 'Int',
  };
  return PROGRAMME_SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${cliType[key.type]}`]);
}
