import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The neutral choice of each kind of question, as the form labels it. */
const neutralChoices = [
  'Không',
  'Không có',
  'Chưa đánh giá hoặc không cao hơn',
  'Không cung cấp dịch vụ công trực tuyến',
  'Không gây tổn hại',
  'Chưa xác định',
];

/** The level questions shown in `scope` that have no answer yet (radio groups with nothing chosen). */
export const unansweredGroups = (scope: HTMLElement) =>
  [...scope.querySelectorAll<HTMLElement>('.level-question [role="radiogroup"]')].filter(
    (group) => !group.querySelector('input:checked'),
  );

/** Answers every question still open in `scope` with its neutral choice, as a person clicks it. */
export async function answerTheRestNo(user: UserEvent, scope: HTMLElement) {
  for (let round = 0; round < 20; round += 1) {
    const group = unansweredGroups(scope)[0];
    const count = [...scope.querySelectorAll<HTMLInputElement>('.level-question input[inputmode="numeric"]')].find(
      (input) => input.value === '',
    );
    if (group) {
      const choice = neutralChoices.find((label) => within(group).queryByLabelText(label));
      if (!choice) throw new Error(`no neutral choice in ${group.textContent}`);
      await user.click(within(group).getByLabelText(choice));
    } else if (count) {
      await user.type(count, '0');
      await user.tab();
    } else return;
  }
}
