import { useMemo, useState } from 'react';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { exportHref, templateHref } from '../api/onboarding.js';
import { administeredBy } from './admin-scope.js';

/**
 * Step 1: the empty template, or what exists in a subtree the person administers (every one by default) in the same
 * layout. Both are plain links: the browser downloads the file with the session cookie.
 */
export function DownloadCard({ title }: { title: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState<string | undefined>();
  const selectable = useMemo(() => administeredBy(session.data?.user), [session.data?.user]);
  return (
    <Card title={title}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap={8} align="start">
            <Button type="primary" icon={<DownloadOutlined aria-hidden />} href={templateHref} download>
              {t('ui.onboarding.template')}
            </Button>
            <Typography.Text type="secondary">{t('ui.onboarding.templateHelp')}</Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={8} align="start">
            <label htmlFor="onboarding-export-organisation">
              <Typography.Text>{t('ui.onboarding.exportOrganisation')}</Typography.Text>
            </label>
            <Flex gap={8} wrap style={{ width: '100%' }}>
              <OrganisationTreeSelect
                id="onboarding-export-organisation"
                organisations={organisations.data ?? []}
                loading={organisations.isPending}
                selectable={selectable}
                value={organisationId}
                onChange={setOrganisationId}
                placeholder={t('ui.onboarding.exportAll')}
                allowClear
                style={{ minWidth: 260, flex: '1 1 260px' }}
              />
              <Button icon={<ExportOutlined aria-hidden />} href={exportHref(organisationId)} download>
                {t('ui.onboarding.export')}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{t('ui.onboarding.exportHelp')}</Typography.Text>
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
