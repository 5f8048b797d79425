import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { parseDossierListParams, toDossierSearchParams } from '#web/features/dossiers/api/list-params.js';
import { DossiersFilters } from '#web/features/dossiers/components/dossiers-filters.js';
import { useUrlListParams } from '#web/lib/use-url-list-params.js';
import { ids, organisationFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

const commune = organisationFixture();

/** The filters wired to the URL the way the dossiers page wires them. */
function FiltersInUrl() {
  const { params, change } = useUrlListParams(parseDossierListParams, toDossierSearchParams);
  return <DossiersFilters params={params} organisations={[commune]} organisationsLoading={false} onChange={change} />;
}

const filters = (route: string) => renderInApp(<FiltersInUrl />, { route });

/** What a pick-one filter shows: its chosen option, or the placeholder. */
const shown = (label: string) => screen.getByRole('combobox', { name: label }).closest('.ant-select')!.textContent;

describe('the dossier list filters', () => {
  it('show what the URL says, and nothing for a value that is not valid', () => {
    filters('/dossiers?status=returned&regime=nd99');
    expect(shown('Trạng thái')).toBe('Yêu cầu bổ sung');
    expect(shown('Văn bản áp dụng')).toBe('Tất cả');
  });

  it('put a picked status in the URL and go back to the first page', async () => {
    const { user, location } = filters('/dossiers?regime=nd85&page=3');
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đã gửi thẩm định'));
    expect(location.search).toBe('?status=submitted&regime=nd85');
    expect(shown('Trạng thái')).toBe('Đã gửi thẩm định');
  });

  it('take a cleared filter out of the URL', async () => {
    const { user, location } = filters('/dossiers?status=returned&regime=nd331&pageSize=50');
    const status = screen.getByRole('combobox', { name: 'Trạng thái' }).closest('.ant-select')!;
    await user.hover(status);
    await user.click(within(status as HTMLElement).getByRole('button', { name: 'Clear' }));
    expect(location.search).toBe('?regime=nd331&pageSize=50');
  });

  it('search after a pause in typing, once, with the text trimmed', async () => {
    const { user, location } = filters('/dossiers?page=2');
    await user.type(screen.getByLabelText('Tìm theo tên hồ sơ, đơn vị hoặc hệ thống'), ' dinh binh ');
    expect(location.search).toBe('?page=2');
    await waitFor(() => expect(location.search).toBe('?q=dinh+binh'));
    expect(location.searches).toEqual(['?page=2', '?q=dinh+binh']);
  });

  it('search at once on Enter', async () => {
    const { user, location } = filters('/dossiers');
    await user.type(screen.getByLabelText('Tìm theo tên hồ sơ, đơn vị hoặc hệ thống'), 'Yên Định{Enter}');
    expect(location.search).toBe('?q=Y%C3%AAn+%C4%90%E1%BB%8Bnh');
  });

  it('narrow to the organisation picked in the tree', async () => {
    const { user, location } = filters('/dossiers?page=4');
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click(await screen.findByTitle('UBND xã Định Bình'));
    expect(location.search).toBe(`?organisationId=${ids.operator}`);
  });
});
