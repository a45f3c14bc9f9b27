import { describe, expect, it } from 'vitest';
import {
  amsterdamDate,
  decide,
  findPractice,
  openEscalationLevel,
  PIONEER_COLLECTIVES,
  RECOMMENDATIONS,
  startProgramme,
  type Command,
  type ProgrammeState,
} from '../../../libs/domain/src';
import { readReferenceCsv } from '../../../libs/persistence/src';
import { demoPastPhases } from './demo-dates';
import { DEMO_PLAN, selectDemoProgrammes, type DemoProgramme } from './demo-plan';
import { drivePlan, plannedStatus, type ResolvedStep, type SeedState, type StepOutcome } from './demo-steps';

// The demo plan replayed through the domain's own rules (decide), as the workflows will apply
// them: every plan must reach its phase and status, and a second run must take no step at all.

const MUNICIPALITIES = new Map(readReferenceCsv('municipalities.csv').map((m) => [m.code!, m]));

function toSeedState(d: ProgrammeState): SeedState {
  return {
    id: d.programmeId,
    municipalityCode: d.municipalityCode,
    phase: d.phase,
    status: d.status,
    version: d.version,
    startedAt: d.startedAt,
    openEscalationLevel: openEscalationLevel(d),
    riskFlags: [...d.riskFlags],
    municipality: { name: MUNICIPALITIES.get(d.municipalityCode)?.name ?? d.municipalityCode },
    commitment: {
      administrativeLead: d.commitment.administrativeLead ?? null,
      recommitment: d.commitment.recommitment ?? null,
      reconfirmedAt: d.commitment.reconfirmedAt ?? null,
      partners: d.commitment.partners,
      projectLead: d.commitment.projectLead ?? null,
      pastProjectLeads: d.commitment.pastProjectLeads,
      recommendations: RECOMMENDATIONS.map((item) => ({ item, doneAt: d.commitment.recommendations[item] ?? null })),
    },
    agenda: {
      bottlenecks: d.agenda.bottlenecks,
      themes: d.agenda.themes,
      actions: d.agenda.actions.map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        practiceId: a.practiceId ?? null,
        embedding: a.embedding ?? null,
        memberEmbeddings: a.memberEmbeddings?.map((e) => ({ municipalityCode: e.municipalityCode })) ?? null,
      })),
      support: d.agenda.support,
    },
    training: d.training
      ? {
          stage: d.training.stage,
          targetYear: d.training.targetYear,
          schoolYear: d.training.schoolYear ?? null,
          schoolTalksStartedAt: d.training.schoolTalksStartedAt ?? null,
          sessions: d.training.sessions,
        }
      : null,
    embeddingOwner: d.embeddingOwner ?? null,
    escalations: d.escalations.map((e) => ({
      id: e.id,
      level: e.level,
      kind: e.kind,
      status: e.status,
      ruleId: e.ruleId ?? null,
    })),
    indicators: d.indicators,
    timeline: d.timeline,
    mentor: null,
    collective: d.collectiveMembers
      ? {
          members: d.collectiveMembers.map((m) => ({
            municipality: { code: m.municipalityCode },
            confirmedOn: m.confirmedAt ?? null,
            leftOn: m.leftAt ?? null,
          })),
        }
      : null,
  };
}

