import { Button, Flex, Select, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { pageSizes } from '../../lib/list-params.js';

/** What a list paged by cursor (docs/lists.md) knows of where the reader is. */
export interface CursorPaging {
  /** The total as the server counted it: exact, or a lower bound ("more than") past its threshold. */
  totalIsExact: boolean;
  /** Whether a next page exists (the server gave a nextCursor). */
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (pageSize: number) => void;
}

interface CursorPagerProps extends CursorPaging {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  count: number;
  total: number;
}

/**
 * "Trang trước" / "Trang sau" and where the reader is: "41-60 trong số 1.234", or "trong số hơn 1.000" when the count
 * stopped at its threshold. Page numbers cannot be jumped to: a page starts after the last row of the one before.
 */
export function CursorPager({
  page,
  pageSize,
  count,
  total,
  totalIsExact,
  hasNext,
  onFirst,
  onPrevious,
  onNext,
  onPageSize,
}: CursorPagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = (page - 1) * pageSize + (count > 0 ? 1 : 0);
  const to = (page - 1) * pageSize + count;
  // The last page knows the exact count whatever the server counted to; before it, at least what was seen so far.
  const range = !hasNext
    ? t('ui.common.pageRange', { from: format.number(from), to: format.number(to), total: format.number(to) })
    : totalIsExact
      ? t('ui.common.pageRange', { from: format.number(from), to: format.number(to), total: format.number(total) })
      : t('ui.common.pageRangeAtLeast', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(Math.max(total, to)),
        });
  return (
    <Flex
      className="list-pager"
      justify="flex-end"
      align="center"
      wrap
      gap={8}
      style={{ marginTop: 16 }}
      data-testid="cursor-pager"
    >
      <Typography.Text type="secondary" aria-live="polite">
        {count > 0 ? range : ''}
      </Typography.Text>
      <Button
        icon={<VerticalRightOutlined aria-hidden />}
        aria-label={t('ui.common.firstPage')}
        title={t('ui.common.firstPage')}
        disabled={page <= 1}
        onClick={onFirst}
      />
      <Button icon={<LeftOutlined aria-hidden />} disabled={page <= 1} onClick={onPrevious}>
        {t('ui.common.previousPage')}
      </Button>
      <Typography.Text aria-current="page">{t('ui.common.pageNumber', { page: format.number(page) })}</Typography.Text>
      <Button disabled={!hasNext} onClick={onNext}>
        {t('ui.common.nextPage')}
        <RightOutlined aria-hidden />
      </Button>
      <Select
        aria-label={t('ui.common.pageSizeLabel')}
        value={pageSize}
        style={{ width: 120 }}
        options={pageSizes.map((size) => ({ value: size, label: t('ui.common.pageSize', { size }) }))}
        onChange={onPageSize}
      />
    </Flex>
  );
}
