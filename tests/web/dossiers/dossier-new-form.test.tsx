import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { DossierNewForm } from '#web/features/dossiers/components/dossier-new-form.js';
import { fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { dossierFixture, ids, organisationFixture, systemFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';
import { answerTheRestNo, unansweredGroups } from './answer-questions.js';

const assessLikeTheServer = ({ body }: { body: unknown }): Reply => {
  const { regime, answers } = body as { regime: RegimeId; answers: unknown };
  return { body: determineLevel(defaultRegimes[regime].rules, levelAnswersSchema.parse(answers)) };
};

/** "Xác định cấp độ" from the commune's web portal (an online service with public information). */
function openForm() {
  const created: SentRequest[] = [];
  fakeServer({
    'GET /api/systems': () => ({ body: { items: [systemFixture()], total: 1, limit: 100, offset: 0 } }),
    'GET /api/dossiers': () => ({ body: { items: [], total: 0, limit: 100, offset: 0 } }),
    'POST /api/level-assessments': assessLikeTheServer,
    'POST /api/dossiers': (request) => {
      created.push(request);
      return { status: 201, body: dossierFixture() };
    },
  });
  const onCreated = vi.fn();
  const view = renderInApp(
    <DossierNewForm
      organisations={[organisationFixture()]}
      defaultOperatorId={ids.operator}
      presetSystemId={ids.portal}
      onCancel={() => undefined}
      onCreated={onCreated}
    />,
  );
  return { ...view, created, onCreated };
}

const CONTINUE = 'Tiếp tục';
const CONFIRM = 'Tôi đã đọc và xác nhận các câu trả lời';

describe('a new dossier starts with the level questions', () => {
  it('does not continue while a question is unanswered, and marks the ones left', async () => {
    const { user } = openForm();
    const questions = await screen.findByTestId('system-level');
    // The system's record answers the type, the information and its counts; nothing else is preset.
    expect(unansweredGroups(questions).length).toBeGreaterThan(2);
    const [answered, total] = within(questions).getByTestId('level-progress').textContent.match(/\d+/g)!.map(Number);
    expect(total! - answered!).toBe(unansweredGroups(questions).length);

    await user.click(screen.getByRole('button', { name: CONTINUE }));
    expect(screen.getAllByText(/^Còn \d+ câu hỏi chưa trả lời\.$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Chưa trả lời câu hỏi này.').length).toBe(unansweredGroups(questions).length);
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).toBeNull();
  });

  it('creates the dossier with the answers confirmed, after the officer reads them back', async () => {
    const { user, created, onCreated } = openForm();
    const questions = await screen.findByTestId('system-level');
    await user.click(screen.getByRole('radio', { name: 'Nghị định 85/2016/NĐ-CP' }));
    await answerTheRestNo(user, questions);
    expect(unansweredGroups(questions)).toEqual([]);
    expect(screen.getByText('Đã trả lời đủ các câu hỏi.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: CONTINUE }));

    // The confirm step: the answers and the level with its rule, read back.
    const summary = await screen.findByTestId('confirm-system');
    expect(within(summary).getByTestId('level-value').textContent).toBe('Cấp độ 2');
    expect(within(summary).getByText('Điểm a khoản 2 Điều 8 Nghị định 85/2016/NĐ-CP')).toBeTruthy();
    expect(screen.getByLabelText('Tên hồ sơ')).toHaveProperty(
      'value',
      'Hồ sơ đề xuất cấp độ Cổng thông tin điện tử xã Định Bình',
    );

    // Not without the confirmation.
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(screen.getByText('Hãy xác nhận các câu trả lời trước khi tạo hồ sơ.')).toBeTruthy();
    expect(created).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: CONFIRM }));
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(created).toHaveLength(1);
    const body = created[0]!.body as {
      confirmLevelAnswers: boolean;
      systems: Array<{ systemId: string; answers: unknown }>;
    };
    expect(body.confirmLevelAnswers).toBe(true);
    expect(body.systems).toEqual([
      {
        systemId: ids.portal,
        answers: expect.objectContaining({ systemType: 'onlineService', conditionalBusinessLine: false }),
      },
    ]);
  });
});
