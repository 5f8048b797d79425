import type { TablePaginationConfig } from 'antd';
import { usePageRange } from '../../../components/ui/list-table.js';
import { useNamedPagerItems } from '../../../components/ui/named-controls.js';

/** Twenty rows a page, "1-20 trong số 1.000" as the list pages say it. */
export function usePaging(): TablePaginationConfig {
  const itemRender = useNamedPagerItems();
  const showTotal = usePageRange();
  return { defaultPageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal, itemRender };
}
