import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useLanguage } from '../i18n';
import { ApiError, request } from './client';
import { subscribe } from './live';

export interface QueryState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  /** Asks again (after a step, or when a live event says something changed). */
  refetch: () => void;
}

/** Runs a query on mount and whenever its variables or the page's language change. */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables: V, skip = false): QueryState<T> {
  const language = useLanguage();
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: !skip });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    request(document, JSON.parse(key) as V, language, abort.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof ApiError ? error : toApiError(error), loading: false }));
      },
    );
    return () => abort.abort();
  }, [document, key, language, generation, skip]);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, refetch };
}

function toApiError(error: unknown): ApiError {
  return new ApiError([{ message: String(error), code: 'INTERNAL_SERVER_ERROR', details: {} }]);
}

export interface MutationState<T, V> {
  run: (variables: V) => Promise<T | undefined>;
  error?: ApiError;
  running: boolean;
  reset: () => void;
}

/**
 * A mutation: `run` answers the result, or undefined after a refusal, whose problems stay in
 * `error` for the form to show beside its fields (the form keeps what was typed).
 */
export function useMutation<T, V>(document: TypedDocumentString<T, V>): MutationState<T, V> {
  const language = useLanguage();
  const [error, setError] = useState<ApiError>();
  const [running, setRunning] = useState(false);
  const run = useCallback(
    async (variables: V) => {
      setRunning(true);
      setError(undefined);
      try {
        return await request(document, variables, language);
      } catch (e) {
        setError(e instanceof ApiError ? e : toApiError(e));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [document, language],
  );
  return { run, error, running, reset: useCallback(() => setError(undefined), []) };
}

/** Calls `onEvent` for each event of a subscription while the component is shown. */
export function useSubscription<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  onEvent: (data: T) => void,
): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = JSON.stringify(variables);
  useEffect(() => subscribe(document, JSON.parse(key) as V, (data) => handler.current(data)), [document, key]);
}
