import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeValue } from '#web/features/audit/components/audit-values.js';

const context = { locale: 'vi' as const, entityType: 'organisation', organisationName: () => undefined };

/** A change of the signer names reads by the documents' titles, not by the forms' keys. */
describe('the signer names of a signing-settings event', () => {
  it('name each form by its title, one per line', () => {
    render(
      <>
        {describeValue(context, 'signerNames', { 'submission-appraisal': 'Lê Văn Hùng', explanation: 'Trần Thị B' })}
      </>,
    );
    const lines = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual([
      'Tờ trình đề nghị thẩm định hồ sơ đề xuất cấp độ: Lê Văn Hùng',
      'Thuyết minh hồ sơ đề xuất cấp độ: Trần Thị B',
    ]);
  });
});
