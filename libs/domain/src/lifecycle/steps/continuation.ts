import { endProgramme, enterPhase, findAction, progress } from '../draft';
import { indicatorValues, text } from '../input';
import { refuse } from '../refusal';
import type { EmbeddingCheck } from '../commands';
import { endInstrument, periodEnded, periodText, recordSuccessor } from '../instruments';
import type { ProgrammeState } from '../types';
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
      // R4.5: per embedding, its instrument is still in force, or it ended (then its successor, if known).
      // Check-ins without the list (before R4.5) stay valid.
      if (c.embeddings !== undefined) checkEmbeddings(d, c.year, c.embeddings, nowMs);
      progress(d, 'CONTINUATION', nowMs, `check-in ${period}`);
    },
    summary: (c) => `Jaarlijkse check-in ${c.year}.`,
  },
  // R4.5: the instrument that follows an ended one (or one about to end); ends its stall clock.
  recordSuccessorInstrument: {
    guard: { phases: ['EMBEDDING', 'CONTINUATION'] },
    effect(d, c, { nowMs }) {
      recordSuccessor(d, findAction(d, c.actionId), c, nowMs);
    },
    summary: (c) =>
      `Opvolgend instrument van actie ${c.actionId}: ${c.instrumentName}${c.period ? ` (${periodText(c.period)})` : ''}.`,
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

/**
 * R4.5: the check-in's line per embedding. In force: the year is recorded as confirmed (refused
 * when its period has ended: then it needs a successor). Not in force: the instrument ended now and
 * its successor step opens, unless the line names the successor. Each action at most once.
 */
function checkEmbeddings(d: ProgrammeState, year: number, lines: readonly EmbeddingCheck[], nowMs: number): void {
  const list: readonly EmbeddingCheck[] = Array.isArray(lines)
    ? lines
    : refuse('INVALID_INPUT', 'De borgingen van de check-in zijn een lijst.', { field: 'embeddings' });
  const seen = new Set<string>();
  list.forEach((line, i) => {
    const field = `embeddings.${i}.`;
    if (typeof line !== 'object' || line === null || typeof line.inForce !== 'boolean')
      refuse('INVALID_INPUT', 'Zeg per borging of het instrument nog geldt.', { field: `${field}inForce` });
    const action = findAction(d, line.actionId);
    const e = action.embedding;
    if (!e) refuse('UNKNOWN_REFERENCE', `De actie '${action.title}' is niet geborgd.`, { actionId: action.id, field });
    if (seen.has(action.id))
      refuse('INVALID_INPUT', `De borging van '${action.title}' staat twee keer in de check-in.`, { field });
    seen.add(action.id);
    if (line.successor !== undefined) {
      recordSuccessor(d, action, line.successor, nowMs, `${field}successor.`);
      return;
    }
    if (line.inForce) {
      if (e.ended || periodEnded(e.period, nowMs))
        refuse(
          'R4.5',
          `'${e.instrumentName}'${e.period ? ` (${periodText(e.period)})` : ''} is verlopen; leg het opvolgende instrument vast in plaats van het te bevestigen.`,
          { actionId: action.id, field: `${field}inForce` },
        );
      e.confirmedInForce = [...new Set([...(e.confirmedInForce ?? []), year])].sort((a, b) => a - b);
    } else if (!e.ended) {
      endInstrument(d, action, 'CHECK_IN', nowMs, nowMs);
    }
  });
}
