import {
  approvalChains,
  type ApprovalType,
  type CaseProcedure,
  type CaseSource,
  type CaseStage,
  localDateOf,
  type Role,
} from '@liuhen/domain';
import { createUnit, createUser, findFirstAgency, initialise, type Liuhen, type SessionActor } from '@liuhen/server';
import { operatorContext } from '../context';
import {
  type DemoCase,
  type DemoDocument,
  type DemoPersonKey,
  type DemoStep,
  type DemoUnitKey,
  demoAgency,
  demoCases,
  demoCertificate,
  demoPeople,
  demoUnits,
  unitHeadOf,
} from './demo-data';
import {
  createCase,
  createDocument,
  decideApproval,
  proposeApproval,
  recordActivity,
  recordActivityAvException,
  registerCertificate,
  transitionCase,
  updateAgency,
} from './server-use-cases';

/** Why the demo will not load: it never mixes with an agency or cases already there. */
export class DemoRefusedError extends Error {
  constructor(readonly reason: 'agencyExists' | 'casesExist') {
    super(`liuhen demo refused: ${reason}`);
  }
}

export type DemoAccount = {
  username: string;
  name: string;
  role: Role;
  unit: string | null;
  /** The generated initial password, or null for an administrator whose password is LIUHEN_ADMIN_PASSWORD. */
  password: string | null;
};

export type DemoCaseResult = {
  number: string;
  cause: string;
  party: string;
  source: CaseSource;
  procedure: CaseProcedure;
  stage: CaseStage;
};

export type DemoResult = {
  agency: { name: string; shortName: string };
  units: string[];
  accounts: DemoAccount[];
  cases: DemoCaseResult[];
  pendingApprovals: { awaitingReview: number; awaitingApproval: number };
};

type Ctx = { actor: SessionActor; agencyId: string; requestId: null };

/**
 * Loads the demonstration agency into an empty data directory or database: initialises it (agency, ledger,
 * administrator), then creates its units, people and certificates, and plays every case through the same use cases
 * the API calls, so every step is checked and recorded in the ledger as a real one would be.
 */
export async function loadDemo(
  liuhen: Liuhen,
  onCase: (result: DemoCaseResult, index: number, total: number) => void = () => {},
): Promise<DemoResult> {
  const { deps } = liuhen;
  const db = liuhen.database.db;
  if (await findFirstAgency(db)) throw new DemoRefusedError('agencyExists');
  if (await db.selectFrom('cases').select('id').limit(1).executeTakeFirst()) {
    throw new DemoRefusedError('casesExist');
  }
  const bootstrap = await initialise(liuhen);
  // Lost a race with another process initialising the same database: refuse rather than add to its agency.
  if (!bootstrap.created) throw new DemoRefusedError('agencyExists');

  const operator = await operatorContext(liuhen);
  await updateAgency(deps, operator, { shortName: demoAgency.shortName });

  const unitIds = {} as Record<DemoUnitKey, string>;
  for (const [key, spec] of Object.entries(demoUnits) as [DemoUnitKey, (typeof demoUnits)[DemoUnitKey]][]) {
    const unit = await createUnit(deps, operator, { name: spec.name, kind: spec.kind, legalBasis: null });
    unitIds[key] = unit.id;
  }

  const accounts: DemoAccount[] = [
    {
      username: bootstrap.adminUsername,
      name: '系统管理员',
      role: 'admin',
      unit: null,
      password: bootstrap.generatedPassword,
    },
  ];
  const actors = {} as Record<DemoPersonKey, SessionActor>;
  for (const [key, person] of Object.entries(demoPeople) as [DemoPersonKey, (typeof demoPeople)[DemoPersonKey]][]) {
    const unitId = person.unit ? unitIds[person.unit] : null;
    const created = await createUser(deps, operator, {
      username: person.username,
      displayName: person.name,
      roles: [person.role],
      unitId,
    });
    if ('certificate' in person) {
      await registerCertificate(deps, operator, {
        userId: created.user.id,
        body: { number: person.certificate, status: 'valid', ...demoCertificate },
      });
    }
    actors[key] = {
      userId: created.user.id,
      username: created.user.username,
      agencyId: operator.agencyId,
      unitId,
      roles: [person.role],
    };
    accounts.push({
      username: created.user.username,
      name: person.name,
      role: person.role,
      unit: person.unit ? demoUnits[person.unit].name : null,
      password: created.initialPassword,
    });
  }

  const ctxOf = (key: DemoPersonKey): Ctx => ({ actor: actors[key], agencyId: operator.agencyId, requestId: null });
  const cases: DemoCaseResult[] = [];
  const pendingApprovals = { awaitingReview: 0, awaitingApproval: 0 };
  for (const [index, spec] of demoCases.entries()) {
    const result = await playCase(liuhen, spec, { ctxOf, actors, unitIds, pendingApprovals });
    cases.push(result);
    onCase(result, index, demoCases.length);
  }
  return {
    agency: { name: demoAgency.name, shortName: demoAgency.shortName },
    units: Object.values(demoUnits).map((unit) => unit.name),
    accounts,
    cases,
    pendingApprovals,
  };
}

