import { isPracticeId } from '../../national';
import { enterPhase, progress, resolveEscalations, startClock, stopClock } from '../draft';
import { MAX_NAME, oneOf, optionalText, text } from '../input';
import { must, refuse } from '../refusal';
import {
  checkActionsCoverThemes,
  checkBottlenecks,
  checkSupport,
  checkThemeCanBeAdded,
  checkThemeCount,
  normalise,
} from '../rules';
import { ensureTrainingTrack } from '../training-track';
import { PARTNER_DOMAINS, SUPPORT_LEVELS, THEMES, type Action } from '../types';
import type { StepRegistry } from './step';
import { labelOf } from '../../labels';

// P2 AGENDA: the bottom-up improvement agenda, R2.1–R2.5 (docs/rules.md). Adding an action and
// confirming support are also steps of P3 EXECUTION (R3.2: new actions pass the support test).

export const AGENDA_STEPS = {
  // R2.1
  recordBottleneck: {
    guard: { phases: ['AGENDA'] },
    effect(d, c, { now, nowMs }) {
      const description = text(c.description, 'de omschrijving van het knelpunt');
      const domain = oneOf(c.domain, PARTNER_DOMAINS, 'het domein');
      d.agenda.bottlenecks.push({ id: `bottleneck-${d.nextId++}`, description, domain, recordedAt: now });
      progress(d, 'AGENDA', nowMs, 'knelpunt vastgelegd');
    },
    summary: (c) => `Knelpunt (${c.domain}): ${c.description}`,
  },
  // R2.1 before drafting themes, R2.2 at most three.
  selectTheme: {
    guard: { phases: ['AGENDA'] },
    effect(d, c, { nowMs }) {
      const theme = oneOf(c.theme, THEMES, 'het thema');
      must(checkBottlenecks(d));
      if (d.agenda.themes.includes(theme))
        refuse('LIFECYCLE', `Het thema ${labelOf('theme', theme, 'nl')} is al gekozen.`);
      must(checkThemeCanBeAdded(d, theme));
      d.agenda.themes.push(theme);
      progress(d, 'AGENDA', nowMs, 'thema gekozen');
    },
    summary: (c) => `Thema gekozen: ${c.theme}.`,
  },
  // R2.3: a theme with actions stays.
  deselectTheme: {
    guard: { phases: ['AGENDA'] },
    effect(d, c, { nowMs }) {
      const theme = oneOf(c.theme, THEMES, 'het thema');
      if (!d.agenda.themes.includes(theme))
        refuse('UNKNOWN_REFERENCE', `Het thema ${labelOf('theme', theme, 'nl')} is niet gekozen.`);
      if (d.agenda.actions.some((a) => a.theme === theme)) {
        refuse('R2.3', `Het thema ${labelOf('theme', theme, 'nl')} heeft acties; verwijder of verplaats die eerst.`);
      }
      d.agenda.themes = d.agenda.themes.filter((t) => t !== theme);
      progress(d, 'AGENDA', nowMs, 'thema geschrapt');
    },
    summary: (c) => `Thema geschrapt: ${c.theme}.`,
  },
  // R2.3 an action on a selected theme with an owner; during EXECUTION it gets its own clock (R3.2)
  // and may make the training track due (R3.1).
  addAction: {
    guard: { phases: ['AGENDA', 'EXECUTION'] },
    effect(d, c, { now, nowMs }) {
      const title = text(c.title, 'de titel van de actie', MAX_NAME);
      const theme = oneOf(c.theme, THEMES, 'het thema');
      if (!d.agenda.themes.includes(theme)) {
        refuse('R2.3', `Een actie hoort bij een gekozen thema; ${labelOf('theme', theme, 'nl')} is niet gekozen.`, {
          themes: d.agenda.themes,
        });
      }
      const owner = optionalText(c.ownerOrganisation, 'de trekkende organisatie');
      if (!owner) refuse('R2.3', 'Elke actie heeft een trekkende organisatie (eigenaar).');
      const action: Action = {
        id: `action-${d.nextId++}`,
        title,
        theme,
        ownerOrganisation: owner,
        aimedAtSchools: c.aimedAtSchools === true,
        status: 'PLANNED',
        addedAt: now,
        addedDuringExecution: d.phase === 'EXECUTION',
      };
      const practiceId = optionalText(c.practiceId, 'de praktijk');
      if (practiceId && !isPracticeId(practiceId)) {
        refuse('UNKNOWN_REFERENCE', `De praktijkbibliotheek kent geen praktijk '${practiceId}'.`, { practiceId });
      }
      if (practiceId) action.practiceId = practiceId;
      d.agenda.actions.push(action);
      if (d.phase === 'AGENDA') progress(d, 'AGENDA', nowMs, 'actie toegevoegd');
      else {
        startClock(d, `ACTION:${action.id}`, nowMs);
        ensureTrainingTrack(d, nowMs);
      }
    },
    summary: (c) => `Actie toegevoegd: ${c.title} (${c.ownerOrganisation}).`,
  },
  // R2.4 support test: each level of an organisation confirms once.
  confirmSupport: {
    guard: { phases: ['AGENDA', 'EXECUTION'] },
    effect(d, c, { now, nowMs }) {
      const organisation = text(c.organisation, 'de organisatie', MAX_NAME);
      const level = oneOf(c.level, SUPPORT_LEVELS, 'het niveau');
      if (d.agenda.support.some((s) => normalise(s.organisation) === normalise(organisation) && s.level === level)) {
        refuse('LIFECYCLE', `${organisation} bevestigde het draagvlak op dit niveau al.`);
      }
      d.agenda.support.push({ organisation, level, at: now, by: c.actor });
      if (d.phase === 'AGENDA') progress(d, 'AGENDA', nowMs, 'draagvlak bevestigd');
      else {
        for (const a of d.agenda.actions) {
          if (normalise(a.ownerOrganisation) === normalise(organisation))
            progress(d, `ACTION:${a.id}`, nowMs, 'draagvlak bevestigd');
        }
      }
    },
    summary: (c) => `${c.organisation} bevestigt draagvlak (${c.level}).`,
  },
  // R2.5 the administrative lead adopts the agenda once R2.1–R2.4 hold.
  adoptAgenda: {
    guard: { phases: ['AGENDA'] },
    rules: [checkBottlenecks, checkThemeCount, checkActionsCoverThemes, (s) => checkSupport(s)],
    role: { allowed: ['ADMINISTRATIVE_LEAD'], to: 'de verbeteragenda vaststellen' },
    effect(d, _c, { now, nowMs }) {
      d.agenda.adoptedAt = now;
      stopClock(d, 'AGENDA');
      resolveEscalations(d, (e) => e.step === 'AGENDA', nowMs, 'Verbeteragenda vastgesteld');
      // Action clocks start now even after a declared end of AGENDA: the actions' progress is not declared.
      enterPhase(d, 'EXECUTION', nowMs);
      for (const a of d.agenda.actions) startClock(d, `ACTION:${a.id}`, nowMs);
      ensureTrainingTrack(d, nowMs);
    },
    summary: () => 'Verbeteragenda bestuurlijk vastgesteld; door naar de uitvoering.',
  },
} satisfies Partial<StepRegistry>;
