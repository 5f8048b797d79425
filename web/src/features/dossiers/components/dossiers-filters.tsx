import { useEffect, useState } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../../shared/organisations/organisations.schemas.js';
import { dossierStatuses } from '../../../../../shared/dossiers/dossier-workflow.js';
import { regimeIds } from '../../../../../shared/regimes/regime.schemas.js';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import type { DossierListParams } from '../api/list-params.js';

interface DossiersFiltersProps {
  params: DossierListParams;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  onChange: (change: Partial<DossierListParams>) => void;
}

/** Search, organisation, status and regime; every change lands in the URL. */
export function DossiersFilters({ params, organisations, organisationsLoading, onChange }: DossiersFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  useEffect(() => {
    if ((params.q ?? '') === q.trim()) return;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined, page: 1 }), 400);
    return () => clearTimeout(timer);
  }, [q, params.q, onChange]);

  const any = t('ui.systems.filters.any');
  return (
    <Form layout="vertical" component={false}>
      <section aria-label={t('ui.dossiers.filters.label')}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} md={12} xl={8}>
            <Form.Item label={t('ui.dossiers.filters.q')} htmlFor="dossiers-q">
              <Input.Search
                id="dossiers-q"
                allowClear
                value={q}
                placeholder={t('ui.systems.filters.qPlaceholder')}
                onChange={(event) => setQ(event.target.value)}
                onSearch={(value) => onChange({ q: value.trim() || undefined, page: 1 })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item label={t('ui.dossiers.filters.organisation')} htmlFor="dossiers-organisation">
              <OrganisationTreeSelect
                id="dossiers-organisation"
                organisations={organisations}
                loading={organisationsLoading}
                value={params.organisationId}
                onChange={(organisationId) => onChange({ organisationId, page: 1 })}
                placeholder={t('ui.systems.filters.allOrganisations')}
                allowClear
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} xl={4}>
            <Form.Item label={t('ui.dossiers.filters.status')} htmlFor="dossiers-status">
              <Select
                id="dossiers-status"
                allowClear
                placeholder={any}
                value={params.status}
                onChange={(status) => onChange({ status, page: 1 })}
                options={dossierStatuses.map((value) => ({ value, label: t(`ui.dossier.status.${value}`) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} xl={4}>
            <Form.Item label={t('ui.dossiers.filters.regime')} htmlFor="dossiers-regime">
              <Select
                id="dossiers-regime"
                allowClear
                placeholder={any}
                value={params.regime}
                onChange={(regime) => onChange({ regime, page: 1 })}
                options={regimeIds.map((value) => ({ value, label: t(`ui.dossier.regimeShort.${value}`) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
      </section>
    </Form>
  );
}
