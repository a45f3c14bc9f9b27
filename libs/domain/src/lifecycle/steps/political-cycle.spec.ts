import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS } from '../../calendar';
import { electionDays, FIXED_ELECTION_DAYS, isPossibleElectionDay } from '../../calendar/elections.data';
import { advanceTime, nextWakeAt } from '../lifecycle';
import { ELECTION_GRACE_WEEKS, RECOMMITMENT_WEEKS } from '../political-cycle';
import {
  accepted,
  ALDERMAN,
  given,
  inContinuation,
  inExecution,
  LEAD,
  readyToCommit,
  refused,
  step,
  sut,
  T0,
} from './test-factories';
import type { Actor, ProgrammeState } from '../types';

const NEW_ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-new' };
const OLD_ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-old' };
const MANAGER_ON_BEHALF: Actor = { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-pm', onBehalfOf: 'member-new' };

const recommitmentEscalations = (s: ProgrammeState) => s.escalations.filter((e) => e.step === 'RECOMMITMENT');
/** What re-commitment must leave alone (R1.6: phase, agenda, embeddings, the other clocks). */
const untouched = (s: ProgrammeState) => ({
  phase: s.phase,
  phaseEnteredAt: s.phaseEnteredAt,
  phaseHistory: s.phaseHistory,
  agenda: s.agenda,
  confirmedAt: s.commitment.confirmedAt,
  partners: s.commitment.partners,
  otherClocks: s.clocks.filter((c) => c.step !== 'RECOMMITMENT'),
});

describe('R1.6 a new administrative lead in any phase', () => {
  it('R1.6: designating a new alderman in EXECUTION keeps the phase and opens RECOMMITMENT_DUE with a 12-week clock', () => {
    const before = inExecution();
    const at = T0 + WEEK_MS;
    const after = accepted(
      sut(before, step('designateAdministrativeLead', { name: 'Nieuwe Wethouder', memberId: 'member-new' }), at),
    );
    expect(after.phase).toBe('EXECUTION');
    expect(after.riskFlags).toContain('RECOMMITMENT_DUE');
    expect(after.commitment.recommitment).toEqual({ reason: 'NEW_LEAD', since: new Date(at).toISOString() });
    expect(after.commitment.administrativeLead).toMatchObject({ name: 'Nieuwe Wethouder', memberId: 'member-new' });
    expect(nextWakeAt(after)).toBeLessThanOrEqual(at + RECOMMITMENT_WEEKS * WEEK_MS);
    const clock = after.clocks.find((c) => c.step === 'RECOMMITMENT');
    expect(clock?.runningSince).toBe(new Date(at).toISOString());
    expect(untouched(after)).toEqual(untouched(before));
  });

  it('R1.6: the ladder — level 1 at 12 weeks, level 2 four weeks later, level 3 four weeks after that', () => {
    const at = T0 + WEEK_MS;
    const due = accepted(sut(inContinuation(), step('designateAdministrativeLead', { memberId: 'member-new' }), at));
    const levelsAt = (ms: number) => recommitmentEscalations(advanceTime(due, ms)).map((e) => e.level);
    expect(levelsAt(at + 12 * WEEK_MS - 1)).toEqual([]);
    expect(levelsAt(at + 12 * WEEK_MS)).toEqual([1]);
    expect(levelsAt(at + 16 * WEEK_MS - 1)).toEqual([1]);
    expect(levelsAt(at + 16 * WEEK_MS)).toEqual([1, 2]);
    expect(levelsAt(at + 20 * WEEK_MS - 1)).toEqual([1, 2]);
    expect(levelsAt(at + 20 * WEEK_MS)).toEqual([1, 2, 3]);
    const escalations = recommitmentEscalations(advanceTime(due, at + 20 * WEEK_MS));
    expect(escalations.every((e) => e.ruleId === 'R1.6' && e.kind === 'STALL')).toBe(true);
    expect(escalations.map((e) => e.dueAt)).toEqual([12, 16, 20].map((w) => new Date(at + w * WEEK_MS).toISOString()));
  });

  it('R1.6: the new alderman re-confirms; the flag goes, the escalations resolve, and nothing else is reset', () => {
    const at = T0 + WEEK_MS;
    const due = accepted(sut(inContinuation(), step('designateAdministrativeLead', { memberId: 'member-new' }), at));
    const late = advanceTime(due, at + 13 * WEEK_MS);
    expect(recommitmentEscalations(late).map((e) => e.status)).toEqual(['OPEN']);
    const done = accepted(sut(late, step('reconfirmCommitment', {}, NEW_ALDERMAN), at + 13 * WEEK_MS));
    expect(done.riskFlags).not.toContain('RECOMMITMENT_DUE');
    expect(done.commitment.recommitment).toBeUndefined();
    expect(done.commitment.reconfirmedAt).toBe(new Date(at + 13 * WEEK_MS).toISOString());
    expect(recommitmentEscalations(done).map((e) => e.status)).toEqual(['RESOLVED']);
    expect(done.clocks.some((c) => c.step === 'RECOMMITMENT')).toBe(false);
    // Phase, agenda (actions with their embeddings), confirmation and the continuation clock stay.
    expect(untouched(done)).toEqual(untouched(late));
    expect(done.agenda.actions[0]!.embedding).toBeDefined();
    expect(nextWakeAt(done)).toBe(
      nextWakeAt({ ...late, clocks: late.clocks.filter((c) => c.step !== 'RECOMMITMENT') }),
    );
  });

  it('R1.6 / P1: only the designated member re-confirms, or a programme manager on their behalf', () => {
    const due = accepted(sut(inExecution(), step('designateAdministrativeLead', { memberId: 'member-new' }), T0));
    expect(refused(due, step('reconfirmCommitment', {}, LEAD)).ruleId).toBe('NOT_PERMITTED');
    expect(refused(due, step('reconfirmCommitment', {}, OLD_ALDERMAN)).ruleId).toBe('NOT_PERMITTED');
    expect(accepted(sut(due, step('reconfirmCommitment', {}, MANAGER_ON_BEHALF), T0)).riskFlags).not.toContain(
      'RECOMMITMENT_DUE',
    );
  });

  it('R1.6: nothing to re-confirm without a new lead or an election since the mandate; in COMMITMENT it is R1.1', () => {
    expect(refused(inExecution(), step('reconfirmCommitment', {}, ALDERMAN)).ruleId).toBe('R1.6');
    expect(refused(readyToCommit(), step('reconfirmCommitment', {}, ALDERMAN)).ruleId).toBe('LIFECYCLE');
  });

  it('R1.6: a new alderman may be designated while PAUSED; the clock stands still until the programme resumes', () => {
    const paused = given(inExecution(), [step('pauseProgramme', { reason: 'Coalitievorming' })]);
    const due = accepted(sut(paused, step('designateAdministrativeLead', { memberId: 'member-new' }), T0 + WEEK_MS));
    expect(due.riskFlags).toContain('RECOMMITMENT_DUE');
    expect(due.clocks.find((c) => c.step === 'RECOMMITMENT')?.runningSince).toBeNull();
    expect(recommitmentEscalations(advanceTime(due, T0 + 30 * WEEK_MS))).toEqual([]);
  });

  it('R1.6 switched off (a history from before the rule): designation past COMMITMENT is refused as it was', () => {
    const outcome = sut(inExecution(), step('designateAdministrativeLead', {}), T0, { politicalCycle: false });
    expect(outcome.ok ? 'ACCEPTED' : outcome.error.ruleId).toBe('LIFECYCLE');
  });
});

describe('R1.6 after an election day', () => {
  const ELECTION = startOfAmsterdamDay('2026-03-18');
  const CHECK = ELECTION + ELECTION_GRACE_WEEKS * WEEK_MS;
  const BEFORE = Date.parse('2025-09-01T10:00:00Z');
  const executing = () => inExecution({}, BEFORE);

  it('R1.6: 16 weeks after 18 March 2026 without a new mandate the programme gets RECOMMITMENT_DUE', () => {
    const s = executing();
    expect(advanceTime(s, CHECK - 1).commitment.recommitment).toBeUndefined();
    const after = advanceTime(s, CHECK);
    expect(after.commitment.recommitment).toEqual({
      reason: 'ELECTION',
      since: new Date(CHECK).toISOString(),
      electionDay: '2026-03-18',
    });
    expect(after.riskFlags).toContain('RECOMMITMENT_DUE');
    expect(after.phase).toBe('EXECUTION');
    expect(after.timeline.at(-1)?.event).toBe('recommitmentDue');
  });

  it('R1.6: the same ladder from election day + 16 weeks: levels at +12, +16 and +20 weeks', () => {
    // The check found on time (a timer at its instant), then the ladder from there.
    const s = advanceTime(executing(), CHECK);
    const levelsAt = (ms: number) => recommitmentEscalations(advanceTime(s, ms)).map((e) => e.level);
    expect(levelsAt(CHECK + 12 * WEEK_MS - 1)).toEqual([]);
    expect(levelsAt(CHECK + 12 * WEEK_MS)).toEqual([1]);
    expect(levelsAt(CHECK + 16 * WEEK_MS)).toEqual([1, 2]);
    expect(levelsAt(CHECK + 20 * WEEK_MS)).toEqual([1, 2, 3]);
  });

  it('R1.6 found late (the rule reached a running programme on 3 December 2026): the 12 weeks run from that day, no rung falls due at once', () => {
    const deployed = Date.parse('2026-12-03T09:00:00Z');
    const found = advanceTime(executing(), deployed);
    expect(found.commitment.recommitment).toEqual({
      reason: 'ELECTION',
      since: new Date(deployed).toISOString(),
      electionDay: '2026-03-18',
    });
    expect(recommitmentEscalations(found)).toEqual([]);
    expect(found.riskFlags).toContain('RECOMMITMENT_DUE');
    expect(found.timeline.at(-1)?.summary).toContain('binnen 12 weken vanaf vandaag');
    expect(nextWakeAt(found)).toBe(deployed + RECOMMITMENT_WEEKS * WEEK_MS);
    // A day late still counts from the instant (a worker restart, not a new rule).
    const nextDay = advanceTime(executing(), CHECK + 23 * 60 * 60 * 1000);
    expect(nextDay.commitment.recommitment?.since).toBe(new Date(CHECK).toISOString());
    // Histories from before the patch: counted from the instant, so every rung at once.
    const before = advanceTime(executing(), deployed, { recommitmentFromNotice: false });
    expect(before.commitment.recommitment?.since).toBe(new Date(CHECK).toISOString());
    expect(recommitmentEscalations(before).map((e) => e.level)).toEqual([1, 2, 3]);
  });

  it('R1.6: a re-designation within the 16 weeks replaces the election check (its own 12 weeks run)', () => {
    const s = accepted(sut(executing(), step('designateAdministrativeLead', {}), ELECTION + 10 * WEEK_MS));
    const after = advanceTime(s, CHECK + WEEK_MS);
    expect(after.commitment.recommitment?.reason).toBe('NEW_LEAD');
    expect(after.timeline.some((t) => t.event === 'recommitmentDue')).toBe(false);
  });

  it('R1.6: a re-confirmation within the 16 weeks (the alderman stays) means no re-commitment is due', () => {
    const s = accepted(sut(executing(), step('reconfirmCommitment', {}, ALDERMAN), ELECTION + 3 * WEEK_MS));
    const after = advanceTime(s, CHECK + 40 * WEEK_MS);
    expect(after.commitment.recommitment).toBeUndefined();
    expect(after.riskFlags).not.toContain('RECOMMITMENT_DUE');
  });

  it('R1.6: a programme still in COMMITMENT is not asked (its alderman confirms R1.1 anyway)', () => {
    const s = readyToCommit('INTERNAL', BEFORE);
    expect(advanceTime(s, CHECK + WEEK_MS).commitment.recommitment).toBeUndefined();
  });

  it('R1.6: a programme whose lead was designated after the election is not asked until the next one', () => {
    const s = inExecution({}, ELECTION + WEEK_MS);
    expect(advanceTime(s, CHECK + 20 * WEEK_MS).commitment.recommitment).toBeUndefined();
  });

  it('R1.6: the provisional next election day (2030) counts, and a configured one replaces it', () => {
    const s = inExecution({}, T0);
    const d2030 = startOfAmsterdamDay('2030-03-20') + ELECTION_GRACE_WEEKS * WEEK_MS;
    expect(advanceTime(s, d2030).commitment.recommitment?.electionDay).toBe('2030-03-20');
    const configured = { ...s, nextElectionDay: '2030-03-13' };
    const d13 = startOfAmsterdamDay('2030-03-13') + ELECTION_GRACE_WEEKS * WEEK_MS;
    expect(advanceTime(configured, d13).commitment.recommitment?.electionDay).toBe('2030-03-13');
  });

  it('R1.6 switched off (history from before the rule): no election check', () => {
    const s = executing();
    expect(advanceTime(s, CHECK + WEEK_MS, { politicalCycle: false }).commitment.recommitment).toBeUndefined();
    expect(nextWakeAt(s, { politicalCycle: false })).not.toBe(CHECK);
  });
});

describe('R1.6 election days as reference data', () => {
  it('R1.6: the fixed polling days are 2018-03-21, 2022-03-16 and 2026-03-18; the next is provisional', () => {
    expect(FIXED_ELECTION_DAYS.map((d) => d.date)).toEqual(['2018-03-21', '2022-03-16', '2026-03-18']);
    expect(electionDays().at(-1)).toMatchObject({ date: '2030-03-20', provisional: true });
    expect(FIXED_ELECTION_DAYS.every((d) => !d.provisional)).toBe(true);
  });

  it('R1.6: a configured next day must be a Wednesday in March after 2026', () => {
    expect(isPossibleElectionDay('2030-03-20')).toBe(true);
    expect(isPossibleElectionDay('2030-03-13')).toBe(true);
    expect(isPossibleElectionDay('2030-03-21')).toBe(false);
    expect(isPossibleElectionDay('2030-04-17')).toBe(false);
    expect(isPossibleElectionDay('2026-03-18')).toBe(false);
  });
});
