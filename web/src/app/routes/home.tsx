import { Card, Col, Empty, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useSession } from '../../features/auth/api/session.js';
import { toSearchParams } from '../../features/systems/api/list-params.js';
import { useSystems } from '../../features/systems/api/systems.js';
import { useFormat } from '../../lib/format.js';
import { useCurrentOrganisation } from '../current-organisation.js';

/** A modest start page: who you are, where you work, and how many systems have an approved level. */
export default function HomeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: session } = useSession();
  const { current, defaultScope } = useCurrentOrganisation();
  const scope = { organisationId: defaultScope?.id, page: 1, pageSize: 1 };
  const all = useSystems(scope, { enabled: Boolean(current) });
  const without = useSystems({ ...scope, level: 'none' }, { enabled: Boolean(current) });
  const user = session!.user;

  const total = all.data?.total;
  const withoutLevel = without.data?.total;
  const listLink = (extra: Record<string, string> = {}) =>
    `/systems?${toSearchParams({ organisationParam: defaultScope?.id, ...extra }).toString()}`;

  return (
    <>
      <PageHeader title={t('ui.home.welcome', { name: user.fullName })} documentTitle={t('ui.nav.home')}>
        <Typography.Paragraph type="secondary">{t('ui.home.intro')}</Typography.Paragraph>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={defaultScope ? t('ui.home.countsTitle', { organisation: defaultScope.name }) : t('ui.home.countsTitleAll')}>
            {!current ? (
              <Empty description={t('ui.home.noMemberships')} />
            ) : all.isError || without.isError ? (
              <QueryError error={all.error ?? without.error} onRetry={() => void Promise.all([all.refetch(), without.refetch()])} />
            ) : total === undefined || withoutLevel === undefined ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (
              <>
                <Row gutter={[16, 16]}>
                  <Col xs={24} sm={8}>
                    <Statistic title={t('ui.home.systemsTotal')} value={total} formatter={(v) => format.number(Number(v))} />
                  </Col>
                  <Col xs={12} sm={8}>
                    <Statistic
                      title={t('ui.home.withLevel')}
                      value={total - withoutLevel}
                      formatter={(v) => format.number(Number(v))}
                      styles={{ content: { color: '#237804' } }}
                    />
                  </Col>
                  <Col xs={12} sm={8}>
                    <Statistic
                      title={t('ui.home.withoutLevel')}
                      value={withoutLevel}
                      formatter={(v) => format.number(Number(v))}
                      styles={{ content: { color: withoutLevel ? '#ad4e00' : undefined } }}
                    />
                  </Col>
                </Row>
                <div className="card-actions">
                  <ButtonLink type="primary" to={listLink()}>
                    {t('ui.home.viewSystems')}
                  </ButtonLink>
                  {withoutLevel > 0 && <ButtonLink to={listLink({ level: 'none' })}>{t('ui.home.viewWithout')}</ButtonLink>}
                </div>
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('ui.home.membershipsTitle')} extra={<ButtonLink type="link" to="/organisations">{t('ui.home.viewOrganisations')}</ButtonLink>}>
            {user.memberships.length === 0 ? (
              <Empty description={t('ui.home.noMemberships')} />
            ) : (
              <ul className="plain-list">
                {user.memberships.map((m) => (
                  <li key={`${m.organisationId}-${m.role}`}>
                    <Typography.Text strong>{m.organisationName}</Typography.Text>
                    <Tag>{t(`domain.role.${m.role}`)}</Tag>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
