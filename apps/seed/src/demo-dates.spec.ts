import { describe, expect, it } from 'vitest';
import { addIsoDays, checkPastPhases, startOfAmsterdamDay } from '../../../libs/domain/src';
import { demoPastPhases, RECENT_ENTRY_WEEKS } from './demo-dates';
import { DEMO_PLAN } from './demo-plan';
import { plannedSteps } from './demo-steps';

// The demo's declared past phases (issue 15, docs/rules.md "Programmes that began before Olievlek").

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((startOfAmsterdamDay(to) - startOfAmsterdamDay(from)) / DAY_MS);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

describe.each(['2026-11-23', '2027-06-15', '2031-01-02'])('the demo dates on a seed run of %s', (today) => {
  const nowMs = startOfAmsterdamDay(today) + 10 * 3_600_000;

  it('are what the API accepts: ascending, from startedOn to today, the phases before the planned one', () => {
    for (const plan of DEMO_PLAN) {
      const past = demoPastPhases(plan, today);
      expect(checkPastPhases(past, plan.startedOn, nowMs), plan.municipalityCode).toBeUndefined();
      const before = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING'];
      const count = plan.phase === 'CONTINUATION' ? 4 : before.indexOf(plan.phase);
      expect(
        past.map((p) => p.phase),
        plan.municipalityCode,
      ).toEqual(before.slice(0, count));
    }
  });

  it('make the national medians months, not days', () => {
    const stays = new Map<string, number[]>();
    for (const plan of DEMO_PLAN) {
      let from = plan.startedOn;
      for (const p of demoPastPhases(plan, today)) {
        stays.set(p.phase, [...(stays.get(p.phase) ?? []), days(from, p.endedOn)]);
        from = p.endedOn;
      }
    }
    expect(median(stays.get('COMMITMENT')!)).toBeGreaterThanOrEqual(70);
    expect(median(stays.get('AGENDA')!)).toBeGreaterThanOrEqual(120);
    expect(median(stays.get('EXECUTION')!)).toBeGreaterThanOrEqual(365);
    expect(median(stays.get('EMBEDDING')!)).toBeGreaterThanOrEqual(150);
    // Years, not decades. A run in 2031 finds the programmes still in AGENDA or EMBEDDING (the
    // plan's own phases) there for years, so their first phase lasts as long: with the pioneers as
    // collectives (C1, Weststellingwerf no longer a programme of its own) half of them are such.
    const years = today < '2030' ? 3 : 5;
    for (const [phase, xs] of stays) expect(median(xs), phase).toBeLessThan(years * 365);
  });

  it('P3: only the planned stalls are old enough to escalate; AGENDA and EMBEDDING were entered weeks ago', () => {
    for (const plan of DEMO_PLAN) {
      const entered = demoPastPhases(plan, today).at(-1)?.endedOn;
      if (!entered || (plan.phase !== 'AGENDA' && plan.phase !== 'EMBEDDING')) continue;
      if (plan.stalledForWeeks !== undefined)
        expect(entered, plan.municipalityCode).toBe(addIsoDays(today, -7 * plan.stalledForWeeks));
      else expect(days(entered, today), plan.municipalityCode).toBeLessThanOrEqual(7 * RECENT_ENTRY_WEEKS);
    }
  });
});

describe('the demo dates follow the school year (DOMAIN.md R3.1)', () => {
  it('execution ends in July, at the end of the school year the training ran in', () => {
    for (const plan of DEMO_PLAN.filter((p) => p.phase === 'CONTINUATION')) {
      const execution = demoPastPhases(plan, '2026-11-23').find((p) => p.phase === 'EXECUTION')!;
      expect(execution.endedOn.slice(5, 7), plan.municipalityCode).toBe('07');
    }
  });
});

describe('P3 the planned stalls', () => {
  it('record nothing in the phase they stall in, so nothing restarts its clock', () => {
    const stalled = DEMO_PLAN.filter((p) => p.stalledForWeeks !== undefined);
    expect(stalled.map((p) => p.stalledForWeeks).sort((a, b) => a! - b!)).toEqual([11, 22]);
    for (const plan of stalled) {
      expect(plan.phase).toBe('AGENDA');
      const inPhase = plannedSteps(plan).filter((s) =>
        ['recordBottleneck', 'selectTheme', 'addAction', 'confirmSupport', 'adoptAgenda'].includes(s.mutation),
      );
      expect(inPhase, plan.municipalityCode).toEqual([]);
    }
  });
});
