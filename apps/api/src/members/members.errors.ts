import { MEMBER_ROLE_LABELS, type StepAccessRefusal, type StepRole } from '../../../../libs/domain/src';
import { programmeNotFound, UserFacingError } from '../common/graphql-errors';
import type { MembersFailure } from './members.failures';

const roles = (needs: readonly StepRole[], lang: 'nl' | 'en'): string =>
  needs.map((r) => MEMBER_ROLE_LABELS[r][lang]).join(lang === 'nl' ? ' of ' : ' or ');

const ACTOR_LABELS: Record<string, { nl: string; en: string }> = {
  ...MEMBER_ROLE_LABELS,
  PARTNER: MEMBER_ROLE_LABELS.PARTNER_CONTACT,
  SYSTEM: { nl: 'Olievlek', en: 'Olievlek' },
};

/** P1: why a person may not take a step — always FORBIDDEN, and nothing was recorded. */
export function stepAccessError(refusal: StepAccessRefusal): UserFacingError {
  switch (refusal.kind) {
    case 'NOT_YOUR_STEP':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: `Deze stap is voor de ${roles(refusal.needs, 'nl')} van het programma; die rol heeft u hier niet. Er is niets vastgelegd.`,
          en: `This step is for the programme's ${roles(refusal.needs, 'en')}; you do not hold that role here. Nothing was recorded.`,
        },
        { details: { reason: refusal.kind, step: refusal.type, needs: [...refusal.needs] } },
      );
    case 'ROLE_NOT_HELD':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: `U heeft in dit programma niet de rol ${ACTOR_LABELS[refusal.actingAs]?.nl ?? refusal.actingAs}. Er is niets vastgelegd.`,
          en: `You do not hold the role ${ACTOR_LABELS[refusal.actingAs]?.en ?? refusal.actingAs} in this programme. Nothing was recorded.`,
        },
        { details: { reason: refusal.kind, actingAs: refusal.actingAs, holds: [...refusal.holds] } },
      );
    case 'NOT_YOUR_ORGANISATION':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: `Alleen een contactpersoon van ${refusal.organisation || 'die organisatie'}${refusal.level ? ` op dat niveau` : ''} kan dit namens die organisatie bevestigen (R2.4). Er is niets vastgelegd.`,
          en: `Only a contact of ${refusal.organisation || 'that organisation'}${refusal.level ? ' at that level' : ''} can confirm this for that organisation (R2.4). Nothing was recorded.`,
        },
        { rule: 'R2.4', details: { reason: refusal.kind } },
      );
    case 'NO_ADMINISTRATIVE_LEAD':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: 'Dit programma heeft nog geen bestuurlijk trekker als lid: nodig de wethouder eerst uit. Er is niets vastgelegd.',
          en: 'This programme has no administrative lead among its members yet: invite the alderman first. Nothing was recorded.',
        },
        { details: { reason: refusal.kind } },
      );
    case 'NOT_ON_BEHALF':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: 'Namens de wethouder vastleggen kan alleen bij diens besluiten: commitment bevestigen, de verbeteragenda vaststellen en escalaties afhandelen.',
          en: "Recording on the alderman's behalf is only possible for the alderman's decisions: confirming commitment, adopting the agenda and handling escalations.",
        },
        { details: { reason: refusal.kind, step: refusal.type } },
      );
    case 'NOT_YOUR_MUNICIPALITY':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: `Alleen de eigen wethouder van ${refusal.municipalityCode || 'die gemeente'} bevestigt het commitment van die gemeente (C2). Er is niets vastgelegd.`,
          en: `Only ${refusal.municipalityCode || 'that municipality'}'s own alderman confirms that municipality's commitment (C2). Nothing was recorded.`,
        },
        { rule: 'C2', details: { reason: refusal.kind, municipalityCode: refusal.municipalityCode } },
      );
    default: {
      const unreachable: never = refusal;
      throw new Error(`unknown refusal ${JSON.stringify(unreachable)}`);
    }
  }
}

