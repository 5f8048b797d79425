import { Card, Col, Empty, Flex, Radio, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { CalculatorOutlined, FileProtectOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { Session } from '#shared/auth/auth.schemas.js';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useSession } from '../../features/auth/index.js';
import { OfficerTodo, ReviewerInbox, useInbox } from '../../features/dossiers/index.js';
import { useOrganisations } from '../../features/organisations/index.js';
import { LevelTag, toSearchParams, useSystems } from '../../features/systems/index.js';
import { useFormat } from '../../lib/format.js';
import { useChunk } from '../../lib/use-chunk.js';
import { useCurrentOrganisation } from '../current-organisation.js';
import { loadReports } from '../prefetch-after-login.js';
import { dashboardOrganisationId, seesDashboard } from './home-scope.js';

const reviewerRoles = new Set(['appraiser', 'approver']);
const preparerRoles = new Set(['officer', 'admin']);

/**
 * What each person needs first (docs/domain.md#what-each-person-sees-first): reporters, reviewers and
 * administrators the dashboard of their subtree (a reviewer with their inbox above it, most urgent
 * first); a unit IT officer "Việc cần làm" and their systems.
 */
export default function HomeRoute() {
  const { data: session } = useSession();
  return seesDashboard(session!.user) ? <DashboardHome /> : <UnitHome />;
}

/** The dashboard of the person's subtree, a reviewer's inbox above it. */
function DashboardHome() {
  const { data: session } = useSession();
  const { current } = useCurrentOrganisation();
  // Its own chunk (and recharts in chunks of their own below it): a unit officer's home never loads them.
  const reports = useChunk(loadReports);
  const memberships = session!.user.memberships;
  const reviewer = memberships.some((m) => reviewerRoles.has(m.role));
  const officer = memberships.some((m) => m.role === 'officer');
  const reviewed = session!.reviewedSubtrees ?? [];
  const inbox = reviewer || officer ? <InboxCard reviewer={reviewer} /> : undefined;
  if (!reports) return <PageLoading />;
  return (
    <reports.ComplianceDashboard
      defaultOrganisationId={dashboardOrganisationId(session!, current)}
      lead={
        reviewed.length > 1 ? (
          <>
            <ReviewedSubtreeSwitch subtrees={reviewed} />
            {inbox}
          </>
        ) : (
          inbox
        )
      }
    />
  );
}

/** With several reviewed subtrees (in the Vietnamese order, the first by default), one click to another. */
function ReviewedSubtreeSwitch({ subtrees }: { subtrees: NonNullable<Session['reviewedSubtrees']> }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const chosen = search.get('organisationId') ?? subtrees[0]!.organisationId;
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary" id="reviewed-subtree-label">
        {t('ui.home.reviewedSubtree')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby="reviewed-subtree-label"
        optionType="button"
        value={subtrees.some((s) => s.organisationId === chosen) ? chosen : undefined}
        options={subtrees.map((s) => ({ value: s.organisationId, label: s.organisationName }))}
        onChange={(event) =>
          setSearch((previous) => {
            const next = new URLSearchParams(previous);
            next.set('organisationId', String(event.target.value));
            return next;
          })
        }
      />
    </Flex>
  );
}

/** The reviewer's inbox, or the officer's "Việc cần làm". */
function InboxCard({ reviewer }: { reviewer: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const inbox = useInbox();
  return (
    <Card
      title={
        <Space>
          <FileProtectOutlined aria-hidden />
          {reviewer ? t('ui.inbox.reviewerTitle') : t('ui.inbox.officerTitle')}
          {inbox.data && inbox.data.total > 0 && <Tag color="blue">{format.number(inbox.data.total)}</Tag>}
        </Space>
      }
      extra={
        <ButtonLink type="link" to="/dossiers">
          {t('ui.inbox.allDossiers')}
        </ButtonLink>
      }
      data-testid="inbox"
    >
      {inbox.isError ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : reviewer ? (
        <ReviewerInbox items={inbox.data.items} loading={inbox.isFetching} />
      ) : (
        <OfficerTodo items={inbox.data.items} />
      )}
    </Card>
  );
}

/**
 * A unit IT officer's home: "Việc cần làm" (returned dossiers with the
 * reasons, drafts, deadlines), their systems, the counts of their scope.
 */
function UnitHome() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: session } = useSession();
  const { current, defaultScope } = useCurrentOrganisation();
  const scope = { organisationId: defaultScope?.id, page: 1, pageSize: 1 };
  const all = useSystems(scope, { enabled: Boolean(current) });
  const without = useSystems({ ...scope, level: 'none' }, { enabled: Boolean(current) });
  const user = session!.user;
  const reviewer = user.memberships.some((m) => reviewerRoles.has(m.role));
  const preparer = user.memberships.some((m) => preparerRoles.has(m.role));
  const mySystems = useSystems(
    { organisationId: defaultScope?.id, page: 1, pageSize: 8 },
    { enabled: preparer && Boolean(current) },
  );
  const organisations = useOrganisations();
  const canCreate = organisations.data?.some((o) => o.abilities.createSystem) ?? false;

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
        {(reviewer || preparer) && (
          <Col xs={24}>
            <InboxCard reviewer={reviewer} />
          </Col>
        )}
        {preparer && (
          <Col xs={24}>
            <Card
              title={t('ui.home.mySystems')}
              extra={
                <ButtonLink type="link" to={listLink()}>
                  {t('ui.home.viewSystems')}
                </ButtonLink>
              }
            >
              {mySystems.isError ? (
                <QueryError error={mySystems.error} onRetry={() => void mySystems.refetch()} />
              ) : mySystems.isPending ? (
                <Skeleton active paragraph={{ rows: 2 }} />
              ) : mySystems.data.items.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.home.noSystems')}>
                  {canCreate && (
                    <ButtonLink type="primary" to="/systems/new">
                      {t('ui.systems.register')}
                    </ButtonLink>
                  )}
                </Empty>
              ) : (
                <ul className="plain-list">
                  {mySystems.data.items.map((system) => (
                    <li key={system.id} data-testid="my-system">
                      <div style={{ flex: '1 1 320px', minWidth: 0 }}>
                        <Link to={`/systems/${system.id}`}>{system.name}</Link>
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                          {system.approvalDecision
                            ? t('ui.systems.decision', {
                                number: system.approvalDecision.number,
                                date: format.date(system.approvalDecision.date),
                              })
                            : system.operator.name}
                        </Typography.Text>
                      </div>
                      <Space size={[8, 4]} wrap>
                        <LevelTag level={system.approvedLevel} />
                        {system.approvedLevel === null && canCreate && (
                          <ButtonLink
                            size="small"
                            type="primary"
                            icon={<CalculatorOutlined aria-hidden />}
                            to={`/dossiers/new?systemId=${system.id}`}
                          >
                            {t('ui.systemDossiers.determine')}
                          </ButtonLink>
                        )}
                      </Space>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} xl={14}>
          <Card
            title={
              defaultScope ? t('ui.home.countsTitle', { organisation: defaultScope.name }) : t('ui.home.countsTitleAll')
            }
          >
            {!current ? (
              <Empty description={t('ui.home.noMemberships')} />
            ) : all.isError || without.isError ? (
              <QueryError
                error={all.error ?? without.error}
                onRetry={() => void Promise.all([all.refetch(), without.refetch()])}
              />
            ) : total === undefined || withoutLevel === undefined ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (
              <>
                <Row gutter={[16, 16]} data-testid="unit-counts">
                  <Col xs={24} sm={8}>
                    <Statistic
                      title={t('ui.home.systemsTotal')}
                      value={total}
                      formatter={(v) => format.number(Number(v))}
                    />
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
                  {withoutLevel > 0 && (
                    <ButtonLink to={listLink({ level: 'none' })}>{t('ui.home.viewWithout')}</ButtonLink>
                  )}
                </div>
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('ui.home.membershipsTitle')}
            extra={
              <ButtonLink type="link" to="/organisations">
                {t('ui.home.viewOrganisations')}
              </ButtonLink>
            }
          >
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
