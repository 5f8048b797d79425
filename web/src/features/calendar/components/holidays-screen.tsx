import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, InputNumber, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useHolidays } from '../api/holidays.js';
import { HolidaysEditor } from './holidays-editor.js';
import { HolidaysTable } from './holidays-table.js';
import { rowsOf } from './holiday-rows.js';
import { administersTopLevel } from './settings-admin.js';

// The years the API accepts (shared/calendar/calendar.contract.ts).
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const inRange = (year: number) => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * "Ngày nghỉ lễ": the year to look at (this year in Vietnam at first) and its holidays and swapped working days,
 * editable as one list and saved as a whole year by an administrator of a top-level organisation.
 */
export function HolidaysScreen() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)));
  // While the list has unsaved changes the year stays put: moving on would drop them without a word.
  const [dirty, setDirty] = useState(false);
  const session = useSession();
  const organisations = useOrganisations();
  const holidays = useHolidays(year);
  const known = session.data !== undefined && organisations.data !== undefined;
  const editable = known && administersTopLevel(session.data?.user, organisations.data ?? []);
  const goTo = (next: number | null) => next !== null && inRange(next) && setYear(next);

  return (
    <>
      <Flex justify="space-between" align="end" gap={12} wrap style={{ marginBottom: 16 }}>
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ui.holidays.year')} htmlFor="holidays-year" style={{ marginBottom: 0 }}>
            <Space.Compact>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('ui.holidays.previousYear')}
                disabled={dirty || year <= FIRST_YEAR}
                onClick={() => goTo(year - 1)}
              />
              <InputNumber
                id="holidays-year"
                value={year}
                min={FIRST_YEAR}
                max={LAST_YEAR}
                precision={0}
                controls={false}
                disabled={dirty}
                onChange={goTo}
                style={{ width: 96 }}
              />
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('ui.holidays.nextYear')}
                disabled={dirty || year >= LAST_YEAR}
                onClick={() => goTo(year + 1)}
              />
            </Space.Compact>
          </Form.Item>
        </Form>
      </Flex>
      {known && !editable && (
        <Alert type="info" showIcon title={t('ui.holidays.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        {holidays.isError ? (
          <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />
        ) : editable && holidays.data ? (
          <HolidaysEditor
            // A fresh draft for each year and after each save (the saved year comes back sorted).
            key={`${year}-${holidays.dataUpdatedAt}`}
            year={year}
            items={holidays.data.items}
            onDirtyChange={setDirty}
          />
        ) : (
          <HolidaysTable
            year={year}
            rows={rowsOf(holidays.data?.items ?? [])}
            editable={false}
            loading={holidays.isPending}
          />
        )}
      </Card>
    </>
  );
}
