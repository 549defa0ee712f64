import type { ReceptionFootageBody } from '@liuhen/contracts';
import { authorize, receptionFootage, type ReceptionMoment } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { SessionActor } from '../../uow';
import { loadCaseFor, parseJson } from '../cases/case-access';

const handlingActions: Record<string, string> = {
  refuseAcceptance: '不予受理',
  decide: '作出决定',
  decideOnSpot: '当场作出决定',
  close: '办结',
};

/**
 * INIT-02: the reception-point surveillance footage of an application — for its registration (the intake's time), its
 * acceptance (立案/受理) and its handling steps, the surveillance recordings of the handling unit that cover each moment
 * and where in them it is. Computed from time, not stored: one day's recording shows many applicants.
 */
export async function receptionFootageOf(
  deps: Deps,
  actor: SessionActor,
  caseId: string,
): Promise<ReceptionFootageBody> {
  const { row } = await loadCaseFor(deps, actor, caseId, 'case.read');
  if (row.source !== 'onApplication') return { applicable: false, moments: [] };
  const db = deps.database.db;
  const intake = parseJson<{ receivedAt: string }>(row.intake);
  const events = await db
    .selectFrom('case_events')
    .select(['action', 'at'])
    .where('case_id', '=', row.id)
    .orderBy('at')
    .execute();
  const moments: ReceptionMoment[] = [
    { kind: 'registration', at: new Date(intake.receivedAt).toISOString(), label: '登记' },
    ...events.flatMap((event): ReceptionMoment[] => {
      if (event.action === 'register') return [{ kind: 'acceptance', at: event.at, label: '受理' }];
      const label = handlingActions[event.action];
      return label ? [{ kind: 'handling', at: event.at, label }] : [];
    }),
  ];
  const times = moments.map((moment) => moment.at).sort();
  let query = db
    .selectFrom('av_records')
    .select(['id', 'device_number', 'captured_from', 'captured_to', 'unit_id', 'agency_id', 'uploaded_by', 'maker_id'])
    .where('agency_id', '=', row.agency_id)
    .where('device_type', '=', 'surveillance')
    .where('captured_from', '<=', times[times.length - 1]!)
    .where('captured_to', '>=', times[0]!);
  if (row.unit_id) query = query.where((eb) => eb.or([eb('unit_id', '=', row.unit_id), eb('unit_id', 'is', null)]));
  // Only footage the actor may see is offered (ACC-02): the rest of the agency's cameras stay out of view.
  const recordings = (await query.execute()).filter(
    (recording) =>
      authorize(actor, 'av.read', {
        agencyId: recording.agency_id,
        unitId: recording.unit_id,
        memberIds: [recording.uploaded_by, recording.maker_id].filter((id): id is string => id !== null),
      }).allowed,
  );
  return {
    applicable: true,
    moments: receptionFootage(
      moments,
      recordings.map((recording) => ({
        id: recording.id,
        deviceNumber: recording.device_number,
        capturedFrom: recording.captured_from,
        capturedTo: recording.captured_to,
      })),
    ),
  };
}
