import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Sentence } from '../common/graphql-errors';
import type { GraphqlHardening } from '../config';

// graphql-armor reports "Syntax Error: …" in English and throws out of validate(); instead we
// report our own sentence as an ordinary validation error, so Mercurius caches the refusal and
// the error formatter answers VALIDATION_FAILED.
function reportAs(sentence: Sentence) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(refusal(sentence))],
  };
}

/** A validation error in Dutch that carries its English sentence for `Accept-Language: en`. */
function refusal(sentence: Sentence, nodes?: GraphQLError['nodes']): GraphQLError {
  return new GraphQLError(sentence.nl, { nodes, extensions: { en: sentence.en } });
}

/** The English sentence of a validation error (graphql-js's own messages are English already). */
export function englishOf(e: GraphQLError): string {
  const en = e.extensions?.en;
  return typeof en === 'string' ? en : e.message;
}

// graphql's own rule, which reports every introspection field, reported once with our sentence.
function once(rule: ValidationRule, sentence: Sentence): ValidationRule {
  return (context) => {
    let reported = false;
    const reportOnce = (e: GraphQLError) => {
      if (!reported) context.reportError(refusal(sentence, e.nodes));
      reported = true;
    };
    return rule(Object.create(context, { reportError: { value: reportOnce } }) as ValidationContext);
  };
}

const refuseIntrospection = once(NoSchemaIntrospectionCustomRule, {
  nl: 'introspectie (__schema en __type) is uitgeschakeld op deze server.',
  en: 'introspection (__schema and __type) is switched off on this server.',
});

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
      ...reportAs({
        nl: `de aanvraag is te diep genest (ten hoogste ${limits.maxDepth} niveaus).`,
        en: `the request is nested too deeply (at most ${limits.maxDepth} levels).`,
      }),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportAs({
        nl: `de aanvraag gebruikt te veel aliassen (ten hoogste ${limits.maxAliases}).`,
        en: `the request uses too many aliases (at most ${limits.maxAliases}).`,
      }),
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...reportAs({
        nl: `de aanvraag is te kostbaar om uit te voeren (ten hoogste ${limits.maxCost} punten).`,
        en: `the request is too costly to run (at most ${limits.maxCost} points).`,
      }),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...reportAs({
        nl: `de aanvraag gebruikt te veel directives (ten hoogste ${limits.maxDirectives}).`,
        en: `the request uses too many directives (at most ${limits.maxDirectives}).`,
      }),
    }),
  ];
  if (!limits.introspection) rules.push(refuseIntrospection);
  return rules;
}
