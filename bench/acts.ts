import type { LedgerEntry } from '../packages/server/src/ledger/entry';
import type { TrailEvent } from '../packages/server/src/trail';

/** An act of the usual size, the same in every benchmark: a unit renamed, with the fields it changed. */
export function unitUpdated(i: number): TrailEvent {
  return {
    action: 'unit.updated',
    subject: { type: 'unit', id: `unit-${i % 50}` },
    summary: { name: `第${i % 50}执法大队`, changes: { name: { from: `旧名称${i}`, to: `第${i % 50}执法大队` } } },
  };
}

export const benchActor = { userId: 'bench-user', username: 'bench', roles: ['admin'], unitId: null };

const start = Date.UTC(2026, 0, 1);

/** The entry `appendLedgerEntry` would write for `unitUpdated(seq)`, one second after the previous one. */
export function unitUpdatedEntry(origin: string, seq: number): LedgerEntry {
  const event = unitUpdated(seq);
  return {
    v: 1,
    log: origin,
    seq,
    time: new Date(start + seq * 1000).toISOString(),
    actor: { ...benchActor, roles: [...benchActor.roles] },
    action: event.action,
    subject: { type: event.subject.type, id: event.subject.id },
    summary: event.summary as LedgerEntry['summary'],
    hashes: [],
    requestId: null,
  };
}
