import { expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { DossiersTable } from '#web/features/dossiers/index.js';
import type { DossierSummary } from '#web/features/dossiers/api/types.js';
import { Table } from 'antd';
import { SearchFilter } from '#web/components/ui/search-filter.js';
import { useClientPagination } from '#web/components/ui/named-controls.js';
import { ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/*
 * Buttons antd draws with an icon alone are named from the catalogue, not by the icon's English file name
 * ("left", "right", "search", "close-circle"), which is what a screen reader would otherwise say.
 */

const summary = {
  id: ids.dossier,
  title: 'Hồ sơ đề xuất cấp độ Cổng thông tin điện tử xã Định Bình',
  operator: { id: ids.operator, name: 'UBND xã Định Bình' },
  systems: [],
  proposedLevel: 2,
  status: 'drafting',
  regime: 'nd85',
  stepDueOn: null,
  overdue: false,
} as unknown as DossierSummary;

test("a list's pager names its previous and next page buttons in Vietnamese", () => {
  const paging = { total: 200, page: 2, pageSize: 20, loading: false, empty: null, onPageChange: () => undefined };
  renderInApp(<DossiersTable items={[summary]} {...paging} />);
  expect(screen.getByRole('button', { name: 'Trang trước' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Trang sau' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'left' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'right' })).toBeNull();
});

test("a search box's button and clear sign are named in Vietnamese", () => {
  renderInApp(
    <SearchFilter id="q" label="Tìm" span={{ xs: 24 }} placeholder="" value="định bình" onSearch={() => undefined} />,
  );
  expect(screen.getByRole('button', { name: 'Tìm' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Xóa nội dung đã gõ' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: /search/ })).toBeNull();
});

function LoadedTable({ count }: { count: number }) {
  const rows = Array.from({ length: count }, (_, i) => ({ key: i, name: `Đơn vị ${i + 1}` }));
  const pagination = useClientPagination(rows.length, 10);
  return (
    <Table dataSource={rows} columns={[{ key: 'name', dataIndex: 'name', title: 'Tên' }]} pagination={pagination} />
  );
}

test('a table with all its rows loaded pages them past its page size, with the same named buttons', () => {
  const { unmount } = renderInApp(<LoadedTable count={10} />);
  expect(screen.queryByRole('button', { name: 'Trang sau' })).toBeNull();
  unmount();
  renderInApp(<LoadedTable count={11} />);
  expect(screen.getByRole('button', { name: 'Trang sau' })).toBeTruthy();
  expect(screen.getAllByRole('row')).toHaveLength(11);
});
