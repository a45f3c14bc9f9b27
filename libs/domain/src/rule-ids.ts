/**
 * Rule ids of docs/rules.md. One list, never renamed or reused: they travel as failure types and
 * GraphQL `extensions.rule`, so clients may depend on them. Their sentences (nl, en) are in
 * rule-sentences.ts.
 */
export const RULE_IDS = [
  'R1.1',
  'R1.2',
  'R1.3',
  'R1.4',
  'R1.5',
  'R1.6',
  'R2.1',
  'R2.2',
  'R2.3',
  'R2.4',
  'R2.5',
  'R3.1',
  'R3.2',
  'R3.3',
  'R4.1',
  'R4.2',
  'R4.3',
  'R4.4',
  'R4.5',
  'C1',
  'C2',
  'C3',
  'C4',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);