/** A programme of the plan in the domain alone: steps are `decide` calls at `nowMs`. */
function simulate(plan: DemoProgramme, nowMs: number) {
  const m = MUNICIPALITIES.get(plan.municipalityCode)!;
  const started = startProgramme(
    {
      programmeId: `programme-${plan.municipalityCode}-1`,
      municipalityCode: plan.municipalityCode,
      sequence: 1,
      province: m.province!,
      schoolHolidayRegion: m.school_holiday_region as 'noord' | 'midden' | 'zuid',
      startedOn: plan.startedOn,
      pastPhases: demoPastPhases(plan, amsterdamDate(nowMs)),
      ...(plan.members ? { members: plan.members.map((m) => m.municipalityCode) } : {}),
    },
    nowMs,
  );
  if (!started.ok) throw new Error(started.error.message);
  let domainState = started.value;
  const taken: ResolvedStep[] = [];
  const take = async (step: ResolvedStep): Promise<StepOutcome> => {
    const command = { type: step.mutation, ...step.input, actor: { role: step.actingAs ?? 'PROJECT_LEAD' } } as Command;
    const outcome = decide(domainState, command, nowMs);
    if (!outcome.ok)
      return {
        ok: false,
        refusal: { code: 'RULE_VIOLATION', rule: outcome.error.ruleId, message: outcome.error.message },
      };
    domainState = outcome.value;
    taken.push(step);
    return { ok: true, state: toSeedState(domainState) };
  };
  return { take, taken, state: () => domainState };
}

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('demo plan', () => {
  it('starts the six pioneer collectives (every municipality of each) and about thirty others', () => {
    // One programme per pioneer collective, led by its first municipality; every municipality the
    // seeds name takes part, as the lead or a member (C1).
    const pioneers = DEMO_PLAN.filter((p) => p.pioneer);
    expect(pioneers.map((p) => p.municipalityCode).sort()).toEqual(
      PIONEER_COLLECTIVES.map((c) => c.municipalityCodes[0]).sort(),
    );
    const all = pioneers.flatMap((p) => [p.municipalityCode, ...(p.members ?? []).map((m) => m.municipalityCode)]);
    for (const code of PIONEER_COLLECTIVES.flatMap((c) => c.municipalityCodes)) expect(all).toContain(code);
    expect(DEMO_PLAN.length - pioneers.length).toBeGreaterThanOrEqual(25);
  });

  it('C1: runs Amsterdam, Heerlen and Leeuwarden as collectives; a municipality takes part in one programme', () => {
    const members = (code: string) => DEMO_PLAN.find((p) => p.municipalityCode === code)?.members?.map((m) => m.name);
    expect(members('GM0363')).toEqual(['Amstelveen', 'Diemen', 'Ouder-Amstel', 'Aalsmeer', 'Uithoorn']);
    expect(members('GM0917')).toEqual(['Brunssum', 'Kerkrade', 'Landgraaf', 'Simpelveld', 'Voerendaal', 'Beekdaelen']);
    expect(members('GM0080')).toEqual(['Weststellingwerf']);
    const taking = DEMO_PLAN.flatMap((p) => [p.municipalityCode, ...(p.members ?? []).map((m) => m.municipalityCode)]);
    expect(new Set(taking).size).toBe(taking.length);
    for (const p of DEMO_PLAN)
      for (const m of p.members ?? [])
        expect(MUNICIPALITIES.get(m.municipalityCode)?.name, m.municipalityCode).toBe(m.name);
    // A member's code selects its collective's programme.
    expect(selectDemoProgrammes(['GM0384']).map((p) => p.municipalityCode)).toEqual(['GM0363']);
    expect(selectDemoProgrammes(['GM0098']).map((p) => p.municipalityCode)).toEqual(['GM0080']);
  });

  it('uses CBS 2025 municipalities under their own names, in all twelve provinces', () => {
    for (const p of DEMO_PLAN) expect(MUNICIPALITIES.get(p.municipalityCode)?.name, p.municipalityCode).toBe(p.name);
    expect(new Set(DEMO_PLAN.map((p) => MUNICIPALITIES.get(p.municipalityCode)!.province)).size).toBe(12);
  });

  it('R1.6: shows a programme that re-confirmed after the 2026 elections and one where it is still due', () => {
    const cycle = DEMO_PLAN.filter((p) => p.newAlderman).map((p) => [p.name, p.phase, p.newAlderman!.reconfirmed]);
    expect(cycle).toEqual([
      ['Tilburg', 'EXECUTION', false],
      ['Breda', 'EMBEDDING', true],
    ]);
  });

  it('has programmes in every phase, some paused, one aborted, some escalated (R4.3)', () => {
    const count = (f: (p: DemoProgramme) => boolean) => DEMO_PLAN.filter(f).length;
    for (const phase of ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING'] as const)
      expect(count((p) => p.phase === phase && p.status === 'ACTIVE')).toBeGreaterThanOrEqual(4);
    expect(count((p) => p.phase === 'CONTINUATION')).toBe(6);
    expect(count((p) => p.status === 'PAUSED')).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.status === 'ABORTED')).toBe(1);
    expect(count((p) => Boolean(p.leadDeparts))).toBeGreaterThanOrEqual(2);
  });

  it('dates pioneers in 2015–2016 and the others over 2017–2026, all in the past', () => {
    for (const p of DEMO_PLAN) {
      const year = Number(p.startedOn.slice(0, 4));
      if (p.pioneer) expect(year).toBeLessThanOrEqual(2016);
      else expect(year).toBeGreaterThanOrEqual(2017);
      expect(Date.parse(p.startedOn)).toBeLessThan(NOW);
    }
  });

  it('lets pioneers adopt only practices of their own origin, and spreads them to others', () => {
    for (const p of DEMO_PLAN) {
      for (const a of p.actions ?? []) {
        if (!a.practiceId) continue;
        const practice = findPractice(a.practiceId)!;
        expect(practice.theme, a.title).toBe(a.theme);
        if (p.pioneer) expect(practice.originMunicipalityCodes, a.title).toContain(p.municipalityCode);
      }
    }
    const elsewhere = DEMO_PLAN.filter((p) => !p.pioneer).flatMap((p) => (p.actions ?? []).filter((a) => a.practiceId));
    expect(new Set(elsewhere.map((a) => a.practiceId)).size).toBeGreaterThanOrEqual(8);
  });

  it('selects a subset by count or by code, in plan order', () => {
    expect(selectDemoProgrammes(2).map((p) => p.municipalityCode)).toEqual(['GM0363', 'GM0599']);
    expect(selectDemoProgrammes(['GM0518', 'GM0363']).map((p) => p.municipalityCode)).toEqual(['GM0363', 'GM0518']);
    expect(() => selectDemoProgrammes(['GM9999'])).toThrow(/GM9999/);
  });
});