const PROBLEM_SENTENCES = {
  UNKNOWN: {
    nl: 'Deze uitnodigingslink is niet (meer) geldig. Vraag de projectleider om een nieuwe uitnodiging.',
    en: 'This invitation link is not valid. Ask the project lead for a new invitation.',
  },
  EXPIRED: {
    nl: 'Deze uitnodiging is verlopen. Vraag de projectleider om een nieuwe uitnodiging.',
    en: 'This invitation has expired. Ask the project lead for a new invitation.',
  },
  USED: {
    nl: 'Deze uitnodiging is al gebruikt: een uitnodigingslink werkt één keer.',
    en: 'This invitation has already been used: an invitation link works once.',
  },
  WITHDRAWN: {
    nl: 'Deze uitnodiging is ingetrokken. Vraag de projectleider om een nieuwe uitnodiging als dat een vergissing was.',
    en: 'This invitation was withdrawn. Ask the project lead for a new one if that was a mistake.',
  },
  ALREADY_MEMBER: {
    nl: 'U heeft deze rol in dit programma al.',
    en: 'You already hold this role in this programme.',
  },
} as const;

/** The members module's one mapper from expected failures to GraphQL errors. */
export function membersError(failure: MembersFailure): UserFacingError {
  switch (failure.kind) {
    case 'PROGRAMME_NOT_FOUND':
      return programmeNotFound(failure.programmeId);
    case 'NOT_PROJECT_LEAD':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: 'Alleen de projectleider van het programma beheert de leden en uitnodigingen (P2).',
          en: "Only the programme's project lead manages its members and invitations (P2).",
        },
        { details: { reason: failure.kind } },
      );
    case 'NOT_KWARTIERMAKER':
      return new UserFacingError('FORBIDDEN', {
        nl: 'Alleen een kwartiermaker kan een persoon op verzoek verwijderen (AVG).',
        en: 'Only a kwartiermaker can erase a person on request (GDPR).',
      });
    case 'INVALID_INVITATION_INPUT':
      return new UserFacingError(
        'VALIDATION_FAILED',
        { nl: failure.nl, en: failure.en },
        { details: { field: failure.field } },
      );
    case 'ADMINISTRATIVE_LEAD_TAKEN':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: 'Het programma heeft al een bestuurlijk trekker (of een uitnodiging daarvoor). Beëindig of trek die eerst in.',
          en: 'The programme already has an administrative lead (or an invitation for one). End or withdraw that first.',
        },
        { details: { field: 'role' } },
      );
    case 'INVITATION_UNUSABLE':
      return new UserFacingError('INVITATION_UNUSABLE', PROBLEM_SENTENCES[failure.problem], {
        details: { reason: failure.problem },
      });
    case 'MEMBERSHIP_NOT_FOUND':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: 'Dit lidmaatschap bestaat niet (meer) in dit programma.',
          en: 'This membership does not exist in this programme.',
        },
        { details: { membershipId: failure.membershipId } },
      );
    case 'INVITATION_NOT_FOUND':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: 'Er is geen openstaande uitnodiging met deze sleutel in dit programma.',
          en: 'There is no pending invitation with this id in this programme.',
        },
        { details: { invitationId: failure.invitationId } },
      );
    case 'LAST_PROJECT_LEAD':
      return new UserFacingError('VALIDATION_FAILED', {
        nl: 'Een programma houdt ten minste één projectleider: nodig eerst een nieuwe projectleider uit.',
        en: 'A programme keeps at least one project lead: invite a new project lead first.',
      });
    case 'MEMBER_NOT_FOUND':
      return new UserFacingError(
        'NOT_FOUND',
        { nl: 'Deze persoon staat niet (meer) in de ledenlijst.', en: 'This person is not in the directory.' },
        { details: { memberId: failure.memberId } },
      );
    case 'STEP_NOT_YOURS':
      return stepAccessError(failure.refusal);
    default: {
      const unreachable: never = failure;
      throw new Error(`unknown failure ${JSON.stringify(unreachable)}`);
    }
  }
}
