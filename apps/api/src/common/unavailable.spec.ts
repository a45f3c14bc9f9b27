import { ServiceError } from '@temporalio/client';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { unavailableDependency } from './unavailable';

// The real outages (PostgreSQL stopped fast and immediate, Temporal on a closed port) are in
// test/api-unavailable.e2e-spec.ts; these are the shapes that are hard to provoke there.
const coded = (message: string, code: string | number) => Object.assign(new Error(message), { code });
const graphqlWrapped = (cause: Error) => new GraphQLError(cause.message, { originalError: cause });

describe('which failures are a dependency out of reach', () => {
  it('SQLite locked by another writer past the busy timeout: the database, retryable', () => {
    const busy = new QueryFailedError('UPDATE programme SET …', [], coded('database is locked', 'SQLITE_BUSY'));
    expect(unavailableDependency(graphqlWrapped(busy))).toBe('database');
  });

  it('a connection refused on every address (AggregateError): the database', () => {
    const refused = new AggregateError([coded('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], '');
    expect(unavailableDependency(refused)).toBe('database');
  });

  it('PostgreSQL refusing connections while it starts (57P03): the database', () => {
    expect(
      unavailableDependency(new QueryFailedError('SELECT 1', [], coded('the database system is starting up', '57P03'))),
    ).toBe('database');
  });

  it('a fault of ours (a missing table, a constraint) stays an internal error', () => {
    expect(
      unavailableDependency(new QueryFailedError('SELECT …', [], coded('no such table: programme', 'SQLITE_ERROR'))),
    ).toBeUndefined();
    expect(
      unavailableDependency(new QueryFailedError('INSERT …', [], coded('duplicate key value', '23505'))),
    ).toBeUndefined();
    expect(unavailableDependency(new TypeError('x is not a function'))).toBeUndefined();
  });

  it('Temporal: UNAVAILABLE and RESOURCE_EXHAUSTED are retryable, other gRPC statuses are not', () => {
    const grpc = (code: number) =>
      new ServiceError('Failed to start Workflow', {
        cause: Object.assign(new Error('grpc'), { code, details: '', metadata: {} }),
      });
    expect(unavailableDependency(grpc(14))).toBe('temporal');
    expect(unavailableDependency(grpc(8))).toBe('temporal');
    expect(unavailableDependency(grpc(3))).toBeUndefined();
  });
});