describe.each(DEMO_PLAN.map((p) => [`${p.municipalityCode} ${p.name}`, p] as const))(
  '%s through the domain rules',
  (_name, plan) => {
    it(`reaches ${plan.phase} (${plan.status}) in November, and a second run takes no step`, async () => {
      const sim = simulate(plan, NOW);
      const first = await drivePlan(plan, toSeedState(sim.state()), sim.take);
      const end = sim.state();
      expect([end.phase, end.status]).toEqual([plan.phase, plan.status]);
      expect(amsterdamDate(Date.parse(end.startedAt))).toBe(plan.startedOn);
      expect(first.steps).toBe(sim.taken.length);
      for (const a of plan.actions ?? []) {
        const action = end.agenda.actions.find((x) => x.title === a.title)!;
        if (['EXECUTION', 'EMBEDDING', 'CONTINUATION'].includes(plan.phase))
          expect(action.status, a.title).toBe(plannedStatus(a));
        if (plan.phase === 'CONTINUATION' && plannedStatus(a) === 'DONE')
          expect(action.embedding, a.title).toBeDefined();
      }
      // R4.5: an embedding whose instrument ran out without a successor waits on its own ladder,
      // as far up as its dates say (8, 12, 16 weeks after 1 January following its last year).
      const expired = (plan.actions ?? []).filter(
        (a) => a.embedding?.period?.to !== undefined && !a.embedding.successor && plannedStatus(a) === 'DONE',
      );
      const successorSteps = end.escalations.filter((e) => e.status !== 'RESOLVED' && e.ruleId === 'R4.5');
      expect(successorSteps.map((e) => e.level)).toEqual(expired.flatMap(() => [1, 2, 3]));
      const open = end.escalations.filter((e) => e.status !== 'RESOLVED' && e.ruleId !== 'R4.5');
      if (plan.leadDeparts) {
        expect(open.map((e) => [e.level, e.kind, e.ruleId])).toEqual([[2, 'LEAD_DEPARTED', 'R4.3']]);
        expect(open[0]!.status).toBe(plan.acknowledgeNote ? 'ACKNOWLEDGED' : 'OPEN');
      } else if (plan.stalledForWeeks !== undefined) {
        // P3: the levels due after so many weeks without progress (12 weeks for AGENDA, then every 4).
        const weeks = plan.stalledForWeeks;
        const due = [12, 16, 20].filter((w) => weeks >= w).map((_, i) => [i + 1, 'STALL', plan.phase]);
        expect(open.map((e) => [e.level, e.kind, e.step])).toEqual(due);
      } else {
        expect(open).toEqual([]);
      }
      // R1.6: a new alderman after the 2026 elections; the phase stays, re-confirmed or still due.
      if (plan.newAlderman) {
        expect(end.commitment.administrativeLead?.name).toBe(plan.newAlderman.name);
        expect(end.riskFlags.includes('RECOMMITMENT_DUE')).toBe(!plan.newAlderman.reconfirmed);
        expect(Boolean(end.commitment.reconfirmedAt)).toBe(plan.newAlderman.reconfirmed);
      } else expect(end.riskFlags).not.toContain('RECOMMITMENT_DUE');
      // C2/C3: every member's own alderman confirmed, and every embedded action is embedded per member.
      for (const m of plan.members ?? []) {
        const member = end.collectiveMembers?.find((x) => x.municipalityCode === m.municipalityCode);
        expect(member?.confirmedAt, m.name).toBeDefined();
        for (const a of end.agenda.actions.filter((x) => x.embedding))
          expect(
            a.memberEmbeddings?.map((e) => e.municipalityCode),
            a.title,
          ).toContain(m.municipalityCode);
      }
      if (plan.training) {
        // In November the talks with school boards wait for 1 January (R3.1): noted, not failed.
        expect(end.training?.stage).toBe('WAITING_FOR_WINDOW');
        expect(first.notes.join(' ')).toMatch(/1 januari 2027/);
      }

      const again = await drivePlan(plan, toSeedState(end), sim.take);
      expect(again.steps).toBe(0);
      expect(sim.state().version).toBe(end.version);
    });
  },
);

