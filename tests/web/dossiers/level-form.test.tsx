import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { LevelDraft } from '#web/features/dossiers/components/level-questions.js';
import { LevelForm } from '#web/features/dossiers/components/level-form.js';
import { apiError, fakeServer, type Reply } from '../support/fake-server.js';
import type { UserEvent } from '@testing-library/user-event';
import { renderInApp } from '../support/render.js';
import { answerTheRestNo, unansweredGroups } from './answer-questions.js';

/** POST /api/level-assessments as the server answers it from the regime's rules. */
const assessLikeTheServer = ({ body }: { body: unknown }): Reply => {
  const { regime, answers } = body as { regime: RegimeId; answers: unknown };
  return { body: determineLevel(defaultRegimes[regime].rules, levelAnswersSchema.parse(answers)) };
};

function GuidedForm({ regime = 'nd85' }: { regime?: RegimeId }) {
  const [draft, setDraft] = useState<LevelDraft>({});
  return <LevelForm regime={regime} draft={draft} onChange={setDraft} idPrefix="test" />;
}

const question = (label: string) => screen.queryByText(label);
/**
 * The choices a question labels (its aria-labelledby), found from the question's text. Cheaper than
 * getByRole('radiogroup', { name }), which computes every group's name each time; the first test
 * checks once that the groups are named so.
 */
const group = (label: string) => {
  const { id } = screen.getByText(label);
  return document.querySelector<HTMLElement>(`[aria-labelledby="${id}"]`)!;
};
const choose = (user: UserEvent, label: string, choice: string) =>
  user.click(within(group(label)).getByLabelText(choice));
const SYSTEM_TYPE = 'Hệ thống phục vụ mục đích gì?';
const INFORMATION = 'Hệ thống xử lý những loại thông tin nào?';
const DEFENCE = 'Hệ thống có phục vụ quốc phòng, an ninh không?';
const HARM = 'Nếu bị tấn công, phá hoại, hệ thống gây tổn hại tới quốc phòng, an ninh quốc gia ở mức nào?';
const ONLINE_GRADE = 'Hệ thống cung cấp dịch vụ công trực tuyến ở mức độ nào?';
const CONDITIONAL = 'Dịch vụ trực tuyến có thuộc danh mục ngành, nghề kinh doanh có điều kiện không?';
const USERS = 'Hệ thống xử lý thông tin riêng, thông tin cá nhân của bao nhiêu người sử dụng?';
const SCOPE = 'Hạ tầng thông tin phục vụ trong phạm vi nào?';
const DESIGNATED = 'Cấp độ do Thủ tướng Chính phủ quyết định (nếu có)';
const RISK_LEVEL = 'Cấp độ theo kết quả đánh giá rủi ro (nếu có)';

/** The ids of the matched rules, in the order the result lists them. */
const listedRules = () =>
  within(screen.getByTestId('level-result'))
    .queryAllByRole('listitem')
    .map((item) => item.getAttribute('data-rule-id'));
const progress = () => screen.getByTestId('level-progress').textContent;

async function answerTypeAndInformation(user: UserEvent, type: string, info: string[]) {
  await choose(user, SYSTEM_TYPE, type);
  for (const name of info) await user.click(within(group(INFORMATION)).getByLabelText(name));
}

