import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { dossierCompleteness } from '#shared/dossiers/dossier-completeness.js';
import type { CompletenessTab } from '#shared/dossiers/dossier-completeness.schemas.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { TransitionBody } from '#shared/dossiers/transition-body.schemas.js';
import { lookup } from '#shared/i18n/translate.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { CompletenessChecklist, targetOf } from '#web/features/dossiers/components/completeness-checklist.js';
import { TransitionForm } from '#web/features/dossiers/components/transition-form.js';
import { ApiError } from '#web/lib/api-error.js';
import { dossierFixture, ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

const text = (key: string, vars?: Record<string, string | number>) => lookup('vi', key, vars) ?? key;

/** What the server computes for a dossier of nd331 at level 2 with only its scope written. */
const incomplete = dossierCompleteness({
  regime: defaultRegimes.nd331,
  content: dossierContentSchema.parse({ overview: { scope: 'Toàn xã' } }),
  systems: [{ name: 'Cổng thông tin điện tử xã', proposedLevel: null }],
  proposedLevel: null,
  levelAnswersConfirmedAt: null,
  attachmentCount: 0,
});

/** The checklist above a stand-in of the plan tab's field, as the dossier page holds them. */
function Page({ onOpenTab }: { onOpenTab: (tab: CompletenessTab) => void }) {
  const [tab, setTab] = useState<CompletenessTab>('overview');
  return (
    <>
      <CompletenessChecklist
        completeness={incomplete}
        systemIds={[ids.portal]}
        onOpenTab={(next) => (onOpenTab(next), setTab(next))}
      />
      {/* Like antd's Tabs: a tab's fields exist once it is shown. */}
      {tab === 'plan' && <textarea id="plan-operation" aria-label="Bảo đảm an toàn trong vận hành" />}
    </>
  );
}

describe('the completeness checklist', () => {
  it('lists every missing part under its tab, each a link', () => {
    renderInApp(<Page onOpenTab={() => undefined} />);
    const list = screen.getByRole('region', { name: text('ui.dossier.completeness.title') });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(list).getByText(text('ui.dossier.completeness.title'))).toBeTruthy();
    expect(
      within(list).getByText(text('ui.dossier.completeness.missingCount', { count: incomplete.missing.length })),
    ).toBeTruthy();
    const sections = within(list).getAllByRole('region');
    expect(sections.map((section) => section.getAttribute('aria-label'))).toEqual(
      ['overview', 'level', 'plan', 'attachments'].map((tab) => text(`ui.dossier.tabs.${tab}`)),
    );
    const links = within(list).getAllByRole('button');
    expect(links.map((link) => link.textContent)).toEqual(incomplete.missing.map((item) => item.label.vi));
    const plan = sections.find((section) => section.getAttribute('aria-label') === text('ui.dossier.tabs.plan'))!;
    expect(within(plan).getByRole('button', { name: 'Đáp ứng yêu cầu cơ bản: Quản lý rủi ro an toàn thông tin' }));
    const level = sections.find((section) => section.getAttribute('aria-label') === text('ui.dossier.tabs.level'))!;
    expect(
      within(level)
        .getAllByRole('button')
        .map((link) => link.textContent),
    ).toEqual([
      'Cấp độ của hệ thống "Cổng thông tin điện tử xã"',
      text('ui.dossier.completeness.confirmation'),
      'Thuyết minh đề xuất cấp độ',
      'Nhận diện rủi ro sơ bộ',
    ]);
  });

  it('a link opens its tab and puts the cursor in the field', async () => {
    const onOpenTab = vi.fn();
    const { user } = renderInApp(<Page onOpenTab={onOpenTab} />);
    expect(document.getElementById('plan-operation')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Phương án bảo đảm an toàn thông tin: Bảo đảm an toàn trong vận hành' }),
    );
    expect(onOpenTab).toHaveBeenCalledWith('plan');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Bảo đảm an toàn trong vận hành' })),
    );
    await user.click(screen.getByRole('button', { name: text('ui.dossier.completeness.attachments') }));
    expect(onOpenTab).toHaveBeenLastCalledWith('attachments');
  });

  it('every missing key points at a field the tabs render, or at the tab itself', () => {
    const targets = incomplete.missing.map((item) => [item.key, targetOf(item.key, [ids.portal])]);
    expect(Object.fromEntries(targets)).toMatchObject({
      'content.overview.scale': '#overview-scale',
      'content.design.description': '#design-description',
      'content.levelExplanation': '#level-levelExplanation',
      'content.securityPlan.parts.endOfLife': '#plan-endOfLife',
      'content.securityPlan.requirements.data': '#requirement-note-data',
      'systems[0].answers': `[data-testid="system-level"][data-system-id="${ids.portal}"]`,
      attachments: undefined,
    });
  });

  it('a complete dossier says it can be submitted', () => {
    renderInApp(
      <CompletenessChecklist completeness={{ complete: true, missing: [] }} systemIds={[]} onOpenTab={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toBe(text('ui.dossier.completeness.complete'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

it('a submit the server refuses lists every missing part in the dialog', async () => {
  const issues = [
    { path: 'content.riskIdentification', message: 'Chưa hoàn thành: Nhận diện rủi ro sơ bộ.' },
    { path: 'attachments', message: 'Chưa hoàn thành: Ít nhất một tài liệu đính kèm (hồ sơ thiết kế).' },
  ];
  const onConfirm = vi.fn<(body: TransitionBody) => Promise<void>>(() =>
    Promise.reject(new ApiError(400, 'validation_failed', text('errors.validation_failed'), issues)),
  );
  const { user } = renderInApp(
    <TransitionForm
      action="submit"
      dossier={dossierFixture({ proposedLevel: 2 })}
      onCancel={() => undefined}
      onConfirm={onConfirm}
    />,
  );
  const form = screen.getByRole('form', { name: text('ui.dossier.actions.submit') });
  await user.click(within(form).getByRole('button', { name: text('ui.dossier.actions.submit') }));
  const refusal = await screen.findByTestId('transition-refusals');
  expect(within(refusal).getByText(text('ui.dossier.completeness.refused'))).toBeTruthy();
  expect(
    within(refusal)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(issues.map((issue) => issue.message));
});
