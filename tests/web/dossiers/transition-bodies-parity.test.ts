// The web half of the parity proof: every body of the table derived from the one contract per action
// (tests/support/transition-body-cases.ts) goes through the transition dialog's own validation, and the
// dialog must accept exactly the bodies the contract accepts and refuse the others on the same fields with
// the same Vietnamese reasons. The server half (tests/server/dossiers/transition-bodies-parity.test.ts)
// posts the same bodies to the API and holds it to the same verdicts: so the dialog and the server agree.
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { dossierActions } from '#shared/dossiers/dossier-workflow.js';
import {
  transitionResolver,
  type TransitionFormValues,
} from '#web/features/dossiers/components/transition-resolver.js';
import { casesFor, verdictOf, type CaseIssue } from '../../support/transition-body-cases.js';

/** The resolver's errors as field issues: `conclusions.level`, and `body` for the body as a whole. */
function issuesOf(errors: FieldErrors, prefix = ''): CaseIssue[] {
  return Object.entries(errors).flatMap(([key, error]) => {
    const path = prefix && key ? `${prefix}.${key}` : prefix || key || 'body';
    if (error && typeof error === 'object' && typeof error.message === 'string')
      return [{ path, message: error.message }];
    return error && typeof error === 'object' ? issuesOf(error as FieldErrors, path) : [];
  });
}

/** The dialog shows one reason per field: the contract's first for that field. */
const firstPerField = (issues: CaseIssue[]) =>
  issues.filter((issue, index) => issues.findIndex((other) => other.path === issue.path) === index);

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<TransitionFormValues>;

describe.each(dossierActions)('the %s dialog validates with its contract', (action) => {
  // A dialog is opened for one action: it never sends another one (the cases that vary the action
  // itself are the server's alone). Its version is the dossier's, passed to the resolver as given here.
  const cases = casesFor(action).filter((item) => item.body.action === action);

  it('has bodies it takes and bodies it refuses', () => {
    expect(cases.some((item) => item.accepted)).toBe(true);
    expect(cases.some((item) => !item.accepted)).toBe(true);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const values = Object.fromEntries(
      Object.entries(item.body).filter(([key]) => key !== 'action' && key !== 'version'),
    );
    const resolve = transitionResolver(action, item.body.version as number, 'vi');
    const result = await resolve(values, undefined, options);
    expect(issuesOf(result.errors)).toEqual(firstPerField(item.issues));
    if (item.accepted) {
      // What the dialog sends is the parsed body: the contract (and so the server) takes it as it is.
      expect(result.values).toMatchObject({ action, version: item.body.version });
      expect(verdictOf(result.values)).toEqual({ accepted: true, issues: [] });
    }
  });
});
