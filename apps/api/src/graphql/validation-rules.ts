import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { GraphqlHardening } from '../config';

// graphql-armor reports "Syntax Error: …" in English and throws out of validate(); instead we
// report our own sentence as an ordinary validation error, so Mercurius caches the refusal and
// the error formatter answers VALIDATION_FAILED.
function reportAs(sentence: string) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(sentence))],
  };
}

// graphql's own rule, which reports every introspection field, reported once with our sentence.
function once(rule: ValidationRule, sentence: string): ValidationRule {
  return (context) => {
    let reported = false;
    const reportOnce = (e: GraphQLError) => {
      if (!reported) context.reportError(new GraphQLError(sentence, { nodes: e.nodes }));
      reported = true;
    };
    return rule(Object.create(context, { reportError: { value: reportOnce } }) as ValidationContext);
  };
}

const refuseIntrospection = once(NoSchemaIntrospectionCustomRule, 'introspectie (__schema en __type) is uitgeschakeld op deze server.');

/**
 * Validation rules beyond the GraphQL specification: depth, aliases, cost and directives per
 * operation (graphql-armor), and no introspection when it is switched off. Token count is
 * limited while parsing (graphql's `maxTokens`), before these rules run.
 */
export function hardeningRules(limits: GraphqlHardening): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      // Depth as executed: fragments add no level of their own (likewise for cost).
      flattenFragments: true,
      ...reportAs(`de aanvraag is te diep genest (ten hoogste ${limits.maxDepth} niveaus).`),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportAs(`de aanvraag gebruikt te veel aliassen (ten hoogste ${limits.maxAliases}).`),
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...reportAs(`de aanvraag is te kostbaar om uit te voeren (ten hoogste ${limits.maxCost} punten).`),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...reportAs(`de aanvraag gebruikt te veel directives (ten hoogste ${limits.maxDirectives}).`),
    }),
  ];
  if (!limits.introspection) rules.push(refuseIntrospection);
  return rules;
}
