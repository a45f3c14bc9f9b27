import { endProgramme, enterPhase, progress } from '../draft';
import { indicatorValues, text } from '../input';
import { refuse } from '../refusal';
import type { StepRegistry } from './step';

// P5 CONTINUATION: yearly check-ins with indicators until the programme is closed (docs/rules.md).

export const CONTINUATION_STEPS = {
  recordCheckIn: {
    guard: { phases: ['CONTINUATION'] },
    effect(d, c, { now, nowMs }) {
      if (typeof c.year !== 'number' || !Number.isInteger(c.year) || c.year < 2015 || c.year > 2100) {
        refuse('INVALID_INPUT', 'Geef het jaar van de check-in (bijv. 2028).');
      }
      const period = String(c.year);
      if (d.indicators.some((r) => r.period === period))
        refuse('LIFECYCLE', `De check-in over ${period} is al vastgelegd.`);
      d.indicators.push({
        period,
        at: now,
        ...indicatorValues(c),
        ...(c.note ? { note: text(c.note, 'de toelichting') } : {}),
      });
      progress(d, 'CONTINUATION', nowMs, `check-in ${period}`);
    },
    summary: (c) => `Jaarlijkse check-in ${c.year}.`,
  },
  closeProgramme: {
    guard: { phases: ['CONTINUATION'] },
    effect(d, _c, { nowMs }) {
      endProgramme(d, nowMs, 'Programma gesloten');
      enterPhase(d, 'CLOSED', nowMs);
      d.status = 'CLOSED';
    },
    summary: () => 'Programma gesloten.',
  },
} satisfies Partial<StepRegistry>;
