import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Dossier, DossierUpdate } from '#shared/dossiers/dossiers.schemas.js';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { useDossier } from '#web/features/dossiers/api/dossiers.js';
import { useDossierDraft } from '#web/features/dossiers/api/use-dossier-draft.js';
import { LevelTab } from '#web/features/dossiers/components/level-tab.js';
import { apiError, fakeServer, type SentRequest } from '../support/fake-server.js';
import { dossierFixture, ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

const rules = defaultRegimes.nd85.rules;
const assessed = (answers: unknown) => {
  const parsed = levelAnswersSchema.parse(answers);
  return { answers: parsed, ...determineLevel(rules, parsed) };
};

/** The portal's stored answers: an online service with public information, every question answered "Không". */
const stored = levelAnswersSchema.parse({ systemType: 'onlineService', informationTypes: ['public'] });

/**
 * The dossier API as the server behaves for the confirmation: `confirmLevelAnswers: true` sets the time,
 * answers changed without it clear it.
 */
function dossierServer() {
  let dossier: Dossier = dossierFixture({
    systems: [
      { systemId: ids.portal, name: 'Cổng thông tin điện tử xã', proposedLevel: 2, assessment: assessed(stored) },
    ],
  });
  const patches: SentRequest[] = [];
  fakeServer({
    [`GET /api/dossiers/${ids.dossier}`]: () => ({ body: dossier }),
    'POST /api/level-assessments': ({ body }) => ({
      body: determineLevel(rules, levelAnswersSchema.parse((body as { answers: unknown }).answers)),
    }),
    [`PATCH /api/dossiers/${ids.dossier}`]: (request) => {
      patches.push(request);
      const body = request.body as DossierUpdate;
      if (body.version !== dossier.version) return apiError(409, 'stale_version');
      const systems = body.systems
        ? dossier.systems.map((system) => {
            const sent = body.systems!.find((s) => s.systemId === system.systemId)?.answers;
            return sent ? { ...system, assessment: assessed(sent) } : system;
          })
        : dossier.systems;
      const changed = JSON.stringify(systems) !== JSON.stringify(dossier.systems);
      dossier = {
        ...dossier,
        systems,
        version: dossier.version + 1,
        levelAnswersConfirmedAt: body.confirmLevelAnswers
          ? '2026-12-05T03:00:00.000Z'
          : changed
            ? null
            : dossier.levelAnswersConfirmedAt,
      };
      return { body: dossier };
    },
  });
  return { patches };
}

function Editor({ dossier }: { dossier: Dossier }) {
  const editor = useDossierDraft(dossier, true);
  return <LevelTab dossier={dossier} draft={editor.draft} editable update={editor.update} prefill={editor.prefill} />;
}
function Page() {
  const dossier = useDossier(ids.dossier);
  return dossier.data ? <Editor dossier={dossier.data} /> : null;
}

const CONFIRM = 'Tôi đã đọc và xác nhận các câu trả lời';
const CONDITIONAL = 'Dịch vụ trực tuyến có thuộc danh mục ngành, nghề kinh doanh có điều kiện không?';
const confirmation = () => screen.getByTestId('answers-confirmation');

describe('the level tab and the confirmation of the answers', () => {
  it('asks to confirm, and asks again after an answer changed', async () => {
    const { patches } = dossierServer();
    const { user } = renderInApp(<Page />);
    await screen.findByTestId('answers-confirmation');
    expect(confirmation().dataset.confirmed).toBe('false');
    expect(within(confirmation()).getByText(/chưa được xác nhận/)).toBeTruthy();

    await user.click(within(confirmation()).getByRole('button', { name: CONFIRM }));
    await waitFor(() => expect(confirmation().dataset.confirmed).toBe('true'));
    expect(patches.map((p) => p.body)).toEqual([{ version: 1, confirmLevelAnswers: true }]);
    expect(within(confirmation()).getByText(/đã được xác nhận lúc 05\/12\/2026 10:00/)).toBeTruthy();

    // A changed answer needs confirming again: the tab says so at once, before the autosave.
    const { id } = screen.getByText(CONDITIONAL);
    const group = document.querySelector<HTMLElement>(`[aria-labelledby="${id}"]`)!;
    await user.click(within(group).getByLabelText('Có'));
    expect(confirmation().dataset.confirmed).toBe('false');
    expect(within(confirmation()).getByText(/cần được xác nhận lại/)).toBeTruthy();
    // The button waits for the autosave, which sends the answers without confirming them.
    expect(within(confirmation()).getByRole('button', { name: CONFIRM })).toHaveProperty('disabled', true);
    await waitFor(() => expect(patches).toHaveLength(2), { timeout: 4000 });
    expect(patches[1]!.body).not.toHaveProperty('confirmLevelAnswers');
    expect(patches[1]!.body).toMatchObject({ systems: [{ answers: { conditionalBusinessLine: true } }] });

    const button = await within(confirmation()).findByRole('button', { name: CONFIRM });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    expect(within(confirmation()).getByText(/chưa được xác nhận/)).toBeTruthy();
    await user.click(button);
    await waitFor(() => expect(confirmation().dataset.confirmed).toBe('true'));
    expect(patches[2]!.body).toEqual({ version: 3, confirmLevelAnswers: true });
  });
});

describe('the explanation of the level', () => {
  it('carries the required mark, from the regime data the checklist and the server use', async () => {
    dossierServer();
    renderInApp(<Page />);
    await screen.findByTestId('answers-confirmation');
    const label = document.querySelector('label[for="level-levelExplanation"]');
    expect(label?.className).toContain('ant-form-item-required');
  });
});
