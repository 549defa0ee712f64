export * from './access/authorize';
export * from './access/permissions';
export * from './access/roles';
export * from './organisation/certificates';
export * from './organisation/units';
export * from './organisation/users';
export * from './shared/errors';
export * from './shared/time';
