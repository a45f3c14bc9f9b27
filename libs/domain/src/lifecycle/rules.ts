import type { RuleId } from '../rule-ids';
import { TIPS } from './tips';
import type { Action, CollectiveMember, PartnerDomain, ProgrammeState, Recommendation, Theme } from './types';
import { violation, type Violation } from './violation';
import { labelOf } from '../labels';

export type RuleResult = { ok: true } | { ok: false; violation: Violation };
const pass: RuleResult = { ok: true };
const fail = (ruleId: RuleId, message: string, details?: Record<string, unknown>): RuleResult => ({
  ok: false,
  violation: violation(ruleId, message, details),
});

export const REQUIRED_PARTNER_DOMAINS: readonly PartnerDomain[] = ['CARE', 'EDUCATION', 'JUSTICE'];
const DOMAIN_NL = (d: PartnerDomain): string => labelOf('partnerDomain', d, 'nl');
export const MAX_THEMES = 3;
export const MIN_BOTTLENECKS = 3;
export const MIN_BOTTLENECK_DOMAINS = 2;

type S = Pick<ProgrammeState, 'commitment' | 'agenda' | 'embeddingOwner'>;

/** R1.1 an alderman is designated administrative lead. */
export function checkAdministrativeLead(s: S): RuleResult {
  return s.commitment.administrativeLead
    ? pass
    : fail('R1.1', 'Er is nog geen wethouder aangewezen als bestuurlijk trekker.');
}

/** R1.2 at least one committed partner from each of CARE, EDUCATION and JUSTICE. */
export function checkPartnerDomains(s: S): RuleResult {
  const missing = REQUIRED_PARTNER_DOMAINS.filter((d) => !s.commitment.partners.some((p) => p.domain === d));
  return missing.length === 0
    ? pass
    : fail('R1.2', `Nog geen partnerorganisatie gecommitteerd uit: ${missing.map(DOMAIN_NL).join(', ')}.`, {
        missingDomains: missing,
      });
}

/** R1.3 a project lead is appointed (and has not left). */
export function checkProjectLead(s: S): RuleResult {
  const lead = s.commitment.projectLead;
  return lead && !lead.departedAt ? pass : fail('R1.3', 'Er is (nog) geen projectleider aangesteld.');
}

/** R1.4 / R1.5 recommended items: open until recorded, never blocking. */
export const RECOMMENDATION_RULES: Record<Recommendation, { ruleId: RuleId; label: string }> = {
  ALDERMEN_ALIGNED: { ruleId: 'R1.4', label: 'De wethouders jeugd, onderwijs en zorg zijn op één lijn' },
  MAYOR_CONSULTED: { ruleId: 'R1.4', label: 'De burgemeester is geconsulteerd (bijv. in de lokale driehoek)' },
  VEILIG_THUIS_COMMISSIONING: { ruleId: 'R1.5', label: 'De opdrachtgeversrol naar Veilig Thuis is ingericht' },
};

/** R2.1 drafting themes needs at least 3 bottlenecks from at least 2 domains. */
export function checkBottlenecks(s: S): RuleResult {
  const count = s.agenda.bottlenecks.length;
  const domains = new Set(s.agenda.bottlenecks.map((b) => b.domain)).size;
  if (count >= MIN_BOTTLENECKS && domains >= MIN_BOTTLENECK_DOMAINS) return pass;
  return fail(
    'R2.1',
    `Voor het kiezen van thema's zijn minstens ${MIN_BOTTLENECKS} knelpunten uit minstens ${MIN_BOTTLENECK_DOMAINS} domeinen nodig; nu ${count} knelpunt(en) uit ${domains} domein(en).`,
    { bottlenecks: count, domains },
  );
}

/** R2.2 one to three themes (a fourth is refused with the reason). */
export function checkThemeCanBeAdded(s: S, theme: Theme): RuleResult {
  if (s.agenda.themes.includes(theme)) return pass;
  if (s.agenda.themes.length >= MAX_THEMES) {
    return fail(
      'R2.2',
      `Een verbeteragenda richt zich op 1 tot ${MAX_THEMES} thema's; er zijn er al ${s.agenda.themes.length} gekozen. De Collectieven werkten met focus op enkele thema's: laat eerst een thema vallen.`,
      { themes: s.agenda.themes },
    );
  }
  return pass;
}

export function checkThemeCount(s: S): RuleResult {
  const n = s.agenda.themes.length;
  return n >= 1 && n <= MAX_THEMES ? pass : fail('R2.2', `Kies 1 tot ${MAX_THEMES} thema's; nu ${n}.`);
}