describe('R3.1 training track in the seed', () => {
  const withTraining = DEMO_PLAN.filter((p) => p.training);

  it('goes all the way to a planned session while talks with school boards can start (January)', async () => {
    for (const plan of withTraining) {
      const sim = simulate(plan, Date.parse('2027-01-12T10:00:00Z'));
      const result = await drivePlan(plan, toSeedState(sim.state()), sim.take);
      expect(result.notes).toEqual([]);
      expect(sim.state().training).toMatchObject({ stage: 'CALENDAR_FIXED', targetYear: 2027 });
      expect(sim.state().training!.sessions).toHaveLength(1);
      expect(sim.state().escalations.filter((e) => e.status !== 'RESOLVED')).toEqual([]);
    }
  });

  it.each(['2027-03-15', '2027-06-20', '2027-09-01'])('leaves the track waiting without failing on %s', async (day) => {
    for (const plan of withTraining) {
      const sim = simulate(plan, Date.parse(`${day}T10:00:00Z`));
      const result = await drivePlan(plan, toSeedState(sim.state()), sim.take);
      expect([sim.state().phase, sim.state().training?.stage]).toEqual(['EXECUTION', 'WAITING_FOR_WINDOW']);
      expect(result.notes).toHaveLength(1);
    }
  });
});
