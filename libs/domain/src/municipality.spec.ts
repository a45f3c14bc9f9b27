import { describe, expect, it } from 'vitest';
import { parseMunicipalityCode, programmeWorkflowId, type MunicipalityCode } from './municipality';

describe('municipality codes', () => {
  it('accepts a CBS code and normalises case and surrounding spaces', () => {
    expect(parseMunicipalityCode('GM0363')).toEqual({ ok: true, value: 'GM0363' });
    expect(parseMunicipalityCode(' gm0599 ')).toEqual({ ok: true, value: 'GM0599' });
  });

  it.each(['', 'Amsterdam', 'GM363', 'GM03630', '0363', 'PV20', 'GM 0363', 'GM０３６３'])(
    'rejects %j as malformed',
    (input) => {
      expect(parseMunicipalityCode(input)).toEqual({
        ok: false,
        error: { code: 'MALFORMED_MUNICIPALITY_CODE', input },
      });
    },
  );
});

describe('programme workflow ids', () => {
  const amsterdam = 'GM0363' as MunicipalityCode;

  it('carries the municipality and the programme number', () => {
    expect(programmeWorkflowId(amsterdam, 1)).toBe('programme-GM0363-1');
    expect(programmeWorkflowId(amsterdam, 2)).toBe('programme-GM0363-2');
  });

  it('refuses a sequence that is not a positive whole number', () => {
    expect(() => programmeWorkflowId(amsterdam, 0)).toThrow();
    expect(() => programmeWorkflowId(amsterdam, 1.5)).toThrow();
  });
});
