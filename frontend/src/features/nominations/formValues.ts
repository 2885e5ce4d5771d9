import type { Nomination, NominationWrite } from './queries';

/** The form's values (inputs hold strings) and the body the API takes. */
export interface Values {
  category: string;
  nomineeType: 'INDIVIDUAL' | 'COLLECTIVE';
  nomineeName: string;
  gender: string | null;
  birthYear: number | string;
  position: string;
  workplace: string;
  memberCount: number | string;
  contact: string;
  field: string;
  movementId: number | string;
  title: string;
  achievements: string;
  publicConsent: boolean;
  orgUnitId: string | null;
}

export function toValues(n: Nomination | undefined, unitId: number): Values {
  return {
    category: n?.category ?? 'ADVANCED_EXAMPLE',
    nomineeType: n?.nomineeType ?? 'INDIVIDUAL',
    nomineeName: n?.nomineeName ?? '',
    gender: n?.gender ?? null,
    birthYear: n?.birthYear ?? '',
    position: n?.position ?? '',
    workplace: n?.workplace ?? '',
    memberCount: n?.memberCount ?? '',
    contact: n?.contact ?? '',
    field: n?.field ?? '',
    movementId: n?.movementId ?? '',
    title: n?.title ?? '',
    achievements: n?.achievements ?? '',
    publicConsent: n?.publicConsent ?? false,
    orgUnitId: String(n?.orgUnitId ?? unitId),
  };
}

const num = (v: number | string) => (v === '' || v == null ? null : Number(v));
const text = (v: string) => (v.trim() ? v.trim() : null);

export function toWrite(v: Values): NominationWrite {
  const individual = v.nomineeType === 'INDIVIDUAL';
  return {
    category: v.category as NominationWrite['category'],
    nomineeType: v.nomineeType,
    nomineeName: v.nomineeName.trim(),
    gender: individual ? ((v.gender as NominationWrite['gender']) ?? null) : null,
    birthYear: individual ? num(v.birthYear) : null,
    position: text(v.position),
    workplace: text(v.workplace),
    memberCount: individual ? null : num(v.memberCount),
    contact: text(v.contact),
    field: text(v.field),
    movementId: num(v.movementId),
    title: v.title.trim(),
    achievements: v.achievements.trim(),
    publicConsent: v.publicConsent,
    orgUnitId: Number(v.orgUnitId),
  };
}
