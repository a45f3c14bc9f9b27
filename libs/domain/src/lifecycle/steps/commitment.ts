import { refuse } from '../refusal';
import { MAX_NAME, oneOf, optionalText, text } from '../input';
import { enterPhase, progress, refreshRiskFlags, resolveEscalations, startClock, stopClock } from '../draft';
import {
  checkAdministrativeLead,
  checkMemberCommitments,
  checkPartnerDomains,
  checkProjectLead,
  normalise,
} from '../rules';
import { PARTNER_DOMAINS, PROJECT_LEAD_KINDS, RECOMMENDATIONS } from '../types';
import { checkGuard } from '../guards';
import { closeRecommitment, electionSinceMandate, openRecommitment } from '../political-cycle';
import type { StepRegistry } from './step';

const ENDED = 'Het programma is beëindigd; er kan niets meer worden vastgelegd.';

// P1 COMMITMENT: administrative support, R1.1–R1.5 (docs/rules.md).

export const COMMITMENT_STEPS = {
  // R1.1 in COMMITMENT; R1.6 in any later phase, active or paused: a new alderman (after elections
  // or between them) is designated without changing the phase, and must re-confirm within 12 weeks.
  designateAdministrativeLead: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: ENDED },
    effect(d, c, { now, nowMs, politicalCycle }) {
      const inCommitment = d.phase === 'COMMITMENT';
      // Before R1.6 (and always in COMMITMENT while it runs): only in an active COMMITMENT.
      if (politicalCycle === false || inCommitment) checkGuard(d, c.type, { phases: ['COMMITMENT'] });
      const name = optionalText(c.name, 'de naam');
      const memberId = optionalText(c.memberId, 'het lid');
      d.commitment.administrativeLead = {
        designatedAt: now,
        ...(name ? { name } : {}),
        ...(memberId ? { memberId } : {}),
      };
      if (inCommitment) progress(d, 'COMMITMENT', nowMs, 'bestuurlijk trekker aangewezen');
      else openRecommitment(d, 'NEW_LEAD', nowMs);
    },
    summary: () => 'Bestuurlijk trekker (wethouder) aangewezen.',
  },
  // R1.2
  commitPartner: {
    guard: { phases: ['COMMITMENT', 'AGENDA', 'EXECUTION'] },
    effect(d, c, { now, nowMs }) {
      const organisation = text(c.organisation, 'de organisatie', MAX_NAME);
      const domain = oneOf(c.domain, PARTNER_DOMAINS, 'het domein');
      if (d.commitment.partners.some((p) => normalise(p.organisation) === normalise(organisation))) {
        refuse('LIFECYCLE', `${organisation} heeft zich al gecommitteerd.`);
      }
      d.commitment.partners.push({ organisation, domain, committedAt: now });
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, `${organisation} gecommitteerd`);
    },
    summary: (c) => `${c.organisation} (${c.domain}) heeft zich gecommitteerd.`,
  },
  // R1.3; an EXTERNAL lead raises the EXTERNAL_LEAD risk flag.
  appointProjectLead: {
    guard: { status: 'ACTIVE' },
    effect(d, c, { now, nowMs }) {
      if (d.phase === 'CONTINUATION')
        refuse('LIFECYCLE', 'In de fase Continuering wordt geen projectleider meer aangesteld.');
      const kind = oneOf(c.kind, PROJECT_LEAD_KINDS, 'het soort projectleider');
      const current = d.commitment.projectLead;
      if (current && !current.departedAt) {
        refuse('R1.3', 'Er is al een projectleider; leg eerst het vertrek van de huidige projectleider vast.');
      }
      const name = optionalText(c.name, 'de naam');
      d.commitment.projectLead = { kind, appointedAt: now, ...(name ? { name } : {}) };
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, 'projectleider aangesteld');
      refreshRiskFlags(d);
    },
    summary: (c) => `Projectleider aangesteld (${c.kind === 'INTERNAL' ? 'intern' : 'extern'}).`,
  },
  // R1.4 / R1.5: recommended, never blocking.
  recordRecommendation: {
    guard: { phases: ['COMMITMENT', 'AGENDA', 'EXECUTION'] },
    effect(d, c, { now, nowMs }) {
      const item = oneOf(c.item, RECOMMENDATIONS, 'het aanbevolen punt');
      d.commitment.recommendations[item] ??= now;
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, 'aanbeveling opgevolgd');
    },
    summary: (c) => `Aanbeveling opgevolgd: ${c.item}.`,
  },
  // The phase completes when R1.1–R1.3 hold, each member's alderman confirmed (C2) and the lead's administrative lead confirms.
  confirmCommitment: {
    guard: { phases: ['COMMITMENT'] },
    rules: [checkAdministrativeLead, checkPartnerDomains, checkProjectLead, checkMemberCommitments],
    role: { allowed: ['ADMINISTRATIVE_LEAD'], to: 'het commitment bevestigen' },
    effect(d, _c, { now, nowMs }) {
      d.commitment.confirmedAt = now;
      stopClock(d, 'COMMITMENT');
      resolveEscalations(d, (e) => e.step === 'COMMITMENT', nowMs, 'Fase Commitment afgerond');
      // A declared end of COMMITMENT starts AGENDA's clock on that day when AGENDA is where the programme really is.
      startClock(d, 'AGENDA', enterPhase(d, 'AGENDA', nowMs));
    },
    summary: () => 'Commitment bevestigd; door naar de verbeteragenda.',
  },
  // R1.6: the (new) administrative lead re-confirms the commitment (R1.1 again, by that person)
  // past COMMITMENT: when a re-commitment is open, or of their own accord after an election day
  // their mandate predates. Nothing else changes: phase, agenda, embeddings and other clocks stay.
  reconfirmCommitment: {
    guard: { status: 'ACTIVE_OR_PAUSED', ended: ENDED },
    rules: [checkAdministrativeLead],
    role: { allowed: ['ADMINISTRATIVE_LEAD'], to: 'het commitment opnieuw bevestigen' },
    effect(d, c, { nowMs }) {
      if (d.phase === 'COMMITMENT')
        refuse('LIFECYCLE', 'In de fase Commitment bevestigt de wethouder het commitment zelf (R1.1).', {
          phase: d.phase,
        });
      if (!d.commitment.recommitment && electionSinceMandate(d, nowMs) === undefined)
        refuse(
          'R1.6',
          'Er is niets opnieuw te bevestigen: de bestuurlijk trekker is niet nieuw en sinds de bevestiging waren er geen gemeenteraadsverkiezingen.',
        );
      // P1: only the member designated as administrative lead (or a programme manager on their behalf).
      const designated = d.commitment.administrativeLead?.memberId;
      const who = c.actor.onBehalfOf ?? c.actor.memberId;
      if (designated !== undefined && who !== designated)
        refuse('NOT_PERMITTED', 'Alleen de wethouder die als bestuurlijk trekker is aangewezen, bevestigt opnieuw.', {
          role: c.actor.role,
        });
      closeRecommitment(d, nowMs);
    },
    summary: () => 'Commitment opnieuw bevestigd door de bestuurlijk trekker (R1.6).',
  },
} satisfies Partial<StepRegistry>;
