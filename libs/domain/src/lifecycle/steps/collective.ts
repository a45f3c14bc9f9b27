import { parseMunicipalityCode } from '../../municipality';
import { progress } from '../draft';
import { refuse } from '../refusal';
import { activeMembers } from '../rules';
import type { ProgrammeState } from '../types';
import type { StepRegistry } from './step';

// C1 / C2 regional collectives (docs/rules.md "Regional collectives"): a lead municipality
// (penvoerder, the programme's municipalityCode) and member municipalities that may join later or
// leave. Whether a joining municipality runs another programme is the API's check (read model).

/** A well-formed municipality code from a step's payload (INVALID_INPUT otherwise). */
export function memberCode(value: unknown): string {
  const code = typeof value === 'string' ? parseMunicipalityCode(value) : undefined;
  if (!code?.ok) refuse('INVALID_INPUT', 'Geef de gemeentecode van de deelnemende gemeente, zoals GM0362.');
  return code.value;
}

/** The member taking part now with this code (UNKNOWN_REFERENCE otherwise). */
export function activeMember(d: ProgrammeState, code: string) {
  const member = activeMembers(d).find((m) => m.municipalityCode === code);
  if (!member)
    refuse('UNKNOWN_REFERENCE', `${code} doet niet (meer) mee aan dit collectief.`, { municipalityCode: code });
  return member;
}

/** Phases in which a municipality may still join: once embedding is done there is nothing left to share. */
const JOINABLE = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING'] as const;

export const COLLECTIVE_STEPS = {
  // C1: a member joins (also later); it then confirms (C2) before it can embed.
  addCollectiveMember: {
    guard: { phases: JOINABLE },
    effect(d, c, { now, nowMs }) {
      const code = memberCode(c.municipalityCode);
      if (code === d.municipalityCode)
        refuse('C1', 'De penvoerder is zelf geen deelnemende gemeente van het eigen collectief.', {
          municipalityCode: code,
        });
      if (activeMembers(d).some((m) => m.municipalityCode === code))
        refuse('C1', `${code} doet al mee aan dit collectief.`, { municipalityCode: code });
      (d.collectiveMembers ??= []).push({ municipalityCode: code, joinedAt: now });
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, `${code} sluit aan`);
    },
    summary: (c) => `Gemeente ${c.municipalityCode} sluit aan bij het collectief.`,
  },
  // C1/C4: a member leaves; what it embedded stays recorded on its name.
  removeCollectiveMember: {
    guard: { status: 'ACTIVE' },
    effect(d, c, { now }) {
      const member = activeMember(d, memberCode(c.municipalityCode));
      member.leftAt = now;
    },
    summary: (c) => `Gemeente ${c.municipalityCode} verlaat het collectief.`,
  },
  // C2: the member's own alderman confirms (the API checks it is that municipality's alderman, P1).
  confirmMemberCommitment: {
    guard: { phases: JOINABLE },
    role: { allowed: ['ADMINISTRATIVE_LEAD'], to: 'het commitment van een deelnemende gemeente bevestigen' },
    effect(d, c, { now, nowMs }) {
      const member = activeMember(d, memberCode(c.municipalityCode));
      if (member.confirmedAt)
        refuse('LIFECYCLE', `De wethouder van ${member.municipalityCode} heeft het commitment al bevestigd.`);
      member.confirmedAt = now;
      member.confirmedBy = c.actor;
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, `commitment ${member.municipalityCode} bevestigd`);
    },
    summary: (c) => `Commitment van gemeente ${c.municipalityCode} bevestigd door de eigen wethouder.`,
  },
} satisfies Partial<StepRegistry>;
