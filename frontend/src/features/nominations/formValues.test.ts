import { describe, expect, it } from 'vitest';
import { toValues, toWrite } from './formValues';

describe('nomination form values', () => {
  it('a collective never sends gender or birth year, an individual never a member count', () => {
    const v = { ...toValues(undefined, 7), nomineeName: ' Tổ thiện nguyện ', title: 'T', achievements: 'A' };
    const collective = toWrite({ ...v, nomineeType: 'COLLECTIVE', gender: 'FEMALE', birthYear: 1980, memberCount: 12 });
    expect(collective.gender).toBeNull();
    expect(collective.birthYear).toBeNull();
    expect(collective.memberCount).toBe(12);
    expect(collective.nomineeName).toBe('Tổ thiện nguyện');
    const individual = toWrite({ ...v, nomineeType: 'INDIVIDUAL', gender: 'MALE', birthYear: '', memberCount: 5 });
    expect(individual.memberCount).toBeNull();
    expect(individual.birthYear).toBeNull();
    expect(individual.gender).toBe('MALE');
    expect(individual.orgUnitId).toBe(7);
  });

  it('empty optional texts are sent as null', () => {
    const w = toWrite({ ...toValues(undefined, 3), nomineeName: 'A', title: 'B', achievements: 'C', position: '  ' });
    expect(w.position).toBeNull();
    expect(w.movementId).toBeNull();
    expect(w.publicConsent).toBe(false);
  });
});