/** R2.3 every selected theme has an action; every action has an owner organisation. */
export function checkActionsCoverThemes(s: S): RuleResult {
  const uncovered = s.agenda.themes.filter(
    (t) => !s.agenda.actions.some((a) => a.theme === t && a.status !== 'DROPPED'),
  );
  if (uncovered.length > 0) {
    const named = uncovered.map((t) => labelOf('theme', t, 'nl')).join(', ');
    return fail('R2.3', `Deze thema's hebben nog geen actie: ${named}.`, {
      themesWithoutAction: uncovered,
    });
  }
  return pass;
}

/** Organisations whose support R2.4 needs: owners of the given actions. */
export function organisationsNeedingSupport(s: S, actions: readonly Action[]): string[] {
  const owners = [...new Set(actions.map((a) => a.ownerOrganisation))];
  return owners.filter((org) => !hasFullSupport(s, org));
}

export function hasFullSupport(s: S, organisation: string): boolean {
  const key = normalise(organisation);
  const levels = new Set(s.agenda.support.filter((c) => normalise(c.organisation) === key).map((c) => c.level));
  return levels.has('PROFESSIONAL') && levels.has('MANAGEMENT');
}

/** R2.4 every organisation owning an action confirmed it at professional and management level. */
export function checkSupport(
  s: S,
  actions: readonly Action[] = s.agenda.actions.filter((a) => a.status !== 'DROPPED'),
): RuleResult {
  const missing = organisationsNeedingSupport(s, actions);
  return missing.length === 0
    ? pass
    : fail(
        'R2.4',
        `Draagvlaktoets niet gehaald: ${missing.join(', ')} bevestigde de afspraken nog niet op zowel professioneel als management-/bestuursniveau.`,
        { organisations: missing },
      );
}

/** R4.3 with an EXTERNAL project lead an internal embedding owner is named. */
export function checkEmbeddingOwner(s: S & Pick<ProgrammeState, 'commitment'>): RuleResult {
  const external =
    s.commitment.projectLead?.kind === 'EXTERNAL' || s.commitment.pastProjectLeads.some((l) => l.kind === 'EXTERNAL');
  if (!external || s.embeddingOwner) return pass;
  return fail(
    'R4.3',
    'Met een externe projectleider moet een interne eigenaar van de borging (een gemeentelijk beleidsambtenaar) worden benoemd.',
  );
}

/** R4.4 every action is embedded (DONE) or dropped with a reason. */
export function checkAllEmbedded(s: S): RuleResult {
  const open = s.agenda.actions.filter(
    (a) => (a.status === 'DONE' && !a.embedding) || a.status === 'PLANNED' || a.status === 'IN_PROGRESS',
  );
  return open.length === 0
    ? pass
    : fail('R4.4', `Nog niet geborgd: ${open.map((a) => a.title).join(', ')}.`, { actionIds: open.map((a) => a.id) });
}

/** C1/C4: the members that take part now (a member that left keeps its entry, but no longer counts). */
export function activeMembers(s: Pick<ProgrammeState, 'collectiveMembers'>): CollectiveMember[] {
  return (s.collectiveMembers ?? []).filter((m) => !m.leftAt);
}

/** C2: every member municipality's own alderman confirmed the commitment (passes without members). */
export function checkMemberCommitments(s: Pick<ProgrammeState, 'collectiveMembers'>): RuleResult {
  const open = activeMembers(s).filter((m) => !m.confirmedAt);
  return open.length === 0
    ? pass
    : fail(
        'C2',
        `Nog geen bevestiging door de eigen wethouder van: ${open.map((m) => m.municipalityCode).join(', ')}.`,
        { municipalityCodes: open.map((m) => m.municipalityCode) },
      );
}

/** C3 (with C2 and R4.4): each member still taking part has confirmed and embedded every DONE action itself. */
export function checkMembersEmbedded(s: Pick<ProgrammeState, 'collectiveMembers' | 'agenda'>): RuleResult {
  const done = s.agenda.actions.filter((a) => a.status === 'DONE');
  const missing: Array<{ municipalityCode: string; actionIds: string[] }> = [];
  for (const m of activeMembers(s)) {
    const open = done.filter((a) => !(a.memberEmbeddings ?? []).some((e) => e.municipalityCode === m.municipalityCode));
    if (open.length > 0 || !m.confirmedAt)
      missing.push({ municipalityCode: m.municipalityCode, actionIds: open.map((a) => a.id) });
  }
  return missing.length === 0
    ? pass
    : fail(
        'C3',
        `Nog niet (volledig) geborgd door: ${missing
          .map(
            (m) =>
              `${m.municipalityCode} (${m.actionIds.length === 1 ? '1 actie' : `${m.actionIds.length} acties`} open)`,
          )
          .join(', ')}.`,
        { members: missing },
      );
}

export function normalise(organisation: string): string {
  return organisation.trim().toLocaleLowerCase('nl-NL');
}

export function tipFor(ruleId: RuleId): string | undefined {
  return TIPS[ruleId];
}
