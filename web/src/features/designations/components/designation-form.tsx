import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Alert, Button, Col, Form, Input, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  designationCreateSchema,
  type Designation,
  type DesignationCreate,
} from '#shared/designations/designations.schemas.js';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { OrganisationField } from '../../../components/organisation-field.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { DateFieldInput } from './date-field-input.js';

const designationFieldNames = ['designatedOrganisationId', 'subtreeRootId', 'validFrom', 'validTo', 'note'] as const;

interface DesignationValues {
  designatedOrganisationId?: string;
  subtreeRootId?: string;
  validFrom?: string;
  validTo: string | null;
  note: string;
}

const valuesOf = (designation: Designation | undefined): DesignationValues => ({
  designatedOrganisationId: designation?.designatedOrganisation.id,
  subtreeRootId: designation?.subtreeRoot.id,
  validFrom: designation?.validFrom,
  validTo: designation?.validTo ?? null,
  note: designation?.note ?? '',
});

interface DesignationFormProps {
  /** The form's accessible name: the dialog's title. */
  title: string;
  /** The designation being edited; none for a new one. */
  designation?: Designation;
  organisations: readonly Organisation[];
  /** Units outside the provinces the person administers show greyed: the server would refuse them. */
  selectable: (organisation: Organisation) => boolean;
  onSubmit: (values: DesignationCreate) => Promise<unknown>;
  onCancel: () => void;
  /** A save based on an old version was refused: the host reloads the list. */
  onStale: () => void;
}

/**
 * Which body, for which subtree, from which day (and until which). Checked with the schema the API uses; the
 * server's refusals land on their fields, and its 409 (a commune that would have two designated units on some day,
 * named with that day) shows above the form as the server wrote it.
 */
export function DesignationForm({
  title,
  designation,
  organisations,
  selectable,
  onSubmit,
  onCancel,
  onStale,
}: DesignationFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<DesignationValues>({
    resolver: sharedSchemaResolver(designationCreateSchema, locale) as unknown as Resolver<DesignationValues>,
    defaultValues: valuesOf(designation),
  });
  const idPrefix = designation ? `designation-${designation.id}` : 'designation-new';
  const label = (name: (typeof designationFieldNames)[number]) => t(`ui.designations.fields.${name}`);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        // The resolver has parsed the values with the create schema: every required field is there.
        await onSubmit(values as DesignationCreate);
      } catch (error) {
        const outcome = classifySubmitError(error, designationFieldNames, setError);
        if (outcome.kind === 'stale') {
          setStaleMessage(outcome.message);
          onStale();
        } else if (outcome.kind === 'fields') {
          const others = outcome.unmatched.map((issue) => issue.message);
          setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
        } else setFormError(outcome.message);
      }
    },
    () => setFormError(t('ui.errors.fixFields')),
  );

  const organisationField = (name: 'designatedOrganisationId' | 'subtreeRootId') => (
    <OrganisationField
      control={control}
      name={name}
      label={label(name)}
      required
      idPrefix={idPrefix}
      organisations={organisations}
      selectable={selectable}
    />
  );

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={title}>
        {staleMessage && (
          <Alert
            type="warning"
            showIcon
            title={staleMessage}
            description={t('ui.designations.staleHint')}
            style={{ marginBottom: 16 }}
          />
        )}
        <FormError message={formError} />
        {organisationField('designatedOrganisationId')}
        {organisationField('subtreeRootId')}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <FormField control={control} name="validFrom" label={label('validFrom')} required idPrefix={idPrefix}>
              {(field, a11y) => (
                <DateFieldInput
                  {...a11y}
                  value={field.value}
                  onChange={(day) => field.onChange(day ?? undefined)}
                  onBlur={field.onBlur}
                  placeholder={t('ui.designations.datePlaceholder')}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField
              control={control}
              name="validTo"
              label={label('validTo')}
              help={t('ui.designations.validToHelp')}
              idPrefix={idPrefix}
            >
              {(field, a11y) => (
                <DateFieldInput
                  {...a11y}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  placeholder={t('ui.designations.openEnded')}
                />
              )}
            </FormField>
          </Col>
        </Row>
        <FormField control={control} name="note" label={label('note')} idPrefix={idPrefix}>
          {(field, a11y) => (
            <Input.TextArea
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
            />
          )}
        </FormField>
        <Space wrap className="form-actions">
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {t('ui.common.save')}
          </Button>
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
        </Space>
      </form>
    </Form>
  );
}
