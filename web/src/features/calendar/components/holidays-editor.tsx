import { useEffect, useMemo, useState } from 'react';
import { App, Button, Flex, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/ui/form-error.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { useReplaceHolidays } from '../api/holidays.js';
import {
  MAX_HOLIDAYS,
  issuesOnRows,
  itemsOf,
  newRow,
  rowsOf,
  sameRows,
  validateRows,
  type Holiday,
  type HolidayRow,
  type RowErrors,
} from './holiday-rows.js';
import { HolidaysTable } from './holidays-table.js';

interface HolidaysEditorProps {
  year: number;
  /** The year as the server has it. */
  items: readonly Holiday[];
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The year's list as a draft: rows added, changed and removed here, checked as the server would, then sent as the
 * whole year (PUT replaces it). The contract has no version, so the last save wins. The server's refusals land on
 * the row and field they name.
 */
export function HolidaysEditor({ year, items, onDirtyChange }: HolidaysEditorProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { message } = App.useApp();
  const saved = useMemo(() => rowsOf(items), [items]);
  const [rows, setRows] = useState<HolidayRow[]>(saved);
  const [errors, setErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const replace = useReplaceHolidays();
  const dirty = !sameRows(rows, saved);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // Leaving the page (or the year, after a save) releases the year picker.
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const change = (key: string, patch: Partial<Pick<HolidayRow, 'date' | 'name'>>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    // The person is fixing what was refused: that field's message has done its job.
    setErrors((current) => {
      const { [key]: row, ...others } = current;
      if (!row) return current;
      const rest = { ...row };
      for (const field of Object.keys(patch) as Array<keyof typeof patch>) delete rest[field];
      return Object.keys(rest).length ? { ...others, [key]: rest } : others;
    });
  };

  const save = async () => {
    setFormError(null);
    const found = validateRows(rows, year, locale);
    setErrors(found);
    if (Object.keys(found).length) {
      setFormError(t('ui.errors.fixFields'));
      return;
    }
    try {
      await replace.mutateAsync({ year, items: itemsOf(rows) });
      void message.success(t('ui.holidays.saved', { year }));
    } catch (error) {
      if (isApiError(error) && error.status === 400 && error.issues.length) {
        const placed = issuesOnRows(error.issues, rows);
        setErrors(placed.errors);
        setFormError(placed.others.length ? placed.others.join(' ') : t('ui.errors.fixFields'));
      } else setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  const discard = () => {
    setRows(saved);
    setErrors({});
    setFormError(null);
  };

  return (
    <>
      <FormError message={formError} />
      <HolidaysTable
        year={year}
        rows={rows}
        editable
        errors={errors}
        onChange={change}
        onRemove={(key) => setRows((current) => current.filter((row) => row.key !== key))}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ui.holidays.kindHelp')}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={rows.length >= MAX_HOLIDAYS}
          title={rows.length >= MAX_HOLIDAYS ? t('ui.holidays.tooMany', { max: MAX_HOLIDAYS }) : undefined}
          onClick={() => setRows((current) => [...current, newRow()])}
        >
          {t('ui.holidays.add')}
        </Button>
        <Space wrap>
          {dirty && <Typography.Text type="warning">{t('ui.holidays.unsaved')}</Typography.Text>}
          {dirty && <Button onClick={discard}>{t('ui.holidays.discard')}</Button>}
          <Button type="primary" loading={replace.isPending} disabled={!dirty} onClick={() => void save()}>
            {t('ui.common.save')}
          </Button>
        </Space>
      </Flex>
    </>
  );
}
