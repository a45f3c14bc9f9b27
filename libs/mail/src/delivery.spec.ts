import { describe, expect, it } from 'vitest';
import { deliverySentence, withoutAddresses } from './delivery';

// Delivery made visible (issue 16): failures are told by role, never by address.

describe('deliverySentence', () => {
  it('says nothing when nothing failed', () => {
    expect(deliverySentence({ failedByRole: [] }, 'nl')).toBeUndefined();
  });

  it('names one failure by the role it went to', () => {
    const one = { failedByRole: [{ role: 'ADMINISTRATIVE_LEAD' as const, count: 1 }] };
    expect(deliverySentence(one, 'nl')).toBe('1 bericht aan de wethouder kon niet worden bezorgd.');
    expect(deliverySentence(one, 'en')).toBe('1 message to the alderman could not be delivered.');
  });

  it('lists several roles, plural, and an unknown recipient without a role', () => {
    const many = {
      failedByRole: [
        { role: 'PROJECT_LEAD' as const, count: 2 },
        { role: 'NATIONAL' as const, count: 1 },
        { count: 1 },
      ],
    };
    expect(deliverySentence(many, 'nl')).toBe(
      '2 berichten aan de projectleider, 1 bericht aan de kwartiermakers en 1 bericht konden niet worden bezorgd.',
    );
    expect(deliverySentence(many, 'en')).toBe(
      '2 messages to the project lead, 1 message to the kwartiermakers and 1 message could not be delivered.',
    );
  });
});

describe('withoutAddresses', () => {
  it('blanks every address a relay quotes, keeping the codes', () => {
    expect(withoutAddresses('EENVELOPE 550 <wethouder@gemeente.example.nl>: Recipient address rejected')).toBe(
      'EENVELOPE 550 <…>: Recipient address rejected',
    );
    expect(withoutAddresses('550 5.1.1 a.b+c@x.nl, d@y.nl unknown')).toBe('550 5.1.1 …, … unknown');
  });
});