type Players = {
  ctxOf(key: DemoPersonKey): Ctx;
  actors: Record<DemoPersonKey, SessionActor>;
  unitIds: Record<DemoUnitKey, string>;
  pendingApprovals: DemoResult['pendingApprovals'];
};

/** Opens one case and takes its steps; checks it ends in the stage the plan says. */
async function playCase(liuhen: Liuhen, spec: DemoCase, players: Players): Promise<DemoCaseResult> {
  const { deps } = liuhen;
  const { ctxOf, actors } = players;
  const [first] = spec.handlers;
  const opened = await createCase(deps, ctxOf(first), {
    act: spec.act,
    procedure: spec.procedure,
    source: spec.source,
    ...(spec.realName === undefined ? {} : { realName: spec.realName }),
    cause: spec.cause,
    parties: spec.parties,
    handlerIds: spec.handlers.map((key) => actors[key].userId),
    confidentiality: [],
    unitId: players.unitIds[spec.unit],
    intake: spec.intake,
    ...(spec.emergency ? { emergency: spec.emergency } : {}),
  });
  const caseId = opened.id;

  const makeDocument = (document: DemoDocument, activityId?: string) =>
    createDocument(deps, ctxOf(first), {
      caseId,
      body: {
        typeCode: document.typeCode,
        ...(activityId ? { activityId } : {}),
        data: document.data,
        signatures: document.signatures,
        avRecordIds: [],
        finalise: true,
      },
    });

  async function takeStep(step: DemoStep): Promise<void> {
    switch (step.kind) {
      case 'activity': {
        const activity = await recordActivity(deps, ctxOf(first), {
          caseId,
          body: {
            type: step.type,
            startedAt: step.startedAt,
            ...(step.endedAt ? { endedAt: step.endedAt } : {}),
            place: step.place,
            officers: step.officers.map((key) => ({ userId: actors[key].userId, certificateShown: true })),
            parties: step.parties ?? [],
            witnesses: step.witnesses ?? [],
            rightsNotified: step.rightsNotified ?? [],
            ...(step.summary ? { summary: step.summary } : {}),
            avRecordIds: [],
          },
        });
        for (const document of step.documents ?? []) await makeDocument(document, activity.id);
        if (step.avException) {
          await recordActivityAvException(deps, ctxOf(first), {
            caseId,
            activityId: activity.id,
            body: step.avException,
          });
        }
        return;
      }
      case 'document':
        await makeDocument(step.document);
        return;
      case 'approval': {
        const proposed = await proposeApproval(deps, ctxOf(first), {
          caseId,
          body: { type: step.type, opinion: step.opinion, reasons: step.reasons },
        });
        const until = step.until ?? 'approved';
        if (until === 'proposed') {
          players.pendingApprovals.awaitingReview += 1;
          return;
        }
        await decideApproval(deps, ctxOf(reviewerFor(step.type, spec.unit)), {
          approvalId: proposed.id,
          step: 'review',
          body: { agree: true, opinion: step.reviewOpinion ?? '同意，请领导审批。' },
        });
        if (until === 'reviewed') {
          players.pendingApprovals.awaitingApproval += 1;
          return;
        }
        await decideApproval(deps, ctxOf('liuyang'), {
          approvalId: proposed.id,
          step: 'approve',
          body: { agree: true, opinion: step.approveOpinion ?? '同意。' },
        });
        return;
      }
      case 'transition': {
        const row = await liuhen.database.db
          .selectFrom('cases')
          .select('version')
          .where('id', '=', caseId)
          .executeTakeFirstOrThrow();
        await transitionCase(deps, ctxOf(step.by ?? first), {
          caseId,
          body: {
            action: step.action,
            expectedVersion: Number(row.version),
            ...(step.reason ? { reason: step.reason } : {}),
            ...(step.complainantNotice ? { complainantNotice: step.complainantNotice } : {}),
            ...(step.referredTo ? { referredTo: step.referredTo } : {}),
            // CLOSE-02: the demo opens its cases today, and an end date may not precede the opening, so its cases
            // end today (their closing reports keep the story's own 终结 dates).
            ...(step.action === 'close' || step.action === 'terminate'
              ? { endedOn: localDateOf(deps.clock.now()) }
              : {}),
          },
        });
        return;
      }
    }
  }

  for (const step of spec.steps) await takeStep(step);

  const final = await liuhen.database.db
    .selectFrom('cases')
    .select(['number', 'stage'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  if (final.stage !== spec.stage) {
    throw new Error(
      `演示案件 ${final.number} 停在 ${final.stage}，计划为 ${spec.stage} / demo case ended in the wrong stage`,
    );
  }
  return {
    number: final.number,
    cause: spec.cause,
    party: spec.parties[0]!.name,
    source: spec.source,
    procedure: spec.procedure,
    stage: spec.stage,
  };
}

/** APPR-01: legal affairs reviews where its chain allows (the decision), else the head of the case's unit. */
function reviewerFor(type: ApprovalType, unit: 'section1' | 'section2'): DemoPersonKey {
  const reviewers: readonly Role[] = approvalChains[type].reviewerRoles;
  return reviewers.includes('legalAffairs') ? 'chenjing' : unitHeadOf[unit];
}
