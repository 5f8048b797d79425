import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { parseListParams, toSearchParams } from '#web/features/systems/api/list-params.js';
import { SystemsFilters } from '#web/features/systems/components/systems-filters.js';
import { useUrlListParams } from '#web/lib/use-url-list-params.js';
import { ids, organisationFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

const commune = organisationFixture();

/** The filters wired to the URL the way the systems page wires them. */
function FiltersInUrl() {
  const { params, change } = useUrlListParams(parseListParams, toSearchParams);
  return (
    <SystemsFilters
      params={params}
      organisationValue={params.organisationParam ?? undefined}
      organisations={[commune]}
      organisationsLoading={false}
      onChange={change}
    />
  );
}

const filters = (route: string) => renderInApp(<FiltersInUrl />, { route });
const select = (label: string) => screen.getByRole('combobox', { name: label }).closest<HTMLElement>('.ant-select')!;

describe('the systems list filters', () => {
  it('put the picked type, status and level in the URL, each going back to the first page', async () => {
    const { user, location } = filters('/systems?page=5');
    await user.click(screen.getByRole('combobox', { name: 'Loại hệ thống' }));
    await user.click(await screen.findByTitle('Phục vụ hoạt động nội bộ'));
    expect(location.search).toBe('?systemType=internal');

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đang vận hành'));
    await user.click(screen.getByRole('combobox', { name: 'Cấp độ' }));
    await user.click(await screen.findByTitle('Chưa phê duyệt'));
    expect(location.search).toBe('?systemType=internal&status=operating&level=none');
    expect(select('Cấp độ').textContent).toBe('Chưa phê duyệt');
  });

  it('write "all organisations" when the organisation filter is cleared', async () => {
    const { user, location } = filters(`/systems?organisationId=${ids.operator}&page=2`);
    expect(select('Đơn vị').textContent).toBe('UBND xã Định Bình');
    await user.hover(select('Đơn vị'));
    await user.click(within(select('Đơn vị')).getByRole('button', { name: 'Clear' }));
    expect(location.search).toBe('?organisationId=all');
  });
});
