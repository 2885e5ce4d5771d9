import type { components } from './schema';

export type Schemas = components['schemas'];
export type User = Schemas['User'];
export type UserCreate = Schemas['UserCreate'];
export type UserUpdate = Schemas['UserUpdate'];
export type OrgUnit = Schemas['OrgUnit'];
export type OrgUnitWrite = Schemas['OrgUnitWrite'];
export type OrgLevel = Schemas['OrgLevel'];
export type Role = Schemas['Role'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

export const ROLES: readonly Role[] = ['ADMIN', 'PROVINCIAL_OFFICER', 'BRANCH_OFFICER', 'LEADER'];
export const ORG_LEVELS: readonly OrgLevel[] = ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'CHAPTER'];
