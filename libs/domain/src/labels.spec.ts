import { describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGE_DECISIONS,
  ACTION_STATUSES,
  ACTOR_ROLES,
  COMMAND_TYPES,
  DELIVERY_STATUSES,
  ESCALATION_KINDS,
  ESCALATION_LEVEL_NAMES,
  PARTNER_DOMAINS,
  POLICY_INSTRUMENT_KINDS,
  PROJECT_LEAD_KINDS,
  RECOMMENDATIONS,
  RISK_FLAGS,
  SUPPORT_LEVELS,
  THEMES,
  TRAINING_STAGES,
} from './lifecycle';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, TASK_KINDS, TASK_LABELS, TASK_URGENCIES } from './people';
import { SCHOOL_HOLIDAY_KINDS, TRAINING_DEADLINE_KINDS } from './calendar';
import { PHASE_NAMES_NL, PROGRAMME_PHASES, PROGRAMME_STATUSES } from './programme';
import { countOf, formatMessage, LABELS, LANGUAGES, labelOf, maybeLabelOf, MESSAGES, type LabelKind } from './labels';

// Every union the domain exports as a list of values, with the label kind that words it.
const UNIONS: readonly [LabelKind, readonly string[]][] = [
  ['phase', PROGRAMME_PHASES],
  ['status', PROGRAMME_STATUSES],
  ['partnerDomain', PARTNER_DOMAINS],
  ['theme', THEMES],
  ['projectLeadKind', PROJECT_LEAD_KINDS],
  ['actionStatus', ACTION_STATUSES],
  ['supportLevel', SUPPORT_LEVELS],
  ['recommendation', RECOMMENDATIONS],
  ['policyInstrument', POLICY_INSTRUMENT_KINDS],
  ['actorRole', ACTOR_ROLES],
  ['memberRole', MEMBER_ROLES],
  ['escalationLevel', Object.values(ESCALATION_LEVEL_NAMES)],
  ['escalationKind', ESCALATION_KINDS],
  ['acknowledgeDecision', ACKNOWLEDGE_DECISIONS],
  ['deliveryStatus', DELIVERY_STATUSES],
  ['trainingStage', TRAINING_STAGES],
  ['riskFlag', RISK_FLAGS],
  ['command', COMMAND_TYPES],
  ['taskKind', TASK_KINDS],
  ['taskUrgency', TASK_URGENCIES],
  ['taskLabel', TASK_LABELS],
  ['schoolHolidayKind', SCHOOL_HOLIDAY_KINDS],
  ['trainingDeadline', TRAINING_DEADLINE_KINDS],
  ['escalationStatus', ['OPEN', 'ACKNOWLEDGED', 'RESOLVED']],
  ['mentorKind', ['PIONEER', 'PROGRAMME']],
  ['step', ['COMMITMENT', 'AGENDA', 'EMBEDDING', 'CONTINUATION', 'TRAINING']],
  ['schoolHolidayRegion', ['noord', 'midden', 'zuid']],
];

const looksLikeCode = (s: string) => /\b[A-Z]{2,}_[A-Z_]+\b|^[A-Z_]{3,}$/.test(s);

describe('labels: every code the domain exports has Dutch and English words', () => {
  for (const [kind, values] of UNIONS) {
    it(`${kind}: each of ${values.length} values has a label in nl and en that is not the code`, () => {
      for (const value of values) {
        for (const language of LANGUAGES) {
          const label = maybeLabelOf(kind, value, language);
          expect(label, `${kind}.${value} (${language})`).toBeTruthy();
          expect(looksLikeCode(label!), `${kind}.${value} (${language}) = ${label}`).toBe(false);
        }
      }
    });
  }

  it('every table entry of every kind has both languages (no half-filled entries)', () => {
    for (const [kind, table] of Object.entries(LABELS)) {
      for (const [code, words] of Object.entries(table)) {
        for (const language of LANGUAGES) {
          expect((words as Record<string, string>)[language]?.trim(), `${kind}.${code} (${language})`).toBeTruthy();
        }
      }
    }
  });

  it('words the codes the issue found leaking as Dutch words', () => {
    expect(labelOf('riskFlag', 'LEAD_DEPARTED', 'nl')).toBe('projectleider vertrokken');
    expect(labelOf('theme', 'SIGNALLING', 'nl')).toBe('signalering');
    expect(labelOf('partnerDomain', 'CARE', 'nl')).toBe('zorg');
    expect(labelOf('actionStatus', 'DONE', 'nl')).toBe('afgerond');
    expect(labelOf('supportLevel', 'MANAGEMENT', 'nl')).toBe('management/bestuurlijk');
    expect(labelOf('escalationLevel', 'ADMINISTRATIVE', 'nl')).toBe('bestuurlijke escalatie');
  });

  it('the older tables read from here: phase names and member role names agree', () => {
    for (const phase of PROGRAMME_PHASES) expect(PHASE_NAMES_NL[phase]).toBe(labelOf('phase', phase, 'nl'));
    for (const role of [...MEMBER_ROLES, 'KWARTIERMAKER'] as const) {
      expect(MEMBER_ROLE_LABELS[role]).toEqual({
        nl: labelOf('memberRole', role, 'nl'),
        en: labelOf('memberRole', role, 'en'),
      });
    }
  });

  it('an unknown code from stored data has no label (the caller decides), not a crash', () => {
    expect(maybeLabelOf('theme', 'NOT_A_THEME', 'nl')).toBeUndefined();
    expect(maybeLabelOf('theme', 'toString', 'nl')).toBeUndefined();
  });
});

describe('plurals through ICU messages, never "(s)"', () => {
  it('counts one and many in Dutch and English', () => {
    expect(countOf('actions', 1, 'nl')).toBe('1 actie');
    expect(countOf('actions', 2, 'nl')).toBe('2 acties');
    expect(countOf('actions', 0, 'nl')).toBe('0 acties');
    expect(countOf('actions', 1, 'en')).toBe('1 action');
    expect(countOf('weeks', 1, 'nl')).toBe('1 week');
    expect(countOf('weeks', 3, 'nl')).toBe('3 weken');
    expect(countOf('programmes', 2, 'nl')).toBe('2 programma’s');
    expect(countOf('municipalities', 1, 'en')).toBe('1 municipality');
  });

  it('no message writes a plural with "(s)" or "(en)" in either language', () => {
    for (const [id, words] of Object.entries(MESSAGES)) {
      for (const language of LANGUAGES) {
        expect(words[language], `${id} (${language})`).not.toMatch(/\w\((s|en|'s)\)/);
      }
    }
  });

  it('the external lead left with open embedding: one action, two actions, and no internal owner (R4.3)', () => {
    expect(formatMessage('leadDepartedOpen', 'nl', { open: 1, noOwner: 'no' })).toBe(
      'De externe projectleider is vertrokken terwijl de borging nog openstaat (1 actie niet geborgd).',
    );
    expect(formatMessage('leadDepartedOpen', 'nl', { open: 2, noOwner: 'yes' })).toBe(
      'De externe projectleider is vertrokken terwijl de borging nog openstaat (2 acties niet geborgd, geen interne eigenaar).',
    );
    expect(formatMessage('leadDepartedOpen', 'en', { open: 1, noOwner: 'yes' })).toBe(
      'The external project lead has left while embedding in policy is still open (1 action not embedded, no internal owner).',
    );
  });
});
