import {
  amsterdamDate,
  isValidIsoDate,
  isWithinSchoolYear,
  notSchoolDaySentence,
  schoolDayCheck,
  schoolYear,
} from '../../calendar';
import { enterPhase, findAction, progress, refreshRiskFlags, startClock, stopClock } from '../draft';
import { count, MAX_NAME, MAX_TEXT, oneOf, optionalText, text } from '../input';
import { refuse } from '../refusal';
import { hasFullSupport } from '../rules';
import { requireTraining } from '../training-track';
import { ACTION_STATUSES } from '../types';
import type { StepRegistry } from './step';

// P3 EXECUTION (docs/rules.md): action statuses (R3.2) and the training track on the school-year
// calendar (R3.1) and its school days (R3.3).

export const EXECUTION_STEPS = {
  // R3.2 PLANNED → IN_PROGRESS → DONE, or DROPPED with a reason; actions added during execution
  // pass the support test of R2.4 first.
  updateActionStatus: {
    guard: { phases: ['EXECUTION'] },
    effect(d, c, { nowMs }) {
      const action = findAction(d, c.actionId);
      const status = oneOf(c.status, ACTION_STATUSES, 'de status');
      if (action.status === 'DONE' || action.status === 'DROPPED') {
        refuse('R3.2', `De actie '${action.title}' is al ${action.status === 'DONE' ? 'afgerond' : 'gestopt'}.`);
      }
      if (status === action.status) refuse('R3.2', `De actie '${action.title}' heeft die status al.`);
      if (status === 'PLANNED') refuse('R3.2', 'Een gestarte actie gaat niet terug naar gepland.');
      if (action.addedDuringExecution && status !== 'DROPPED' && !hasFullSupport(d, action.ownerOrganisation)) {
        refuse(
          'R3.2',
          `De actie '${action.title}' is tijdens de uitvoering toegevoegd en moet eerst de draagvlaktoets (R2.4) halen: ${action.ownerOrganisation} bevestigt op professioneel én management-/bestuursniveau.`,
        );
      }
      if (status === 'DROPPED') {
        const reason = optionalText(c.reason, 'de reden om de actie te stoppen', MAX_TEXT);
        if (!reason) refuse('R3.2', `Geef een reden om de actie '${action.title}' te stoppen.`);
        action.droppedReason = reason;
      }
      action.status = status;
      progress(d, `ACTION:${action.id}`, nowMs, `actie ${status}`);
      if (status === 'DONE' || status === 'DROPPED') stopClock(d, `ACTION:${action.id}`);
    },
    summary: (c) => `Actie ${c.actionId}: ${c.status}${c.reason ? ` (${c.reason})` : ''}.`,
  },
  // R3.1 the talks open in January of the target year.
  startSchoolBoardTalks: {
    guard: { phases: ['EXECUTION'] },
    effect(d, _c, { now, nowMs }) {
      const track = requireTraining(d);
      if (track.stage === 'WAITING_FOR_WINDOW') {
        refuse(
          'R3.1',
          `Het gesprek met de schoolbesturen voor schooljaar ${track.targetYear}/${track.targetYear + 1} opent op 1 januari ${track.targetYear}.`,
          {
            targetYear: track.targetYear,
          },
        );
      }
      if (track.stage !== 'WINDOW_OPEN') refuse('LIFECYCLE', 'Het gesprek met de schoolbesturen is al gestart.');
      track.stage = 'BOARD_TALKS';
      track.boardTalksStartedAt = now;
      progress(d, 'TRAINING', nowMs, 'gesprek met schoolbesturen gestart');
    },
    summary: () => 'Gesprek met de schoolbesturen gestart.',
  },
  // R3.1 talks start at the top: school boards before schools.
  startSchoolTalks: {
    guard: { phases: ['EXECUTION'] },
    effect(d, _c, { now, nowMs }) {
      const track = requireTraining(d);
      if (!track.boardTalksStartedAt) {
        refuse('R3.1', "Begin 'bovenin': eerst het gesprek met de schoolbesturen, daarna met de scholen zelf.");
      }
      if (track.schoolTalksStartedAt) refuse('LIFECYCLE', 'Het gesprek met de scholen is al gestart.');
      track.schoolTalksStartedAt = now;
      progress(d, 'TRAINING', nowMs, 'gesprek met scholen gestart');
    },
    summary: () => 'Gesprek met de scholen gestart.',
  },
  // R3.1 the school boards fix their activity calendar after the talks.
  fixTrainingCalendar: {
    guard: { phases: ['EXECUTION'] },
    effect(d, _c, { now, nowMs }) {
      const track = requireTraining(d);
      if (track.stage === 'CALENDAR_FIXED') refuse('LIFECYCLE', 'De scholing staat al op de activiteitenkalender.');
      if (track.stage !== 'BOARD_TALKS') {
        refuse(
          'R3.1',
          'De scholing komt op de activiteitenkalender na een gesprek met de schoolbesturen; dat is nog niet gestart.',
        );
      }
      track.stage = 'CALENDAR_FIXED';
      track.calendarFixedAt = now;
      progress(d, 'TRAINING', nowMs, 'activiteitenkalender vastgesteld');
      refreshRiskFlags(d);
    },
    summary: () => 'Scholing staat op de activiteitenkalender van de schoolbesturen.',
  },
  // R3.1 sessions fall inside school year Y/Y+1 of the municipality's holiday region; R3.3 on a
  // school day of that region (a history from before R3.3 replays with trainingSchoolDays false).
  planTrainingSession: {
    guard: { phases: ['EXECUTION'] },
    effect(d, c, { now, nowMs, trainingSchoolDays = true }) {
      const track = requireTraining(d);
      if (track.stage !== 'CALENDAR_FIXED') {
        refuse(
          'R3.1',
          'Plan scholingsbijeenkomsten nadat de scholing op de activiteitenkalender van de schoolbesturen staat.',
        );
      }
      if (typeof c.date !== 'string' || !isValidIsoDate(c.date))
        refuse('INVALID_INPUT', 'Geef de datum als JJJJ-MM-DD.');
      const title = text(c.title, 'de titel van de bijeenkomst', MAX_NAME);
      const region = d.schoolHolidayRegion;
      if (!region) refuse('LIFECYCLE', 'De schoolvakantieregio van de gemeente is onbekend.');
      if (!isWithinSchoolYear(region, track.targetYear, c.date)) {
        const year = schoolYear(region, track.targetYear);
        refuse(
          'R3.1',
          `De bijeenkomst valt buiten schooljaar ${track.targetYear}/${track.targetYear + 1} van regio ${region} (${year.firstDay} t/m ${year.lastDay}${year.provisional ? ', voorlopig' : ''}).`,
          { region, firstDay: year.firstDay, lastDay: year.lastDay, provisional: year.provisional },
        );
      }
      const day = trainingSchoolDays ? schoolDayCheck(region, c.date) : undefined;
      if (day && !day.schoolDay) {
        refuse('R3.3', notSchoolDaySentence(day)!, {
          field: 'date',
          date: c.date,
          reason: day.reason,
          region,
          ...(day.holiday
            ? {
                holiday: {
                  kind: day.holiday.kind,
                  from: day.holiday.from,
                  to: day.holiday.to,
                  provisional: day.holiday.provisional,
                },
              }
            : {}),
          provisional: day.provisional,
        });
      }
      track.sessions.push({
        id: `session-${d.nextId++}`,
        date: c.date,
        title,
        plannedAt: now,
        ...(day?.provisional ? { provisional: true } : {}),
      });
      progress(d, 'TRAINING', nowMs, 'scholingsbijeenkomst gepland');
    },
    summary: (c) => `Scholingsbijeenkomst gepland op ${c.date}: ${c.title}.`,
  },
  // R3.1 delivered sessions record schools reached and staff trained.
  recordTrainingDelivered: {
    guard: { phases: ['EXECUTION', 'EMBEDDING'] },
    effect(d, c, { now, nowMs }) {
      const track = requireTraining(d);
      const session = track.sessions.find((s) => s.id === c.sessionId);
      if (!session) refuse('UNKNOWN_REFERENCE', `Er is geen scholingsbijeenkomst met id '${String(c.sessionId)}'.`);
      if (session.delivered) refuse('LIFECYCLE', 'Deze bijeenkomst is al als gegeven vastgelegd.');
      if (session.date > amsterdamDate(nowMs)) refuse('R3.1', `De bijeenkomst is pas op ${session.date}.`);
      session.delivered = {
        at: now,
        schoolsReached: count(c.schoolsReached, 'Het aantal bereikte scholen'),
        staffTrained: count(c.staffTrained, 'Het aantal getrainde medewerkers'),
      };
    },
    summary: (c) => `Scholingsbijeenkomst gegeven: ${c.schoolsReached} scholen, ${c.staffTrained} medewerkers.`,
  },
  // R3.2 every action done or dropped; R3.1 the training on the calendar.
  completeExecution: {
    guard: { phases: ['EXECUTION'] },
    effect(d, _c, { nowMs }) {
      const open = d.agenda.actions.filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS');
      if (open.length > 0) {
        refuse('R3.2', `Nog niet afgerond of gestopt: ${open.map((a) => a.title).join(', ')}.`, {
          actionIds: open.map((a) => a.id),
        });
      }
      if (d.training && d.training.stage !== 'CALENDAR_FIXED') {
        refuse('R3.1', 'Het scholingstraject staat nog niet op de activiteitenkalender van de schoolbesturen.');
      }
      for (const a of d.agenda.actions) stopClock(d, `ACTION:${a.id}`);
      startClock(d, 'EMBEDDING', enterPhase(d, 'EMBEDDING', nowMs));
    },
    summary: () => 'Uitvoering afgerond; door naar de borging.',
  },
} satisfies Partial<StepRegistry>;
