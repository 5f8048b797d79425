import { useTranslation } from 'react-i18next';
import type { TablePaginationConfig } from 'antd';
import { useFormat } from '../../../lib/format.js';

/** Twenty rows a page, "1-20 trong số 1.000" as the list pages say it. */
export function usePaging(): TablePaginationConfig {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    defaultPageSize: 20,
    showSizeChanger: false,
    hideOnSinglePage: true,
    showTotal: (count, [from, to]) =>
      t('ui.common.pageRange', { from: format.number(from), to: format.number(to), total: format.number(count) }),
  };
}
