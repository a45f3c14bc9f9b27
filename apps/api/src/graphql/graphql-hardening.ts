import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { UserFacingError } from '../common/graphql-errors';
import type { GraphqlHardening } from '../config';
import { SUGGESTION } from './hardened-error-formatter';
import { HttpRefusal } from './http-refusal';
import { englishOf, hardeningRules } from './validation-rules';

// Mercurius has no batch size of its own; this route hook runs before its body schema check.
function batchLimit(maxBatch: number) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!Array.isArray(request.body)) return;
    if (maxBatch === 1) {
      throw new HttpRefusal(
        'VALIDATION_FAILED',
        {
          nl: 'Gebundelde aanvragen (een lijst van operaties in één verzoek) worden niet aangenomen; stuur één operatie per verzoek.',
          en: 'Batched requests (a list of operations in one request) are not accepted; send one operation per request.',
        },
        400,
      );
    }
    if (request.body.length > maxBatch) {
      throw new HttpRefusal(
        'VALIDATION_FAILED',
        {
          nl: `Te veel operaties in één verzoek: ${request.body.length}, ten hoogste ${maxBatch}.`,
          en: `Too many operations in one request: ${request.body.length}, at most ${maxBatch}.`,
        },
        400,
        { operations: request.body.length, max: maxBatch },
      );
    }
  };
}

// Mercurius neither validates a subscription (graphql-ws) nor applies validationRules or
// maxTokens to it, so the same parse limit and rules run here before it is executed.
function validateSubscription(limits: GraphqlHardening) {
  const rules = [...specifiedRules, ...hardeningRules(limits)];
  return (schema: GraphQLSchema, source: string): void => {
    let problems: GraphQLError[];
    try {
      problems = [...validate(schema, parse(source, { maxTokens: limits.maxTokens }), rules)];
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      problems = [e];
    }
    if (problems.length === 0) return;
    const tidy = (text: string) => (limits.introspection ? text : text.replace(SUGGESTION, ''));
    throw new UserFacingError('VALIDATION_FAILED', {
      nl: tidy(`De GraphQL-aanvraag is ongeldig: ${problems.map((e) => e.message).join(' ')}`),
      en: tidy(`The GraphQL request is invalid: ${problems.map(englishOf).join(' ')}`),
    });
  };
}

/** The Mercurius options that enforce the GraphQL limits of the configuration. */
export function hardeningOptions(limits: GraphqlHardening): Partial<MercuriusDriverConfig> {
  return {
    validationRules: hardeningRules(limits),
    graphql: { parseOptions: { maxTokens: limits.maxTokens } },
    allowBatchedQueries: limits.maxBatch > 1,
    additionalRouteOptions: { preValidation: batchLimit(limits.maxBatch) },
    hooks: { preSubscriptionParsing: validateSubscription(limits) },
  };
}