describe('the guided level form', () => {
  it('starts with the type and the information, then asks only what matters for them, nothing preset', async () => {
    fakeServer({ 'POST /api/level-assessments': assessLikeTheServer });
    const { user, container } = renderInApp(<GuidedForm />);
    expect(screen.getByText('Chọn loại hệ thống và loại thông tin để tiếp tục.')).toBeTruthy();
    expect(screen.getByText('Chọn loại hệ thống và ít nhất một loại thông tin để xem cấp độ.')).toBeTruthy();
    expect(question(DEFENCE)).toBeNull();
    // Each question names its choices, for a screen reader as for the eye.
    expect(screen.getByRole('radiogroup', { name: SYSTEM_TYPE })).toBe(group(SYSTEM_TYPE));
    expect(screen.getByRole('group', { name: INFORMATION })).toBe(group(INFORMATION));
    expect(progress()).toContain('0/2 câu đã trả lời');

    await answerTypeAndInformation(user, 'Phục vụ hoạt động nội bộ', ['Thông tin công cộng']);

    expect(question(DEFENCE)).toBeTruthy();
    for (const irrelevant of [ONLINE_GRADE, USERS, SCOPE, HARM, RISK_LEVEL]) expect(question(irrelevant)).toBeNull();
    // No answer is preset: the yes/no questions start with nothing chosen.
    expect(within(group(DEFENCE)).getByLabelText('Có')).toHaveProperty('checked', false);
    expect(within(group(DEFENCE)).getByLabelText('Không')).toHaveProperty('checked', false);
    expect(unansweredGroups(container)).toHaveLength(4);
    expect(progress()).toContain('2/6 câu đã trả lời');
    // The question's legal basis is its help.
    expect(screen.getByText('Căn cứ: Khoản 2 Điều 11 Nghị định 85/2016/NĐ-CP')).toBeTruthy();

    // Already now the rule every answer keeps is shown, provisionally.
    const result = screen.getByTestId('level-result');
    expect(within(result).getByTestId('level-value').textContent).toBe('Cấp độ 1');
    expect(within(result).getByText('Tạm tính: còn 4 câu hỏi chưa trả lời.')).toBeTruthy();
    expect(within(result).getByText('Điều 7 Nghị định 85/2016/NĐ-CP')).toBeTruthy();
    expect(within(result).getByText('Hệ thống phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng.')).toBeTruthy();

    await answerTheRestNo(user, container);
    expect(progress()).toContain('6/6 câu đã trả lời');
    expect(within(result).queryByText(/Tạm tính/)).toBeNull();
    expect(await within(result).findByText('Đã đối chiếu với máy chủ', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('shows and hides questions as the answers change, and the result follows', async () => {
    fakeServer({ 'POST /api/level-assessments': assessLikeTheServer });
    const { user } = renderInApp(<GuidedForm />);
    await answerTypeAndInformation(user, 'Phục vụ hoạt động nội bộ', ['Thông tin công cộng']);

    await choose(user, SYSTEM_TYPE, 'Phục vụ người dân, doanh nghiệp');
    expect(question(ONLINE_GRADE)).toBeTruthy();
    expect(question(SCOPE)).toBeNull();
    // The harm is asked once "defence or security" opens it.
    expect(question(HARM)).toBeNull();

    await choose(user, DEFENCE, 'Có');
    await choose(user, HARM, 'Gây tổn hại nghiêm trọng');
    expect(screen.getByTestId('level-value').textContent).toBe('Cấp độ 4');
    // Every matched rule is listed, the decisive (highest) first.
    expect(listedRules()[0]).toBe('R13');
    expect(listedRules()).toContain('R3');
    expect(screen.getByText('cấp độ cao nhất, quyết định kết quả')).toBeTruthy();

    await choose(user, DEFENCE, 'Không');
    expect(question(HARM)).toBeNull();
    expect(listedRules()).not.toContain('R13');

    await choose(user, SYSTEM_TYPE, 'Hạ tầng thông tin dùng chung');
    expect(question(ONLINE_GRADE)).toBeNull();
    expect(question(SCOPE)).toBeTruthy();
  });

  it('folds away the questions an answer has outranked', async () => {
    fakeServer({ 'POST /api/level-assessments': assessLikeTheServer });
    const { user } = renderInApp(<GuidedForm />);
    await answerTypeAndInformation(user, 'Phục vụ người dân, doanh nghiệp', ['Thông tin công cộng']);
    expect(question(CONDITIONAL)).toBeTruthy();
    expect(question(DEFENCE)).toBeTruthy();

    await choose(user, DESIGNATED, 'Cấp độ 5');
    // Level 5 by designation: no other answer can change it, those questions are folded away.
    expect(question(CONDITIONAL)).toBeNull();
    expect(question(DEFENCE)).toBeNull();
    expect(question(DESIGNATED)).toBeTruthy();
    expect(screen.getByText(/^Câu hỏi không còn ảnh hưởng đến cấp độ \(\d+\)$/)).toBeTruthy();
    expect(progress()).toContain('3/3 câu đã trả lời');
    expect(screen.getByTestId('level-value').textContent).toBe('Cấp độ 5');
    expect(listedRules()[0]).toBe('R21');
    expect(await screen.findByText('Đã đối chiếu với máy chủ', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('reads a user count as typed and shows it grouped the Vietnamese way', async () => {
    fakeServer({ 'POST /api/level-assessments': assessLikeTheServer });
    const { user } = renderInApp(<GuidedForm />);
    await answerTypeAndInformation(user, 'Phục vụ người dân, doanh nghiệp', ['Thông tin cá nhân']);
    const users = screen.getByLabelText(USERS);
    // Not preset either: the count starts empty and no count rule matches yet.
    expect((users as HTMLInputElement).value).toBe('');
    expect(listedRules()).not.toContain('R5');

    await user.type(users, '25000');
    await user.tab();

    expect((users as HTMLInputElement).value).toBe('25.000');
    expect(screen.getByTestId('level-value').textContent).toBe('Cấp độ 3');
    expect(listedRules()).toContain('R10');
    expect(listedRules()).not.toContain('R5');
  });

  it('asks an "other" system for its risk-assessed level under Decree 331', async () => {
    fakeServer({ 'POST /api/level-assessments': assessLikeTheServer });
    const { user } = renderInApp(<GuidedForm regime="nd331" />);
    await answerTypeAndInformation(user, 'Loại khác', ['Thông tin công cộng']);
    expect(question(RISK_LEVEL)).toBeTruthy();
  });

  it("shows the server's answer where it differs from the browser's (a corrected rule)", async () => {
    const corrected = { ...defaultRegimes.nd85.rules.find((rule) => rule.id === 'R1')!, level: 2 };
    fakeServer({
      'POST /api/level-assessments': () => ({
        body: {
          level: 2,
          matchedRules: [{ ruleId: 'R1', level: 2, citation: corrected.citation, explanation: corrected.explanation }],
        },
      }),
    });
    const { user, container } = renderInApp(<GuidedForm />);
    await answerTypeAndInformation(user, 'Phục vụ hoạt động nội bộ', ['Thông tin công cộng']);
    await answerTheRestNo(user, container);
    const result = screen.getByTestId('level-result');
    expect(within(result).getByTestId('level-value').textContent).toBe('Cấp độ 1');

    await within(result).findByText('Đã đối chiếu với máy chủ', {}, { timeout: 3000 });
    expect(within(result).getByTestId('level-value').textContent).toBe('Cấp độ 2');
  });

  it("keeps the browser's result, and says so, when the server cannot be asked", async () => {
    fakeServer({ 'POST /api/level-assessments': () => apiError(500, 'internal') });
    const { user, container } = renderInApp(<GuidedForm />);
    await answerTypeAndInformation(user, 'Loại khác', ['Thông tin công cộng']);
    await answerTheRestNo(user, container);
    const result = screen.getByTestId('level-result');
    expect(await within(result).findByText(/Chưa đối chiếu được với máy chủ/, {}, { timeout: 3000 })).toBeTruthy();
    // Decree 85 has no rule for an "other" system with public information.
    expect(within(result).getByText('Chưa xác định được cấp độ')).toBeTruthy();
    expect(within(result).getByText(/Chưa có tiêu chí nào khớp/)).toBeTruthy();
  });
});
