import { useEffect, useState } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../../shared/organisations/organisations.schemas.js';
import { systemStatuses, systemTypes } from '../../../../../shared/systems/systems.schemas.js';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { levelFilters, type SystemListParams } from '../api/list-params.js';

export const ALL_ORGANISATIONS = 'all';

interface SystemsFiltersProps {
  params: SystemListParams;
  /** The organisation filter as the URL has it ("all" when cleared). */
  organisationValue: string | undefined;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  onChange: (change: Partial<SystemListParams> & { organisationParam?: string }) => void;
}

/** Search, organisation, type, status and level; every change lands in the URL. */
export function SystemsFilters({ params, organisationValue, organisations, organisationsLoading, onChange }: SystemsFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  // Typing filters after a short pause, so each key press does not start a request.
  useEffect(() => {
    if ((params.q ?? '') === q.trim()) return;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined, page: 1 }), 400);
    return () => clearTimeout(timer);
  }, [q, params.q, onChange]);

  const any = t('ui.systems.filters.any');
  return (
    <Form layout="vertical" component={false}>
      <section aria-label={t('ui.systems.filters.label')}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} md={12} xl={7}>
            <Form.Item label={t('ui.systems.filters.q')} htmlFor="systems-q">
              <Input.Search
                id="systems-q"
                allowClear
                value={q}
                placeholder={t('ui.systems.filters.qPlaceholder')}
                onChange={(event) => setQ(event.target.value)}
                onSearch={(value) => onChange({ q: value.trim() || undefined, page: 1 })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={7}>
            <Form.Item label={t('ui.systems.filters.organisation')} htmlFor="systems-organisation">
              <OrganisationTreeSelect
                id="systems-organisation"
                organisations={organisations}
                loading={organisationsLoading}
                value={organisationValue === ALL_ORGANISATIONS ? undefined : organisationValue}
                onChange={(id) => onChange({ organisationParam: id ?? ALL_ORGANISATIONS, page: 1 })}
                placeholder={t('ui.systems.filters.allOrganisations')}
                allowClear
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} xl={4}>
            <Form.Item label={t('ui.systems.filters.systemType')} htmlFor="systems-type">
              <Select
                id="systems-type"
                allowClear
                placeholder={any}
                value={params.systemType}
                onChange={(systemType) => onChange({ systemType, page: 1 })}
                options={systemTypes.map((value) => ({ value, label: t(`domain.systemType.${value}`) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} xl={3}>
            <Form.Item label={t('ui.systems.filters.status')} htmlFor="systems-status">
              <Select
                id="systems-status"
                allowClear
                placeholder={any}
                value={params.status}
                onChange={(status) => onChange({ status, page: 1 })}
                options={systemStatuses.map((value) => ({ value, label: t(`domain.systemStatus.${value}`) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} xl={3}>
            <Form.Item label={t('ui.systems.filters.level')} htmlFor="systems-level">
              <Select
                id="systems-level"
                allowClear
                placeholder={any}
                value={params.level}
                onChange={(level) => onChange({ level, page: 1 })}
                options={levelFilters.map((value) => ({
                  value,
                  label: value === 'none' ? t('ui.systems.levelNone') : t('domain.level', { level: value }),
                }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
      </section>
    </Form>
  );
}
