import { useState } from 'react';
import { App, Card, Col, Empty, Modal, Row } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { PageHeader, type Crumb } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import {
  OrganisationDetails,
  OrganisationForm,
  type OrganisationFormMode,
  OrganisationTree,
  useOrganisation,
  useOrganisations,
} from '../../features/organisations/index.js';

export default function OrganisationsRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams();
  const organisations = useOrganisations();
  const inList = organisations.data?.find((o) => o.id === id);
  // A deep link to an organisation not in the list (or not visible) is asked for, to answer 404 plainly.
  const single = useOrganisation(organisations.data && id && !inList ? id : undefined);
  const selected: Organisation | undefined = inList ?? single.data;
  const [formMode, setFormMode] = useState<OrganisationFormMode | null>(null);

  const visible = new Set(organisations.data?.map((o) => o.id));
  const crumbs: Crumb[] = [
    { title: t('ui.nav.home'), to: '/' },
    { title: t('ui.organisations.title'), to: '/organisations' },
  ];
  if (selected) {
    crumbs.push(
      ...selected.ancestors.map((a) => ({
        title: a.name,
        to: visible.has(a.id) ? `/organisations/${a.id}` : undefined,
      })),
    );
    crumbs.push({ title: selected.name });
  }

  const saved = (organisation: Organisation) => {
    const created = formMode?.kind === 'create';
    setFormMode(null);
    void message.success(
      created ? t('ui.organisations.created', { name: organisation.name }) : t('ui.organisations.saved'),
    );
    if (created) void navigate(`/organisations/${organisation.id}`);
  };

  return (
    <>
      <PageHeader title={selected?.name ?? t('ui.organisations.title')} breadcrumbs={crumbs} />
      {organisations.isPending ? (
        <PageLoading />
      ) : organisations.isError ? (
        <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10} xxl={8}>
            <Card title={t('ui.organisations.treeTitle')} size="small">
              <OrganisationTree
                organisations={organisations.data}
                selectedId={id}
                onSelect={(next) => void navigate(`/organisations/${next}`)}
              />
            </Card>
          </Col>
          <Col xs={24} lg={14} xxl={16}>
            <Card
              size="small"
              className="sticky-panel"
              title={selected ? t(`domain.organisationKind.${selected.kind}`) : undefined}
            >
              {!id ? (
                <Empty description={t('ui.organisations.selectHint')} />
              ) : selected ? (
                <OrganisationDetails
                  organisation={selected}
                  onEdit={() => setFormMode({ kind: 'edit', organisation: selected })}
                  onAddChild={() => setFormMode({ kind: 'create', parent: selected })}
                />
              ) : single.isError ? (
                <QueryError error={single.error} onRetry={() => void single.refetch()} />
              ) : (
                <PageLoading />
              )}
            </Card>
          </Col>
        </Row>
      )}
      <Modal
        open={formMode !== null}
        title={
          formMode?.kind === 'edit'
            ? t('ui.organisations.editTitle', { name: formMode.organisation.name })
            : formMode
              ? t('ui.organisations.addChildTitle', { name: formMode.parent.name })
              : ''
        }
        onCancel={() => setFormMode(null)}
        footer={null}
        destroyOnHidden
        width={640}
      >
        {formMode && (
          <OrganisationForm
            key={formMode.kind === 'edit' ? `edit-${formMode.organisation.id}` : `create-${formMode.parent.id}`}
            mode={formMode}
            organisations={organisations.data ?? []}
            onCancel={() => setFormMode(null)}
            onSaved={saved}
          />
        )}
      </Modal>
    </>
  );
}
