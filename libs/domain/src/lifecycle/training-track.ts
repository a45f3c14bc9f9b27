import { schoolYear, trainingDeadlines, trainingTargetYear } from '../calendar';
import { iso, record, refreshRiskFlags, SYSTEM } from './draft';
import { refuse } from './refusal';
import type { ProgrammeState, TrainingTrack } from './types';

// R3.1 (docs/rules.md): the training track planned on the school-year calendar.

/** Computes and stores the target year's deadlines and the region's school year. */
export function planTrainingYear(d: ProgrammeState, track: TrainingTrack): void {
  const deadlines = trainingDeadlines(track.targetYear, d.settings.calendarCutoff);
  track.deadlines = {
    windowOpensAt: iso(deadlines.windowOpensAt),
    notStartedEscalationAt: iso(deadlines.notStartedEscalationAt),
    schoolYearMissedAt: iso(deadlines.schoolYearMissedAt),
    calendarCutoffAt: iso(deadlines.calendarCutoffAt),
  };
  if (d.schoolHolidayRegion) {
    const year = schoolYear(d.schoolHolidayRegion, track.targetYear);
    track.schoolYear = { firstDay: year.firstDay, lastDay: year.lastDay, provisional: year.provisional };
  }
}

/** The target year was missed: plan the next one and wait for its window. */
export function slipSchoolYear(d: ProgrammeState, track: TrainingTrack): void {
  track.missedYears.push(track.targetYear);
  track.targetYear += 1;
  planTrainingYear(d, track);
  track.stage = 'WAITING_FOR_WINDOW';
  track.fired = { windowOpen: false, notStarted: false };
  delete track.boardTalksStartedAt;
  delete track.schoolTalksStartedAt;
  refreshRiskFlags(d);
}

/** R3.1: the EXPERTISE theme or an action aimed at schools makes the training track due now. */
export function ensureTrainingTrack(d: ProgrammeState, nowMs: number): void {
  if (d.training) return;
  const due =
    d.agenda.themes.includes('EXPERTISE') || d.agenda.actions.some((a) => a.aimedAtSchools && a.status !== 'DROPPED');
  if (!due) return;
  d.training = {
    dueAt: iso(nowMs),
    targetYear: trainingTargetYear(nowMs),
    stage: 'WAITING_FOR_WINDOW',
    fired: { windowOpen: false, notStarted: false },
    missedYears: [],
    sessions: [],
  };
  planTrainingYear(d, d.training);
  record(
    d,
    nowMs,
    SYSTEM,
    'trainingTrackDue',
    `Scholingstraject gepland voor schooljaar ${d.training.targetYear}/${d.training.targetYear + 1}.`,
  );
}

export function requireTraining(d: ProgrammeState): TrainingTrack {
  if (!d.training) {
    refuse(
      'R3.1',
      'Dit programma heeft geen scholingstraject: de agenda heeft geen thema EXPERTISE en geen actie gericht op scholen.',
    );
  }
  return d.training;
}
