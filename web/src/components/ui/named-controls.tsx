import { cloneElement, isValidElement, type ReactNode } from 'react';
import { Button, type PaginationProps, type TablePaginationConfig } from 'antd';
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/*
 * antd draws some buttons with an icon alone, and its icons name themselves by their English file name
 * (role="img" aria-label="left"): a screen reader says "left" for the pager's previous page. These give those
 * controls a name from the catalogue; the icons inside are then hidden (docs/accessibility.md).
 */

const pagerNames = {
  prev: 'ui.common.previousPage',
  next: 'ui.common.nextPage',
  'jump-prev': 'ui.common.previousPages',
  'jump-next': 'ui.common.nextPages',
} as const;

/** A pager's itemRender that names its previous / next (and jump) buttons. */
export function useNamedPagerItems(): NonNullable<PaginationProps['itemRender']> {
  const { t } = useTranslation();
  return (_page, type, element) => {
    if (type === 'page' || !isValidElement<Record<string, unknown>>(element)) return element;
    return cloneElement(element, { 'aria-label': t(pagerNames[type]) });
  };
}

/**
 * Paging of a table whose rows are all loaded: pages of `pageSize` once there are more rows than that, none before;
 * the pager's buttons named. `sizeChanger`: offer other page sizes (antd's default), otherwise a fixed size.
 */
export function useClientPagination(
  count: number,
  pageSize: number,
  { sizeChanger = false }: { sizeChanger?: boolean } = {},
): TablePaginationConfig | false {
  const itemRender = useNamedPagerItems();
  if (count <= pageSize) return false;
  return sizeChanger ? { pageSize, itemRender } : { pageSize, itemRender, showSizeChanger: false };
}

/** A search box's button and clear sign, named: props for antd's Input.Search. */
export function useNamedSearchButtons(): { enterButton: ReactNode; allowClear: { clearIcon: ReactNode } } {
  const { t } = useTranslation();
  return {
    enterButton: <Button aria-label={t('ui.common.search')} icon={<SearchOutlined aria-hidden />} />,
    allowClear: { clearIcon: <CloseCircleFilled role="button" aria-label={t('ui.common.clearText')} /> },
  };
}
