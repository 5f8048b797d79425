import type { DossierEvent } from './types.js';

/** "return", "dossier.return" and "dossier:return" all name the action "return". */
export const actionNameOf = (action: string): string => action.split(/[.:/]/).pop() ?? action;

const wentBackToOperator = ({ after }: DossierEvent) =>
  after !== null && 'status' in after && after.status === 'returned';

/**
 * The latest request for revision: a "return", or an appraisal concluding "không phù hợp" (which
 * also sends the dossier back). Its comment holds the reviewer's reasons.
 */
export function latestReturnOf(events: readonly DossierEvent[]): DossierEvent | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i]!;
    const name = actionNameOf(event.action);
    if (name === 'submit') return null;
    if (name === 'return' || ((name === 'appraise' || name === 'recordExternalAppraisal') && wentBackToOperator(event)))
      return event;
  }
  return null;
}

/** Has the dossier ever been sent back (for the "Yêu cầu bổ sung" step)? */
export const timesReturned = (events: readonly DossierEvent[]) =>
  events.filter((event) => {
    const name = actionNameOf(event.action);
    return (
      name === 'return' || ((name === 'appraise' || name === 'recordExternalAppraisal') && wentBackToOperator(event))
    );
  }).length;
