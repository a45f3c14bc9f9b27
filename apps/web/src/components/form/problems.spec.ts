import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { placeProblems, problemSentence } from './problems';

describe('a refusal’s problems beside the field they concern', () => {
  it('places VALIDATION_FAILED by details.field and by the paths of details.problems', () => {
    const sut = placeProblems(
      new ApiError([
        { message: 'Ongeldige startdatum.', code: 'VALIDATION_FAILED', details: { field: 'startedOn' } },
        {
          message: 'De invoer klopt niet. De organisatie mag niet leeg zijn.',
          code: 'VALIDATION_FAILED',
          details: { fields: ['input'], problems: [{ path: 'input.organisation', constraint: 'minLength' }] },
        },
      ]),
      ['startedOn', 'organisation', 'domain'],
    );
    expect(Object.keys(sut.byField).sort()).toEqual(['organisation', 'startedOn']);
    expect(sut.general).toEqual([]);
  });

  it('places a RULE_VIOLATION by the field the form gives its rule, and shows the rule id with the sentence', () => {
    const problem = { message: 'Kies eerst drie knelpunten.', code: 'RULE_VIOLATION', rule: 'R2.2', details: {} };
    const sut = placeProblems(new ApiError([problem]), ['theme'], { 'R2.2': 'theme' });
    expect(sut.byField['theme']).toEqual([problem]);
    expect(problemSentence(problem)).toBe('R2.2: Kies eerst drie knelpunten.');
  });

  it('R4.5: places a problem at the list element’s own field when the form names its fields by path', () => {
    const fields = ['year', 'embeddings.0.inForce', 'embeddings.1.inForce', 'embeddings.1.successor.period.to'];
    const sut = placeProblems(
      new ApiError([
        {
          message: 'Verlopen.',
          code: 'RULE_VIOLATION',
          rule: 'R4.5',
          details: { field: 'embeddings.1.successor.period.to' },
        },
        { message: 'Niet geborgd.', code: 'NOT_FOUND', details: { field: 'embeddings.0.' } },
      ]),
      fields,
    );
    expect(Object.keys(sut.byField).sort()).toEqual(['embeddings.0.inForce', 'embeddings.1.successor.period.to']);
    expect(sut.general).toEqual([]);
  });

  it('keeps a problem about no field of the form (FORBIDDEN, another rule) for the summary at the top', () => {
    const sut = placeProblems(
      new ApiError([{ message: 'Niet uw stap.', code: 'FORBIDDEN', details: {} }]),
      ['organisation'],
      { 'R2.2': 'theme' },
    );
    expect(sut.byField).toEqual({});
    expect(sut.general.map((p) => p.code)).toEqual(['FORBIDDEN']);
  });
});
