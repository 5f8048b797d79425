import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { dossierActions, type DossierAction } from '#shared/dossiers/dossier-workflow.js';
import {
  transitionBodySchema,
  transitionFieldNeeds,
  type TransitionBody,
} from '#shared/dossiers/transition-body.schemas.js';
import { lookup } from '#shared/i18n/translate.js';
import { TransitionForm } from '#web/features/dossiers/components/transition-form.js';
import { dossierFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/**
 * Each transition dialog as a person meets it: what it asks for (read from the action's contract),
 * filled in by typing and clicking, and what it hands on to be sent. The body must parse with the
 * shared transition schema the server validates with: this test fails if a dialog would send a body
 * the server refuses.
 */
const text = (key: string) => lookup('vi', key) ?? key;
const conclusionKeys = ['level', 'designPlan', 'operationPlan'] as const;
const documentKind = (action: DossierAction) =>
  action === 'approve' ? 'decision' : action === 'submit' ? 'submission' : 'document';
const labels = (action: DossierAction) => ({
  comment: text(`ui.dossier.commentLabel.${action}`),
  documentNumber: text(`ui.dossier.documentNumber.${documentKind(action)}`),
  documentDate: text(`ui.dossier.documentDate.${documentKind(action)}`),
});

const filled = {
  comment: 'Đã xem xét đầy đủ hồ sơ.',
  documentNumber: '45/STTTT-ATTT',
  typedDate: '02/06/2023',
  documentDate: '2023-06-02',
};

function openDialog(action: DossierAction) {
  const onConfirm = vi.fn<(body: TransitionBody) => Promise<void>>(() => Promise.resolve());
  const dossier = dossierFixture({
    proposedLevel: 2,
    systems: [
      {
        systemId: dossierFixture().systems[0]!.systemId,
        name: 'Cổng thông tin điện tử xã',
        proposedLevel: 2,
        assessment: null,
      },
    ],
  });
  const view = renderInApp(
    <TransitionForm action={action} dossier={dossier} onCancel={() => undefined} onConfirm={onConfirm} />,
  );
  const form = screen.getByRole('form', { name: text(`ui.dossier.actions.${action}`) });
  const confirm = () =>
    view.user.click(within(form).getByRole('button', { name: text(`ui.dossier.actions.${action}`) }));
  return { ...view, form, onConfirm, confirm, dossier };
}

/**
 * Types a date into antd's date picker and confirms it with Enter, as a person does (and as the
 * browser tests do). The picker keeps a typed date pending until Enter or leaving the field; in
 * happy-dom Enter commits it just as in a browser, and the dialog stops Enter from also submitting.
 */
async function typeDate(user: UserEvent, input: HTMLElement, typed: string) {
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${typed}{Enter}`);
}

/** Fills every field the dialog shows, as a person would. */
async function fillIn(user: UserEvent, form: HTMLElement, action: DossierAction, conclusion = 'Phù hợp') {
  const needs = transitionFieldNeeds(action);
  const label = labels(action);
  if (needs.conclusions !== 'absent')
    for (const key of conclusionKeys) {
      const group = within(form).getByRole('radiogroup', { name: text(`ui.dossier.conclusions.${key}`) });
      await user.click(within(group).getByRole('radio', { name: key === 'designPlan' ? conclusion : 'Phù hợp' }));
    }
  if (needs.documentNumber !== 'absent') {
    const input = within(form).getByLabelText(label.documentNumber);
    await user.clear(input);
    await user.type(input, filled.documentNumber);
  }
  if (needs.documentDate !== 'absent')
    await typeDate(user, within(form).getByLabelText(label.documentDate), filled.typedDate);
  if (needs.comment !== 'absent') await user.type(within(form).getByLabelText(label.comment), filled.comment);
}

describe.each(dossierActions)('the %s dialog', (action) => {
  const needs = transitionFieldNeeds(action);
  const label = labels(action);

  it("asks for what the action's contract has, marking what it requires", () => {
    const { form } = openDialog(action);
    for (const field of ['comment', 'documentNumber', 'documentDate'] as const) {
      const input = within(form).queryByLabelText(label[field]);
      if (needs[field] === 'absent') {
        expect(input, field).toBeNull();
        continue;
      }
      expect(input, field).not.toBeNull();
      expect(input!.getAttribute('aria-required'), field).toBe(needs[field] === 'required' ? 'true' : null);
      // antd's required mark sits on the label.
      expect(within(form).getByText(label[field]).closest('label')!.className.includes('required'), field).toBe(
        needs[field] === 'required',
      );
    }
    const groups = within(form).queryAllByRole('radiogroup');
    expect(groups).toHaveLength(needs.conclusions === 'absent' ? 0 : 3);
    // The help under an optional number says what leaving it empty means.
    if (action === 'approve')
      expect(within(form).getByText(text('ui.dossier.decisionNumberFromRegister'))).toBeTruthy();
    if (action === 'submit') expect(within(form).getByText(text('ui.dossier.submissionNumberHelp'))).toBeTruthy();
  });

  it('sends exactly a body of its contract, which the server-side schema accepts', async () => {
    const { user, form, onConfirm, confirm, dossier } = openDialog(action);
    await fillIn(user, form, action);
    await confirm();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    const body = onConfirm.mock.calls[0]![0];
    expect(transitionBodySchema.safeParse(body).success).toBe(true);
    const expected: Record<string, unknown> = { action, version: dossier.version };
    if (needs.conclusions !== 'absent')
      expected.conclusions = { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' };
    if (needs.documentNumber !== 'absent') expected.documentNumber = filled.documentNumber;
    if (needs.documentDate !== 'absent') expected.documentDate = filled.documentDate;
    if (needs.comment !== 'absent') expected.comment = filled.comment;
    expect(JSON.parse(JSON.stringify(body))).toEqual(expected);
  });

  const required = (['conclusions', 'documentNumber', 'documentDate', 'comment'] as const).filter(
    (field) => needs[field] === 'required',
  );
  // requestOpinion, submit and withdraw require nothing beyond the action itself.
  if (required.length === 0) return;
  it(`refuses to go without ${required.join(', ')}, saying why in Vietnamese`, async () => {
    const { user, form, onConfirm, confirm } = openDialog(action);
    // The decision's date starts at today: empty it with the picker's clear button, as a person would.
    if (action === 'approve') {
      const date = within(form).getByLabelText(label.documentDate);
      expect((date as HTMLInputElement).value).toBe(todayInVietnam().split('-').reverse().join('/'));
      await user.click(within(form).getByRole('button', { name: 'Xóa' }));
      expect((date as HTMLInputElement).value).toBe('');
    }
    await confirm();
    const reason = action === 'return' ? text('validation.returnReasonsRequired') : text('validation.required');
    const shown = await within(form).findAllByText(reason);
    const expectedCount = required.reduce((sum, field) => sum + (field === 'conclusions' ? 3 : 1), 0);
    expect(shown).toHaveLength(expectedCount);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

it.each(['appraise', 'recordExternalAppraisal'] as const)(
  '%s: an "unsuitable" conclusion warns it goes back and needs the reasons before anything is sent',
  async (action) => {
    const { user, form, onConfirm, confirm } = openDialog(action);
    const needs = transitionFieldNeeds(action);
    await fillIn(user, form, action, 'Không phù hợp');
    const comment = within(form).getByLabelText(labels(action).comment);
    await user.clear(comment);
    expect(within(form).getByText(text('ui.dossier.unsuitableGoesBack'))).toBeTruthy();
    await confirm();
    expect(await within(form).findByText(text('validation.unsuitableReasonsRequired'))).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(comment, 'Phương án thiết kế thiếu sao lưu.');
    await confirm();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    const body = transitionBodySchema.parse(onConfirm.mock.calls[0]![0]);
    expect(body).toMatchObject({
      action,
      conclusions: { level: 'suitable', designPlan: 'unsuitable', operationPlan: 'suitable' },
      comment: 'Phương án thiết kế thiếu sao lưu.',
    });
    expect(needs.comment).toBe('optional');
  },
);

it('approve: a number left empty is left to the register, and a date after today is refused', async () => {
  const { user, form, onConfirm, confirm } = openDialog('approve');
  const date = within(form).getByLabelText(labels('approve').documentDate);
  await typeDate(user, date, '01/01/2099');
  await confirm();
  expect(await within(form).findByText(text('validation.dateInFuture'))).toBeTruthy();
  expect(onConfirm).not.toHaveBeenCalled();

  await typeDate(user, date, filled.typedDate);
  await confirm();
  await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  const body = onConfirm.mock.calls[0]![0];
  expect(JSON.parse(JSON.stringify(body))).toEqual({
    action: 'approve',
    version: 1,
    documentDate: '2023-06-02',
    comment: '',
  });
});
