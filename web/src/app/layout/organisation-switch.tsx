import { Select, Typography } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../current-organisation.js';

/** The organisation the person works in; with several memberships, a switch. */
export function OrganisationSwitch() {
  const { t } = useTranslation();
  const { current, choices, setCurrent } = useCurrentOrganisation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // Switching while looking at the systems list shows the list of the newly chosen organisation.
  const switchTo = (id: string) => {
    setCurrent(id);
    if (pathname === '/systems') void navigate(`/systems?organisationId=${id}`);
  };
  const label = t('ui.topBar.currentOrganisation');
  if (!current) return <Typography.Text type="secondary">{t('ui.topBar.noMembership')}</Typography.Text>;
  if (choices.length === 1) {
    return (
      <Typography.Text strong ellipsis className="top-bar-organisation" title={`${label}: ${current.name}`}>
        <BankOutlined aria-hidden /> <span className="visually-hidden">{label}: </span>
        {current.name}
      </Typography.Text>
    );
  }
  return (
    <Select
      aria-label={label}
      value={current.id}
      onChange={switchTo}
      prefix={<BankOutlined aria-hidden />}
      className="top-bar-organisation"
      popupMatchSelectWidth={false}
      options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
    />
  );
}
