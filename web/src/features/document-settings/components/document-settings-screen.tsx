import { useState } from 'react';
import { Card, Empty, Form } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { idSchema } from '#shared/common/text.js';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { PageLoading } from '../../../components/ui/page-loading.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { validParam } from '../../../lib/list-params.js';
import { useOrganisations } from '../../organisations/index.js';
import { useDocumentSettings } from '../api/document-settings.js';
import { DocumentSettingsForm } from './document-settings-form.js';

/**
 * "Thiết lập ký văn bản": the organisation (in the URL, so a link opens the same one) and how it signs its
 * documents. Without one in the URL, the first the person administers (or the first they see) is shown.
 */
export function DocumentSettingsScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const organisations = useOrganisations();
  const list = organisations.data ?? [];
  const fallback = list.find((o) => o.abilities.update) ?? list[0];
  const organisationId = validParam<string>(idSchema, search.get('organisationId')) ?? fallback?.id;
  const organisation = list.find((o) => o.id === organisationId);
  const settings = useDocumentSettings(organisation?.id);
  // Each save starts the form afresh from what was saved (the base a later conflict is measured against).
  const [saves, setSaves] = useState(0);

  const pick = (id: string | undefined) => setSearch(id ? new URLSearchParams({ organisationId: id }) : undefined);

  return (
    <Card>
      <Form layout="vertical" component={false}>
        <Form.Item label={t('ui.documentSettings.organisation')} htmlFor="document-settings-organisation">
          <OrganisationTreeSelect
            id="document-settings-organisation"
            organisations={list}
            loading={organisations.isPending}
            value={organisation?.id}
            onChange={pick}
            placeholder={t('ui.documentSettings.pickOrganisation')}
            style={{ width: '100%', maxWidth: 560 }}
          />
        </Form.Item>
      </Form>
      {organisations.isError ? (
        <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !organisation ? (
        organisations.isPending ? (
          <PageLoading />
        ) : (
          <Empty description={t('ui.documentSettings.pickFirst')} />
        )
      ) : settings.data?.organisationId === organisation.id ? (
        <DocumentSettingsForm
          key={`${organisation.id}-${saves}`}
          settings={settings.data}
          organisationName={organisation.name}
          editable={organisation.abilities.update}
          onSaved={() => setSaves((n) => n + 1)}
        />
      ) : (
        <PageLoading />
      )}
    </Card>
  );
}
