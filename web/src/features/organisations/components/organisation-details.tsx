import { Button, Descriptions, Space, Typography } from 'antd';
import { DatabaseOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { useFormat } from '../../../lib/format.js';

interface OrganisationDetailsProps {
  organisation: Organisation;
  onEdit: () => void;
  onAddChild: () => void;
}

/** What one organisation is, and the actions its abilities allow. */
export function OrganisationDetails({ organisation, onEdit, onAddChild }: OrganisationDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const parent = organisation.ancestors.at(-1);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: '38%' } }}
        items={[
          { key: 'name', label: t('ui.organisations.fields.name'), children: organisation.name },
          {
            key: 'kind',
            label: t('ui.organisations.fields.kind'),
            children: t(`domain.organisationKind.${organisation.kind}`),
          },
          { key: 'shortName', label: t('ui.organisations.fields.shortName'), children: organisation.shortName },
          { key: 'place', label: t('ui.organisations.fields.place'), children: organisation.place },
          {
            key: 'code',
            label: t('ui.organisations.fields.code'),
            children: organisation.code ?? (
              <Typography.Text type="secondary">{t('ui.common.notProvided')}</Typography.Text>
            ),
          },
          {
            key: 'parent',
            label: t('ui.organisations.fields.parent'),
            children: parent?.name ?? t('ui.organisations.noParent'),
          },
          {
            key: 'children',
            label: t('ui.organisations.fields.childCount'),
            children: format.number(organisation.childCount),
          },
        ]}
      />
      <Space wrap>
        <ButtonLink to={`/systems?organisationId=${organisation.id}`} icon={<DatabaseOutlined aria-hidden />}>
          {t('ui.organisations.viewSystems')}
        </ButtonLink>
        {organisation.abilities.update && (
          <Button icon={<EditOutlined aria-hidden />} onClick={onEdit}>
            {t('ui.organisations.edit')}
          </Button>
        )}
        {organisation.abilities.createChild && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAddChild}>
            {t('ui.organisations.addChild')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
