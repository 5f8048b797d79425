import type { NotificationKind } from '#shared/notifications/notifications.schemas.js';
import type { Db } from '../../db/open-db.js';
import type { DossierRecord } from '../dossiers/queries.js';
import type { WorkflowEvent } from './read-workflow-events.js';
import { peopleOverUnit, whoCanAct } from './who-can-act.js';

export interface Recipients {
  kind: NotificationKind;
  userIds: string[];
}

const idsOf = async (actors: Promise<Array<{ userId: string }>>) => (await actors).map((actor) => actor.userId);

/** Whoever prepared the dossier, in any round, and whoever submitted it: the people a return sends back to work. */
function preparersAndSubmitters(record: DossierRecord): string[] {
  const { facts, dossier } = record;
  return [...facts.preparers, ...facts.submitters, dossier.preparedBy, dossier.submittedBy].filter((id): id is string =>
    Boolean(id),
  );
}

/**
 * Who is told about one step, by kind. Whoever must act next is asked of the dossier policy (whoCanAct) on the
 * dossier as it stands when the event is read: a step already taken by someone else by then needs nobody told.
 * The person who took the step is never told of it.
 */
export async function recipientsOf(db: Db, event: WorkflowEvent, record: DossierRecord): Promise<Recipients[]> {
  const unsuitable = event.status === 'returned';
  const found: Recipients[] = [];
  switch (event.action) {
    case 'submit':
      found.push({
        kind: 'submitted',
        userIds: await idsOf(whoCanAct(db, record, ['appraise', 'recordExternalAppraisal', 'return'])),
      });
      break;
    case 'return':
      found.push({ kind: 'returned', userIds: preparersAndSubmitters(record) });
      break;
    case 'appraise':
    case 'recordExternalAppraisal':
      // An appraisal that finds the dossier unsuitable sends it back, as a return does.
      if (unsuitable) found.push({ kind: 'returned', userIds: preparersAndSubmitters(record) });
      else found.push({ kind: 'appraised', userIds: await idsOf(whoCanAct(db, record, ['approve'])) });
      break;
    case 'approve':
      found.push({ kind: 'approved', userIds: await peopleOverUnit(db, record, ['officer', 'reporter']) });
      break;
    case 'requestOpinion':
      found.push({ kind: 'opinionRequested', userIds: await idsOf(whoCanAct(db, record, ['giveOpinion'])) });
      break;
  }
  return found.map(({ kind, userIds }) => ({
    kind,
    userIds: [...new Set(userIds)].filter((id) => id !== event.actorUserId),
  }));
}
