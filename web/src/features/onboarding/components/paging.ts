import type { TablePaginationConfig } from 'antd';
import { usePageRange } from '../../../components/ui/list-table.js';

/** Twenty rows a page, "1-20 trong số 1.000" as the list pages say it. */
export function usePaging(): TablePaginationConfig {
  return { defaultPageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: usePageRange() };
}
