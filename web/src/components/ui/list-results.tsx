import type { ReactNode } from 'react';
import { Button, Empty, Flex, Typography } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { QueryError } from './query-error.js';

interface ListResultsProps {
  query: { isError: boolean; error: unknown; refetch: () => unknown };
  /** "N items", or undefined while the first page loads. */
  totalText: string | undefined;
  filtered: boolean;
  onClearFilters: () => void;
  /** The table. */
  children: ReactNode;
}

/** Under a list's filters: the count and a way out of the filters, then the table, or the failure. */
export function ListResults({ query, totalText, filtered, onClearFilters, children }: ListResultsProps) {
  const { t } = useTranslation();
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" aria-live="polite">
          {totalText ?? '\u00a0'}
        </Typography.Text>
        {filtered && (
          <Button size="small" icon={<ClearOutlined aria-hidden />} onClick={onClearFilters}>
            {t('ui.common.clearFilters')}
          </Button>
        )}
      </Flex>
      {children}
    </>
  );
}

interface ListEmptyProps {
  description: string;
  filtered: boolean;
  onClearFilters: () => void;
  /** What to offer when nothing exists yet, such as a create button. */
  action: ReactNode;
}

/** An empty list: when filtered, the way out is clearing the filters; otherwise `action`. */
export function ListEmpty({ description, filtered, onClearFilters, action }: ListEmptyProps) {
  const { t } = useTranslation();
  return (
    <Empty description={description}>
      {filtered ? <Button onClick={onClearFilters}>{t('ui.common.clearFilters')}</Button> : action}
    </Empty>
  );
}
