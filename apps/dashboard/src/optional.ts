import { unknownField, type Api } from './api';
import type { OptionalPart } from './queries';

/**
 * Asks a document built from `parts`; parts the API does not know (yet) are dropped from
 * `parts` (so later refreshes skip them) and the rest is asked again.
 */
export async function queryWithOptionalParts<T>(
  api: Api,
  build: (parts: readonly OptionalPart[]) => string,
  parts: OptionalPart[],
  variables?: Record<string, unknown>,
  options: { required: boolean } = { required: true },
): Promise<T | undefined> {
  for (;;) {
    if (!options.required && parts.length === 0) return undefined;
    try {
      return await api.query<T>(build(parts), variables);
    } catch (error) {
      const field = unknownField(error);
      const missing = field ? parts.filter((p) => p.fields.includes(field)) : [];
      if (missing.length === 0) throw error;
      for (const part of missing) parts.splice(parts.indexOf(part), 1);
    }
  }
}
