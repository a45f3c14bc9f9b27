import {
  enterPhase,
  findAction,
  progress,
  raise,
  refreshRiskFlags,
  resolveEscalations,
  startClock,
  stopClock,
} from '../draft';
import { MAX_NAME, oneOf, optionalText, text } from '../input';
import { refuse } from '../refusal';
import { instrumentPeriod } from '../instruments';
import { checkAllEmbedded, checkEmbeddingOwner, checkMembersEmbedded } from '../rules';
import { activeMember, memberCode } from './collective';
import { POLICY_INSTRUMENT_KINDS } from '../types';
import type { StepRegistry } from './step';
import { labelOf } from '../../labels';

// P4 EMBEDDING: borging in existing policy, R4.1–R4.4 (docs/rules.md).

export const EMBEDDING_STEPS = {
  // R4.1 a DONE action in an existing policy instrument, "not as a separate project";
  // R4.2 naming who takes it over and the responsible role.
  recordEmbedding: {
    guard: { phases: ['EMBEDDING'] },
    effect(d, c, { now, nowMs }) {
      const action = findAction(d, c.actionId);
      if (action.status !== 'DONE')
        refuse(
          'R4.1',
          `Alleen afgeronde acties worden geborgd; ‘${action.title}’ is ${labelOf('actionStatus', action.status, 'nl')}.`,
        );
      // C3: a member municipality embeds for itself, once it has confirmed (C2); the lead's embedding is `embedding`.
      const member =
        c.municipalityCode === undefined || memberCode(c.municipalityCode) === d.municipalityCode
          ? undefined
          : activeMember(d, memberCode(c.municipalityCode));
      if (member && !member.confirmedAt)
        refuse(
          'C2',
          `De wethouder van ${member.municipalityCode} moet het commitment eerst bevestigen; daarna kan de gemeente borgen.`,
          {
            municipalityCode: member.municipalityCode,
          },
        );
      const already = member
        ? (action.memberEmbeddings ?? []).some((e) => e.municipalityCode === member.municipalityCode)
        : action.embedding !== undefined;
      if (already)
        refuse(
          'LIFECYCLE',
          `De actie '${action.title}' is al geborgd${member ? ` door ${member.municipalityCode}` : ''}.`,
        );
      const instrument = oneOf(c.instrument, POLICY_INSTRUMENT_KINDS, 'het beleidsinstrument');
      if (instrument === 'STAND_ALONE_PROJECT') {
        refuse('R4.1', 'Borg de actie in bestaand beleid, niet als een (losstaand) project.');
      }
      const instrumentName = optionalText(c.instrumentName, 'de naam van het beleidsinstrument');
      if (!instrumentName) refuse('R4.1', 'Noem het bestaande beleidsinstrument waarin de actie wordt geborgd.');
      const takenOverBy = optionalText(c.takenOverBy, 'de organisatie die het overneemt');
      if (!takenOverBy) refuse('R4.2', 'Noem de organisatie die de actie overneemt.');
      const responsibleRole = optionalText(c.responsibleRole, 'de verantwoordelijke rol');
      if (!responsibleRole) refuse('R4.2', 'Noem de verantwoordelijke rol bij de organisatie die de actie overneemt.');
      // R4.5: the instrument's period, when it has one (an ended one raises the successor step at once).
      const period = instrumentPeriod(c.period);
      const embedding = {
        instrument,
        instrumentName,
        takenOverBy,
        responsibleRole,
        recordedAt: now,
        ...(period ? { period } : {}),
      };
      if (member) (action.memberEmbeddings ??= []).push({ ...embedding, municipalityCode: member.municipalityCode });
      else action.embedding = embedding;
      progress(d, 'EMBEDDING', nowMs, `actie '${action.title}' geborgd`);
    },
    summary: (c) =>
      `Actie ${c.actionId} geborgd in ${c.instrumentName} (${c.takenOverBy})${
        c.municipalityCode === undefined ? '' : ` voor gemeente ${c.municipalityCode}`
      }.`,
  },
  // R4.3 the internal embedding owner (needed with an EXTERNAL lead).
  nameEmbeddingOwner: {
    guard: { phases: ['EXECUTION', 'EMBEDDING'] },
    effect(d, c, { now, nowMs }) {
      const role = text(c.role, 'de rol van de interne eigenaar', MAX_NAME);
      const name = optionalText(c.name, 'de naam');
      d.embeddingOwner = { role, namedAt: now, ...(name ? { name } : {}) };
      if (d.phase === 'EMBEDDING') progress(d, 'EMBEDDING', nowMs, 'interne eigenaar van de borging benoemd');
    },
    summary: (c) => `Interne eigenaar van de borging: ${c.role}.`,
  },
  recordLeadDeparture: {
    guard: { status: 'ACTIVE' },
    effect(d, _c, { now, nowMs }) {
      const lead = d.commitment.projectLead;
      if (!lead || lead.departedAt) refuse('UNKNOWN_REFERENCE', 'Er is geen zittende projectleider.');
      lead.departedAt = now;
      d.commitment.pastProjectLeads.push(lead);
      delete d.commitment.projectLead;
      refreshRiskFlags(d);
      const openItems = d.agenda.actions.filter((a) => a.status !== 'DROPPED' && !a.embedding);
      // R4.3: an external lead leaving with embedding still open escalates at once, to the alderman.
      if (lead.kind === 'EXTERNAL' && d.phase === 'EMBEDDING' && (openItems.length > 0 || !d.embeddingOwner)) {
        raise(d, {
          level: 2,
          kind: 'LEAD_DEPARTED',
          step: 'EMBEDDING',
          ruleId: 'R4.3',
          message: `De externe projectleider is vertrokken terwijl de borging nog openstaat (${openItems.length} actie(s) niet geborgd${d.embeddingOwner ? '' : ', geen interne eigenaar'}).`,
          dueAtMs: nowMs,
          nowMs,
        });
      }
    },
    summary: () => 'Vertrek van de projectleider vastgelegd.',
  },
  // R4.4 (and R4.3) before the phase completes.
  completeEmbedding: {
    guard: { phases: ['EMBEDDING'] },
    // C3: with a collective, each member still taking part has embedded too (no members: as before).
    rules: [checkEmbeddingOwner, checkAllEmbedded, checkMembersEmbedded],
    effect(d, _c, { nowMs }) {
      stopClock(d, 'EMBEDDING');
      resolveEscalations(d, (e) => e.step === 'EMBEDDING', nowMs, 'Borging afgerond');
      // CONTINUATION's clock waits for the yearly check-in, which is not declared: it starts now.
      enterPhase(d, 'CONTINUATION', nowMs);
      startClock(d, 'CONTINUATION', nowMs);
    },
    summary: () => 'Borging afgerond; door naar de continuering.',
  },
} satisfies Partial<StepRegistry>;
