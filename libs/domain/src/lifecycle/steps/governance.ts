import { endProgramme, pause } from '../draft';
import { indicatorValues, MAX_NAME, MAX_TEXT, oneOf, optionalText, text } from '../input';
import { refuse, Refusal } from '../refusal';
import { resumeClock } from '../clocks';
import { applySettings, checkSettingsPolicy } from '../settings';
import { planTrainingYear } from '../training-track';
import type { StepRegistry } from './step';

// Steps of any phase: indicators, escalation decisions, pause/resume/abort, settings and the
// mentor pairing (docs/rules.md "Stalls and escalations", "Indicators", "National view").

export const GOVERNANCE_STEPS = {
  reportIndicators: {
    guard: { phases: ['EXECUTION', 'EMBEDDING', 'CONTINUATION'] },
    effect(d, c, { now }) {
      if (typeof c.period !== 'string' || !/^\d{4}-Q[1-4]$/.test(c.period)) {
        refuse('INVALID_INPUT', "Geef het kwartaal als bijvoorbeeld '2027-Q2'.");
      }
      if (d.indicators.some((r) => r.period === c.period))
        refuse('LIFECYCLE', `De indicatoren over ${c.period} zijn al vastgelegd.`);
      d.indicators.push({ period: c.period, at: now, ...indicatorValues(c) });
    },
    summary: (c) => `Indicatoren ${c.period} vastgelegd.`,
  },
  // An alderman or kwartiermaker decides: extend the stall clock by N weeks, pause, or note only.
  acknowledgeEscalation: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: 'Het programma is beëindigd.' },
    role: { allowed: ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'], to: 'een escalatie afhandelen' },
    effect(d, c, { now, nowMs }) {
      const escalation = d.escalations.find((e) => e.id === c.escalationId);
      if (!escalation) refuse('UNKNOWN_REFERENCE', `Er is geen escalatie met id '${String(c.escalationId)}'.`);
      if (escalation.status === 'RESOLVED') refuse('LIFECYCLE', 'Deze escalatie is al opgelost.');
      const decision = oneOf(c.decision, ['EXTEND', 'PAUSE', 'NOTE'] as const, 'het besluit');
      const note = optionalText(c.note, 'de notitie', MAX_TEXT);
      let weeks: number | undefined;
      if (decision === 'EXTEND') {
        if (typeof c.weeks !== 'number' || !Number.isInteger(c.weeks) || c.weeks < 1 || c.weeks > 52) {
          refuse('INVALID_INPUT', 'Verlengen gaat met een heel aantal weken (1 tot 52).');
        }
        weeks = c.weeks;
        const clock = d.clocks.find((k) => k.step === escalation.step);
        if (escalation.kind !== 'STALL' || !clock) {
          refuse(
            'LIFECYCLE',
            'Deze escalatie hangt aan een vaste datum (schooljaar of vertrek) en kan niet worden verlengd.',
          );
        }
        clock.extensionWeeks += weeks;
      } else if (decision === 'PAUSE') {
        if (d.status === 'PAUSED') refuse('LIFECYCLE', 'Het programma is al gepauzeerd.');
        pause(d, nowMs, note ?? `Besloten bij escalatie ${escalation.id}`, c.actor);
      }
      escalation.status = 'ACKNOWLEDGED';
      escalation.acknowledgements.push({
        at: now,
        by: c.actor,
        decision,
        ...(weeks !== undefined ? { weeks } : {}),
        ...(note ? { note } : {}),
      });
    },
    summary: (c) =>
      `Escalatie afgehandeld: ${c.decision}${c.weeks ? ` (${c.weeks} weken)` : ''}${c.note ? ` – ${c.note}` : ''}.`,
  },
  // A pause stops the stall clocks; resuming continues them with the time that was left.
  pauseProgramme: {
    guard: { status: 'ACTIVE' },
    effect(d, c, { nowMs }) {
      pause(d, nowMs, text(c.reason, 'de reden voor de pauze'), c.actor);
    },
    summary: (c) => `Programma gepauzeerd: ${c.reason}.`,
  },
  resumeProgramme: {
    guard: { status: 'PAUSED', otherwise: 'Het programma is niet gepauzeerd.' },
    effect(d, _c, { now }) {
      d.status = 'ACTIVE';
      delete d.pause;
      for (const clock of d.clocks) resumeClock(clock, now);
    },
    summary: () => 'Programma hervat.',
  },
  abortProgramme: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: 'Het programma is al beëindigd.' },
    effect(d, c, { nowMs }) {
      d.abortReason = text(c.reason, 'de reden om het programma af te breken');
      endProgramme(d, nowMs, 'Programma afgebroken');
      d.status = 'ABORTED';
    },
    summary: (c) => `Programma afgebroken: ${c.reason}.`,
  },
  // A new R3.1 calendar cut-off replans the training year's deadlines. Loosening a setting beyond
  // the national bounds is a kwartiermaker's step (checkSettingsPolicy).
  changeSettings: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: 'Het programma is beëindigd.' },
    effect(d, c, { settingsPolicyBounds = true }) {
      const { actor, type: _type, ...override } = c;
      const next = applySettings(d.settings, override);
      if (!next.ok) throw new Refusal(next.error);
      const beyond = settingsPolicyBounds ? checkSettingsPolicy(d.settings, next.value, actor.role) : undefined;
      if (beyond) throw new Refusal(beyond);
      const cutoffChanged = next.value.calendarCutoff !== d.settings.calendarCutoff;
      d.settings = next.value;
      if (cutoffChanged && d.training) planTrainingYear(d, d.training);
    },
    summary: () => 'Instellingen van het programma gewijzigd.',
  },
  // The API checks that the mentor may mentor (a pioneer, or a programme past embedding).
  recordMentorPairing: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: 'Het programma is beëindigd; een mentor koppelen kan niet meer.' },
    role: { allowed: ['KWARTIERMAKER'], to: 'een mentor koppelen' },
    effect(d, c, { now }) {
      if (c.kind !== 'PIONEER' && c.kind !== 'PROGRAMME')
        refuse('INVALID_INPUT', 'Een mentor is een pioniersgemeente of een programma.');
      if (typeof c.municipalityCode !== 'string' || !/^GM\d{4}$/.test(c.municipalityCode)) {
        refuse('INVALID_INPUT', 'Geef de CBS-gemeentecode van de mentor, bijvoorbeeld GM0363.');
      }
      if (c.municipalityCode === d.municipalityCode)
        refuse('INVALID_INPUT', 'Een gemeente kan niet haar eigen mentor zijn.');
      if (c.kind === 'PROGRAMME' && (typeof c.programmeId !== 'string' || c.programmeId === '')) {
        refuse('INVALID_INPUT', 'Geef het programma dat als mentor optreedt.');
      }
      d.mentor = {
        kind: c.kind,
        municipalityCode: c.municipalityCode,
        ...(c.kind === 'PROGRAMME' ? { programmeId: c.programmeId } : {}),
        name: text(c.name, 'de naam van de mentor', MAX_NAME),
        ...(c.note ? { note: text(c.note, 'de toelichting') } : {}),
        pairedAt: now,
        by: c.actor,
      };
    },
    summary: (c) => `Mentor gekoppeld: ${c.name}${c.note ? ` – ${c.note}` : ''}.`,
  },
} satisfies Partial<StepRegistry>;
