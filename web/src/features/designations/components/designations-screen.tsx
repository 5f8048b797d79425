import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Modal } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import type { Designation, DesignationCreate } from '#shared/designations/designations.schemas.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import {
  useCreateDesignation,
  useDesignationCoverage,
  useDesignations,
  useUpdateDesignation,
} from '../api/designations.js';
import { CoverageSummary } from './coverage-summary.js';
import { DateFieldInput } from './date-field-input.js';
import { DesignationForm } from './designation-form.js';
import { DesignationsTable } from './designations-table.js';
import { administeredProvinces, insideProvinces } from './province-admin.js';

type Editing = { kind: 'create' } | { kind: 'edit'; designation: Designation };

/**
 * The day to look at (today in Vietnam by default), whether every commune-level unit has exactly one designated
 * security unit that day, every designation in the person's scope, and the dialog to add or change one.
 */
export function DesignationsScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState(todayInVietnam);
  const [editing, setEditing] = useState<Editing | null>(null);
  const session = useSession();
  const organisations = useOrganisations();
  const designations = useDesignations();
  const coverage = useDesignationCoverage(asOf);
  const create = useCreateDesignation();
  const update = useUpdateDesignation();

  const provinces = useMemo(
    () => administeredProvinces(session.data?.user, organisations.data ?? []),
    [session.data?.user, organisations.data],
  );
  const selectable = useMemo(() => insideProvinces(provinces), [provinces]);
  const items = designations.data?.items ?? [];

  const save = async (values: DesignationCreate) => {
    if (editing?.kind === 'edit') {
      await update.mutateAsync({
        id: editing.designation.id,
        body: { ...values, version: editing.designation.version },
      });
    } else await create.mutateAsync(values);
    setEditing(null);
    void message.success(t('ui.designations.saved'));
  };
  const title =
    editing?.kind === 'edit'
      ? t('ui.designations.editTitle', { name: editing.designation.designatedOrganisation.name })
      : t('ui.designations.createTitle');

  return (
    <>
      <Flex justify="space-between" align="end" gap={12} wrap style={{ marginBottom: 16 }}>
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ui.designations.asOf')} htmlFor="designations-as-of" style={{ marginBottom: 0 }}>
            <DateFieldInput
              id="designations-as-of"
              value={asOf}
              allowClear={false}
              onChange={(day) => day && setAsOf(day)}
              placeholder={t('ui.designations.datePlaceholder')}
            />
          </Form.Item>
        </Form>
        {provinces.size > 0 && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ kind: 'create' })}>
            {t('ui.designations.add')}
          </Button>
        )}
      </Flex>
      <section aria-live="polite" style={{ marginBottom: 16 }}>
        {coverage.isError ? (
          <Alert type="error" showIcon title={t('ui.errors.loadFailed')} description={coverage.error.message} />
        ) : coverage.data ? (
          <CoverageSummary coverage={coverage.data} designations={items} />
        ) : null}
      </section>
      <Card>
        {designations.isError ? (
          <QueryError error={designations.error} onRetry={() => void designations.refetch()} />
        ) : (
          <DesignationsTable
            designations={items}
            asOf={asOf}
            loading={designations.isPending}
            onEdit={(designation) => setEditing({ kind: 'edit', designation })}
          />
        )}
      </Card>
      <Modal
        open={editing !== null}
        title={title}
        onCancel={() => setEditing(null)}
        footer={null}
        destroyOnHidden
        width={640}
      >
        {editing && (
          <DesignationForm
            key={editing.kind === 'edit' ? `edit-${editing.designation.id}` : 'create'}
            title={title}
            designation={editing.kind === 'edit' ? editing.designation : undefined}
            organisations={organisations.data ?? []}
            selectable={selectable}
            onSubmit={save}
            onCancel={() => setEditing(null)}
            onStale={() => void designations.refetch()}
          />
        )}
      </Modal>
    </>
  );
}
