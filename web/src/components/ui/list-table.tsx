import type { HTMLAttributes, ReactNode } from 'react';
import { Grid, Table } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { pageSizes } from '../../lib/list-params.js';
import { CursorPager, type CursorPaging } from './cursor-pager.js';
import { useNamedPagerItems } from './named-controls.js';

/** What a paged list page hands its table. */
export interface ListTableData<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  empty: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
  /** A list paged by cursor (docs/lists.md) shows "Trang trước" / "Trang sau" instead of page numbers. */
  cursorPaging?: CursorPaging;
}

interface ListTableProps<T> extends ListTableData<T> {
  columns: TableColumnsType<T>;
  /** On a phone one column says it all, so nothing scrolls sideways. */
  phoneColumns: TableColumnsType<T>;
  /** The width below which the wide columns scroll. */
  scrollX: number;
  /** Attributes on each row, such as the data-testid browser tests find rows by. */
  rowAttributes: (item: T) => Record<string, string>;
}

/** How a pager says where the reader is: "1-20 trong số 1.234". */
export function usePageRange(): NonNullable<TablePaginationConfig['showTotal']> {
  const { t } = useTranslation();
  const format = useFormat();
  return (count, [from, to]) =>
    t('ui.common.pageRange', { from: format.number(from), to: format.number(to), total: format.number(count) });
}

/** The pager of a server-paged list: page sizes, "1-20 trong số 1.234", and where a change of page goes. */
export function useListPagination({
  page,
  pageSize,
  total,
  onPageChange,
}: Pick<ListTableData<unknown>, 'page' | 'pageSize' | 'total' | 'onPageChange'>): TablePaginationConfig {
  const showTotal = usePageRange();
  const itemRender = useNamedPagerItems();
  return {
    itemRender,
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: pageSizes.map(String),
    showTotal,
    onChange: onPageChange,
  };
}

/** A server-paged table of items with an id, switching to a single column on phones. */
export function ListTable<T extends { id: string }>({
  columns,
  phoneColumns,
  scrollX,
  rowAttributes,
  items,
  total,
  page,
  pageSize,
  loading,
  empty,
  onPageChange,
  cursorPaging,
}: ListTableProps<T>) {
  const pagination = useListPagination({ page, pageSize, total, onPageChange });
  const phone = Grid.useBreakpoint().md === false;
  const table = (
    <Table<T>
      rowKey="id"
      columns={phone ? phoneColumns : columns}
      dataSource={items}
      loading={loading}
      size="middle"
      scroll={phone ? undefined : { x: scrollX }}
      onRow={(item) => rowAttributes(item) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: empty }}
      pagination={cursorPaging ? false : pagination}
    />
  );
  if (!cursorPaging) return table;
  return (
    <>
      {table}
      <CursorPager {...cursorPaging} page={page} pageSize={pageSize} count={items.length} total={total} />
    </>
  );
}
