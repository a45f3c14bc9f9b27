import { getMetadataStorage, type ValidationError } from 'class-validator';
import { describe, expect, it } from 'vitest';
import * as calendar from '../calendar/calendar-feed.model';
import * as members from '../members/members.model';
import * as national from '../national/national.args';
import * as lifecycle from '../programmes/lifecycle.inputs';
import * as programmes from '../programmes/programme.args';
import * as reminders from '../reminders/reminder-policy.model';
import { hasFieldLabel, validationSentence } from './validation-messages';

// Issue 15: every field the validation pipe can name has words in Dutch and English, so a new
// input field fails here until it has them (instead of reaching a user as ‘ownerOrganisation’).

const inputClasses = [calendar, members, national, lifecycle, programmes, reminders].flatMap((m) =>
  Object.values(m).filter((v): v is abstract new () => object => typeof v === 'function'),
);

describe('validation sentences', () => {
  it('every validated field of every input type has a label', () => {
    const properties = new Set(
      inputClasses.flatMap((c) =>
        getMetadataStorage()
          .getTargetValidationMetadatas(c, '', true, false)
          .map((m) => m.propertyName),
      ),
    );
    expect(properties.size).toBeGreaterThan(30);
    expect([...properties].filter((p) => !hasFieldLabel(p))).toEqual([]);
  });

  it('a nested field is named by its own label and its path, a list element by the list', () => {
    const errors = [
      {
        property: 'pastPhases',
        children: [
          {
            property: '0',
            children: [{ property: 'endedOn', constraints: { isString: 'endedOn must be a string' } }],
          },
        ],
      },
    ] as ValidationError[];
    const { sentence, problems } = validationSentence(errors);
    expect(problems).toEqual([{ path: 'pastPhases.0.endedOn', constraint: 'isString' }]);
    expect(sentence.nl).toBe('De invoer klopt niet. De einddatum van de fase moet tekst zijn.');
    expect(sentence.en).toBe('The input is not valid. The day the phase ended must be text.');
  });

  it('a constraint it has no words for still gives a Dutch sentence, never class-validator’s', () => {
    const { sentence } = validationSentence([
      { property: 'title', constraints: { isFoo: 'title must be foo' } },
    ] as ValidationError[]);
    expect(sentence.nl).toBe('De invoer klopt niet. De titel klopt niet.');
    expect(sentence.nl).not.toContain('must');
  });
});
