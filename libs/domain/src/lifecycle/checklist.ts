import type { RuleId } from '../rule-ids';
import {
  checkActionsCoverThemes,
  checkAdministrativeLead,
  activeMembers,
  checkAllEmbedded,
  checkMemberCommitments,
  checkMembersEmbedded,
  checkBottlenecks,
  checkEmbeddingOwner,
  checkPartnerDomains,
  checkProjectLead,
  checkSupport,
  checkThemeCount,
  RECOMMENDATION_RULES,
  type RuleResult,
} from './rules';
import { awaitingSuccessor, periodText } from './instruments';
import { TIPS } from './tips';
import { RECOMMENDATIONS, type ProgrammeState } from './types';

export interface ChecklistItem {
  ruleId: RuleId;
  label: string;
  done: boolean;
  /** Blocking items must be done before the phase completes; recommended ones (R1.4, R1.5) never block. */
  blocking: boolean;
  /** What is still missing, when not done. */
  missing?: string;
  /** The collectives' tip for this item (Dutch, from the seeds). */
  tip?: string;
  /** C2/C3: the member municipality a collective's line is about. */
  municipalityCode?: string;
}

function item(ruleId: RuleId, label: string, result: RuleResult, blocking = true): ChecklistItem {
  const entry: ChecklistItem = { ruleId, label, done: result.ok, blocking };
  if (!result.ok) entry.missing = result.violation.message;
  const tip = TIPS[ruleId];
  if (tip) entry.tip = tip;
  return entry;
}

/**
 * The checklist of the current phase: each rule with what is still missing and the tip for it.
 * The same rule functions the workflow enforces, so the explanation cannot drift from the check.
 */
export function checklist(state: ProgrammeState): ChecklistItem[] {
  switch (state.phase) {
    case 'COMMITMENT':
      return [
        item('R1.1', 'Een wethouder is bestuurlijk trekker', checkAdministrativeLead(state)),
        item('R1.2', 'Partners uit zorg, onderwijs en justitie hebben zich gecommitteerd', checkPartnerDomains(state)),
        item('R1.3', 'Er is een projectleider aangesteld', checkProjectLead(state)),
        ...memberLines(state, 'C2'),
        ...RECOMMENDATIONS.map((rec) => {
          const rule = RECOMMENDATION_RULES[rec];
          const done = state.commitment.recommendations[rec] !== undefined;
          return item(
            rule.ruleId,
            rule.label,
            done
              ? { ok: true }
              : { ok: false, violation: { ruleId: rule.ruleId, message: `Aanbevolen: ${rule.label.toLowerCase()}.` } },
            false,
          );
        }),
      ];
    case 'AGENDA':
      return [
        item('R2.1', 'Minstens 3 knelpunten uit minstens 2 domeinen', checkBottlenecks(state)),
        item('R2.2', "1 tot 3 thema's gekozen", checkThemeCount(state)),
        item(
          'R2.3',
          'Elk thema heeft een actie met een trekkende organisatie',
          state.agenda.themes.length
            ? checkActionsCoverThemes(state)
            : { ok: false, violation: { ruleId: 'R2.3', message: "Nog geen thema's en acties." } },
        ),
        item(
          'R2.4',
          'Draagvlaktoets: elke trekker bevestigt op professioneel én bestuursniveau',
          state.agenda.actions.length
            ? checkSupport(state)
            : { ok: false, violation: { ruleId: 'R2.4', message: 'Nog geen acties om draagvlak voor te toetsen.' } },
        ),
        item('R2.5', 'De bestuurlijk trekker stelt de agenda vast', {
          ok: false,
          violation: { ruleId: 'R2.5', message: 'De verbeteragenda is nog niet vastgesteld.' },
        }),
      ];
    case 'EXECUTION': {
      const open = state.agenda.actions.filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS');
      const items = [
        item(
          'R3.2',
          'Elke actie is afgerond of gestopt met een reden',
          open.length === 0
            ? { ok: true }
            : {
                ok: false,
                violation: { ruleId: 'R3.2', message: `Nog open: ${open.map((a) => a.title).join(', ')}.` },
              },
        ),
      ];
      const track = state.training;
      if (track) {
        items.unshift(
          item(
            'R3.1',
            `Scholing staat op de activiteitenkalender voor schooljaar ${track.targetYear}/${track.targetYear + 1}`,
            track.stage === 'CALENDAR_FIXED'
              ? { ok: true }
              : { ok: false, violation: { ruleId: 'R3.1', message: trainingMissing(track.stage, track.targetYear) } },
          ),
        );
      }
      return items;
    }
    case 'EMBEDDING':
      return [
        item('R4.1', 'Elke afgeronde actie is geborgd in bestaand beleid', checkAllEmbedded(state)),
        item('R4.3', 'Interne eigenaar van de borging bij een externe projectleider', checkEmbeddingOwner(state)),
        ...memberLines(state, 'C3'),
        ...successorLines(state),
      ];
    case 'CONTINUATION':
      return successorLines(state);
    case 'CLOSED':
      return [];
    default: {
      const unreachable: never = state.phase;
      throw new Error(`unknown phase ${String(unreachable)}`);
    }
  }
}

/**
 * One line per member municipality still taking part: C2 its own alderman confirmed the
 * commitment; C3 it embedded every DONE action itself (after confirming).
 */
function memberLines(state: ProgrammeState, ruleId: 'C2' | 'C3'): ChecklistItem[] {
  return activeMembers(state).map((m) => {
    const one = { ...state, collectiveMembers: [m] };
    const line =
      ruleId === 'C2'
        ? item('C2', `De wethouder van ${m.municipalityCode} bevestigt het commitment`, checkMemberCommitments(one))
        : item(
            'C3',
            `${m.municipalityCode} borgt elke afgeronde actie in eigen of regionaal beleid`,
            checkMembersEmbedded(one),
          );
    return { ...line, municipalityCode: m.municipalityCode };
  });
}

function trainingMissing(stage: string, year: number): string {
  switch (stage) {
    case 'WAITING_FOR_WINDOW':
      return `Het gesprek met de schoolbesturen start in januari ${year}.`;
    case 'WINDOW_OPEN':
      return 'Start het gesprek met de schoolbesturen vóór 1 februari.';
    default:
      return 'De schoolbesturen hebben de scholing nog niet op hun activiteitenkalender gezet.';
  }
}

/**
 * R4.5: one line per embedding whose instrument ended without a successor: "Opvolgend instrument
 * vastleggen". It does not block completing the embedding phase (the step has its own clock).
 */
function successorLines(state: ProgrammeState): ChecklistItem[] {
  return awaitingSuccessor(state).map((a) => {
    const e = a.embedding!;
    const period = e.period ? ` (${periodText(e.period)})` : '';
    return item(
      'R4.5',
      `Opvolgend instrument vastleggen voor ‘${a.title}’`,
      {
        ok: false,
        violation: {
          ruleId: 'R4.5',
          message: `Het instrument '${e.instrumentName}'${period} geldt niet meer; leg het opvolgende instrument vast.`,
        },
      },
      state.phase === 'CONTINUATION',
    );
  });
}
