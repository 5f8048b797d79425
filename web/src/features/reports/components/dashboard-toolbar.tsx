import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { useOrganisations } from '../../organisations/index.js';

interface ToolbarField {
  id: string;
  label: string;
  children: React.ReactNode;
}

function Field({ id, label, children }: ToolbarField) {
  return (
    <Flex align="center" gap={6}>
      <label htmlFor={id}>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </label>
      {children}
    </Flex>
  );
}

/**
 * Which unit's subtree: any organisation the person can see (the breadcrumbs and the units table drill step by step).
 */
export function OrganisationPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (organisationId: string) => void;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  if (!organisations.data || organisations.data.length < 2) return null;
  return (
    <Field id="dashboard-organisation" label={t('ui.dashboard.organisation')}>
      <OrganisationTreeSelect
        id="dashboard-organisation"
        organisations={organisations.data}
        value={value}
        onChange={(id) => id && onChange(id)}
        style={{ width: 280 }}
      />
    </Field>
  );
}

/** "Số liệu tính đến ngày": today by default, or any past day (the server replays the recorded events). */
export function AsOfPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (asOf: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field id="dashboard-as-of" label={t('ui.dashboard.asOf')}>
      <DatePicker
        id="dashboard-as-of"
        format="DD/MM/YYYY"
        value={value ? dayjs(value) : null}
        placeholder={t('ui.dashboard.today')}
        disabledDate={(day) => day.format('YYYY-MM-DD') > todayInVietnam()}
        onChange={(day) =>
          onChange(day && day.format('YYYY-MM-DD') !== todayInVietnam() ? day.format('YYYY-MM-DD') : undefined)
        }
        style={{ width: 150 }}
      />
    </Field>
  );
}
