import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
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

const notText = (value: unknown) => value !== undefined && value !== null && typeof value !== 'string';

// Mercurius trusts the shape of a request: a `query` or `operationName` that is not text, or a GET
// naming no (or an unknown) operation of several, ends in its own TypeError. Refused here first.
function requestShape(maxTokens: number) {
  return async (request: FastifyRequest): Promise<void> => {
    const operations =
      request.method === 'GET' ? [request.query] : Array.isArray(request.body) ? request.body : [request.body];
    for (const op of operations) {
      if (typeof op !== 'object' || op === null) continue;
      const { query, operationName } = op as Record<string, unknown>;
      if (notText(query) || notText(operationName)) {
        throw new HttpRefusal(
          'VALIDATION_FAILED',
          {
            nl: 'De GraphQL-aanvraag is ongeldig: "query" en "operationName" moeten tekst zijn.',
            en: 'The GraphQL request is invalid: "query" and "operationName" must be text.',
          },
          400,
        );
      }
      if (typeof query === 'string' && isJson(query)) {
        // Mercurius takes a `query` that is no GraphQL but parses as JSON for a ready-made syntax
        // tree and validates it (`{ }` becomes an empty object, and graphql-js then fails with a
        // TypeError). No JSON text is a GraphQL document: answer with GraphQL's own syntax error.
        const problem = syntaxErrorOf(query, maxTokens);
        throw new HttpRefusal(
          'VALIDATION_FAILED',
          { nl: `De GraphQL-aanvraag is ongeldig: ${problem}`, en: `The GraphQL request is invalid: ${problem}` },
          400,
        );
      }
      if (
        request.method === 'GET' &&
        typeof query === 'string' &&
        selectedOperation(query, operationName, maxTokens) === null
      ) {
        throw new HttpRefusal(
          'VALIDATION_FAILED',
          {
            nl: 'De GraphQL-aanvraag bevat meerdere operaties: geef in "operationName" de naam van de operatie die moet worden uitgevoerd.',
            en: 'The GraphQL request holds several operations: name the one to run in "operationName".',
          },
          400,
        );
      }
    }
  };
}

// Cheap on GraphQL text: JSON.parse gives up at the first character that is no JSON.
// Every JSON text starts so (RFC 8259: whitespace, then an object, array, string, number or
// literal); a GraphQL document practically never does. Checked first because JSON.parse throwing
// on every ordinary query was the largest single cost of an empty query (issue 18.1).
const JSON_START = /^[\t\n\r ]*(?:\{[\t\n\r ]*["}]|[[\-0-9"]|true|false|null)/;

/** True when `text` is a JSON text (which Mercurius would take for a ready-made syntax tree). */
export function isJson(text: string): boolean {
  if (!JSON_START.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function syntaxErrorOf(source: string, maxTokens: number): string {
  try {
    parse(source, { maxTokens });
    return 'Syntax Error';
  } catch (error) {
    return error instanceof GraphQLError ? error.message : 'Syntax Error';
  }
}

/**
 * The operation a request runs: undefined when the document does not parse (GraphQL itself
 * answers that), null when it holds several and `operationName` names none of them.
 */
function selectedOperation(
  source: string,
  operationName: unknown,
  maxTokens: number,
): OperationDefinitionNode | null | undefined {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens });
  } catch {
    return undefined;
  }
  return operationOf(document, operationName);
}

function operationOf(document: DocumentNode, operationName: unknown): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === 'string' && operationName !== '')
    return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

// Over HTTP a subscription would run its resolver once and fail; it belongs on graphql-ws.
function refuseSubscriptionOverHttp(
  _schema: GraphQLSchema,
  document: DocumentNode,
  context: { reply?: { request?: { body?: unknown } } },
): void {
  const body = context.reply?.request?.body;
  const operationName =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>).operationName
      : undefined;
  if (operationOf(document, operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) return;
  throw new UserFacingError('VALIDATION_FAILED', {
    nl: 'Een subscription loopt via graphql-ws (WebSocket) op hetzelfde adres /graphql, niet via HTTP.',
    en: 'A subscription runs over graphql-ws (WebSocket) on the same /graphql address, not over HTTP.',
  });
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
    additionalRouteOptions: { preValidation: [requestShape(limits.maxTokens), batchLimit(limits.maxBatch)] },
    hooks: { preSubscriptionParsing: validateSubscription(limits), preExecution: refuseSubscriptionOverHttp },
  };
}
