// Deep import on purpose: the domain's index would add ~34 KB of unused modules to the bundle.
import { PHASE_NAMES_NL, PROGRAMME_PHASES, type ProgrammePhase } from '../../../libs/domain/src/programme';
import type { DeliveryStatus, EscalationKind, EscalationStatus, ProgrammeStatus } from './gql/graphql';

export { PROGRAMME_PHASES, type ProgrammePhase };

/** A municipality on the map: the phase of its latest programme, or NONE without a programme. */
export type MapPhase = ProgrammePhase | 'NONE';
export const MAP_PHASES: readonly MapPhase[] = [...PROGRAMME_PHASES, 'NONE'];

/** The domain's Dutch names of the phases (the same as in errors and the timeline). */
export const PHASE_LABELS: Record<MapPhase, string> = { ...PHASE_NAMES_NL, NONE: 'Geen programma' };

// Okabe–Ito, distinguishable with every common colour-vision deficiency, light to dark along the
// lifecycle. Every shape on the map and in the charts also gets a dark outline (WCAG 1.4.11:
// the yellow alone has too little contrast with white), and the legend names every phase.
export const PHASE_COLOURS: Record<MapPhase, string> = {
  COMMITMENT: '#F0E442',
  AGENDA: '#E69F00',
  EXECUTION: '#56B4E9',
  EMBEDDING: '#009E73',
  CONTINUATION: '#0072B2',
  CLOSED: '#CC79A7',
  NONE: '#DDDDDD',
};

// Keyed by the schema's enums (generated types): a new value does not compile without its label.
export const STATUS_LABELS: Record<ProgrammeStatus, string> = {
  ACTIVE: 'Actief',
  PAUSED: 'Gepauzeerd',
  CLOSED: 'Afgesloten',
  ABORTED: 'Afgebroken',
};

export const ROLE_LABELS: Record<string, string> = {
  PROJECT_LEAD: 'projectleider',
  ADMINISTRATIVE_LEAD: 'wethouder',
  PROGRAMME_MANAGER: 'programmamanager',
  KWARTIERMAKER: 'kwartiermaker',
  PARTNER: 'partner',
  SYSTEM: 'systeem',
  MUNICIPALITY: 'gemeente',
};

export const ESCALATION_LEVEL_LABELS: Record<number, string> = {
  1: 'herinnering',
  2: 'bestuurlijk',
  3: 'landelijk',
};

export const ESCALATION_KIND_LABELS: Record<EscalationKind, string> = {
  STALL: 'Stilstand',
  TRAINING_WINDOW_OPEN: 'Scholingsvenster open',
  TRAINING_NOT_STARTED: 'Scholing niet gestart',
  SCHOOL_YEAR_MISSED: 'Schooljaar gemist',
  CALENDAR_NOT_FIXED: 'Kalender niet vastgelegd',
  LEAD_DEPARTED: 'Projectleider vertrokken',
};

export const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  PENDING: 'in de wachtrij',
  DELIVERED: 'bezorgd',
  FAILING: 'mislukt, wordt opnieuw geprobeerd',
  NO_CHANNEL: 'geen webhook ingesteld',
};

export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = {
  OPEN: 'open',
  ACKNOWLEDGED: 'besluit genomen',
  RESOLVED: 'opgelost',
};

export const label = (labels: Record<string, string>, key: string | null | undefined): string =>
  key == null ? '' : (labels[key] ?? key);

export function isPhase(value: string): value is ProgrammePhase {
  return (PROGRAMME_PHASES as readonly string[]).includes(value);
}
