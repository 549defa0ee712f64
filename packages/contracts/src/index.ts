export * from './audit';
export * from './auth';
export * from './av';
export * from './cases';
export * from './common';
export * from './health';
export * from './ledger';
export * from './organisation';
