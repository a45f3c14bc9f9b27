import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import type { GraphqlHardening } from '../config';
import { HttpRefusal } from './http-refusal';
import { hardeningRules } from './validation-rules';

// Mercurius has no batch size of its own; this route hook runs before its body schema check.
function batchLimit(maxBatch: number) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!Array.isArray(request.body)) return;
    if (maxBatch === 1) {
      throw new HttpRefusal(
        'VALIDATION_FAILED',
        'Gebundelde aanvragen (een lijst van operaties in één verzoek) worden niet aangenomen; stuur één operatie per verzoek.',
        400,
      );
    }
    if (request.body.length > maxBatch) {
      throw new HttpRefusal(
        'VALIDATION_FAILED',
        `Te veel operaties in één verzoek: ${request.body.length}, ten hoogste ${maxBatch}.`,
        400,
        { operations: request.body.length, max: maxBatch },
      );
    }
  };
}

/** The Mercurius options that enforce the GraphQL limits of the configuration. */
export function hardeningOptions(limits: GraphqlHardening): Partial<MercuriusDriverConfig> {
  return {
    validationRules: hardeningRules(limits),
    graphql: { parseOptions: { maxTokens: limits.maxTokens } },
    allowBatchedQueries: limits.maxBatch > 1,
    additionalRouteOptions: { preValidation: batchLimit(limits.maxBatch) },
  };
}
