import { useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import dayjs from 'dayjs';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '#shared/dossiers/dossier-workflow.js';
import { appraisalConclusionSchema, type Dossier, type TransitionBody } from '#shared/dossiers/dossiers.schemas.js';
import { isoDateSchema, optionalTextSchema, textSchema } from '#shared/common/text.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { ProposedLevelTag } from './dossier-tags.js';

/**
 * What each action asks for. "fromRegister": the date is required, the number may be left empty
 * for the server to take the next one of the issuing body's register.
 */
const asks = {
  submit: { comment: 'optional', conclusions: false, document: 'optional' },
  requestOpinion: { comment: 'optional', conclusions: false, document: 'none' },
  withdraw: { comment: 'required', conclusions: false, document: 'none' },
  return: { comment: 'required', conclusions: false, document: 'none' },
  appraise: { comment: 'optional', conclusions: true, document: 'none' },
  recordExternalAppraisal: { comment: 'optional', conclusions: true, document: 'required' },
  giveOpinion: { comment: 'required', conclusions: false, document: 'optional' },
  approve: { comment: 'optional', conclusions: false, document: 'fromRegister' },
} as const satisfies Record<
  DossierAction,
  {
    comment: 'optional' | 'required';
    conclusions: boolean;
    document: 'none' | 'optional' | 'required' | 'fromRegister';
  }
>;

const conclusionKeys = ['level', 'designPlan', 'operationPlan'] as const;

function schemaFor(action: DossierAction) {
  const ask = asks[action];
  const base = z.object({
    comment: ask.comment === 'required' ? textSchema(1, 5000) : optionalTextSchema(5000),
    conclusions: ask.conclusions
      ? z.object({
          level: appraisalConclusionSchema,
          designPlan: appraisalConclusionSchema,
          operationPlan: appraisalConclusionSchema,
        })
      : z.undefined().optional(),
    documentNumber: ask.document === 'required' ? textSchema(1, 60) : optionalTextSchema(60).optional(),
    documentDate:
      ask.document === 'required' || ask.document === 'fromRegister'
        ? isoDateSchema
        : isoDateSchema.nullable().optional(),
  });
  // A "không phù hợp" conclusion goes back to the unit: it needs the reasons.
  return base.superRefine((values, context) => {
    const unsuitable = values.conclusions && Object.values(values.conclusions).includes('unsuitable');
    if (unsuitable && !values.comment)
      context.addIssue({ code: 'custom', path: ['comment'], message: 'validation.unsuitableReasonsRequired' });
  });
}

const fieldNames = ['comment', 'conclusions', 'documentNumber', 'documentDate', 'attachmentId'] as const;

interface FormValues {
  comment: string;
  conclusions?: {
    level?: 'suitable' | 'unsuitable';
    designPlan?: 'suitable' | 'unsuitable';
    operationPlan?: 'suitable' | 'unsuitable';
  };
  documentNumber?: string;
  documentDate?: string | null;
}

interface TransitionFormProps {
  action: DossierAction;
  dossier: Dossier;
  onCancel: () => void;
  /** Runs the transition; throws with a message to show. */
  onConfirm: (body: Omit<TransitionBody, 'version' | 'action'>) => Promise<void>;
}

/** The dialog of one workflow action: reasons for a return, conclusions for an appraisal, the decision for an approval. */
export function TransitionForm({ action, dossier, onCancel, onConfirm }: TransitionFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ask = asks[action];
  const [error, setError] = useState<string | null>(null);
  // Busy only while the action really runs: a refused validation must not flash the spinner.
  const [busy, setBusy] = useState(false);
  const form = useForm<FormValues>({
    resolver: sharedSchemaResolver(schemaFor(action), format.locale) as unknown as Resolver<FormValues>,
    defaultValues: {
      comment: '',
      conclusions: ask.conclusions ? {} : undefined,
      documentNumber: '',
      documentDate: action === 'approve' ? dayjs().format('YYYY-MM-DD') : null,
    },
  });
  const { control, handleSubmit, watch } = form;
  const idPrefix = `transition-${action}`;
  // Which document the number and date are of: the decision, the unit's own submission letter, or another.
  const documentKind = action === 'approve' ? 'decision' : action === 'submit' ? 'submission' : 'document';
  const conclusions = watch('conclusions');
  const unsuitable = ask.conclusions && conclusionKeys.some((key) => conclusions?.[key] === 'unsuitable');

  const submit = handleSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      await onConfirm({
        comment: values.comment || undefined,
        conclusions: ask.conclusions ? (values.conclusions as TransitionBody['conclusions']) : undefined,
        documentNumber: values.documentNumber || undefined,
        documentDate: values.documentDate || undefined,
      });
    } catch (failure) {
      const outcome = classifySubmitError(failure, fieldNames, form.setError);
      if (outcome.kind === 'fields')
        setError(outcome.unmatched.map((issue) => issue.message).join(' ') || t('ui.errors.fixFields'));
      else setError(outcome.message);
    } finally {
      setBusy(false);
    }
  });

  const frozen = (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={dossier.systems.map((system) => ({
        key: system.systemId,
        label: system.name,
        children: <ProposedLevelTag level={system.proposedLevel} />,
      }))}
    />
  );

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t(`ui.dossier.actions.${action}`)}>
        <FormError message={error} />
        <Typography.Paragraph type="secondary">{t(`ui.dossier.actionHelp.${action}`)}</Typography.Paragraph>
        {(action === 'approve' || action === 'submit') && (
          <div style={{ marginBottom: 16 }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {action === 'approve' ? t('ui.dossier.approveFreezes') : t('ui.dossier.submitSends')}
            </Typography.Text>
            {frozen}
          </div>
        )}
        {ask.conclusions &&
          conclusionKeys.map((key) => (
            <Controller
              key={key}
              control={control}
              name={`conclusions.${key}`}
              render={({ field, fieldState }) => (
                <Form.Item
                  label={<span id={`${idPrefix}-${key}-label`}>{t(`ui.dossier.conclusions.${key}`)}</span>}
                  required
                  validateStatus={fieldState.error ? 'error' : undefined}
                  help={fieldState.error?.message}
                >
                  <Radio.Group
                    aria-labelledby={`${idPrefix}-${key}-label`}
                    value={field.value}
                    onChange={(event) => field.onChange(event.target.value)}
                    options={[
                      { value: 'suitable', label: t('ui.dossier.conclusion.suitable') },
                      { value: 'unsuitable', label: t('ui.dossier.conclusion.unsuitable') },
                    ]}
                  />
                </Form.Item>
              )}
            />
          ))}
        {unsuitable && (
          <Alert type="warning" showIcon title={t('ui.dossier.unsuitableGoesBack')} style={{ marginBottom: 16 }} />
        )}
        {ask.document !== 'none' && (
          <div className="form-row">
            <FormField
              control={control}
              name="documentNumber"
              label={t(`ui.dossier.documentNumber.${documentKind}`)}
              required={ask.document === 'required'}
              help={
                ask.document === 'fromRegister'
                  ? t('ui.dossier.decisionNumberFromRegister')
                  : action === 'submit'
                    ? t('ui.dossier.submissionNumberHelp')
                    : undefined
              }
              idPrefix={idPrefix}
            >
              {(field, a11y) => (
                <Input
                  {...field}
                  {...a11y}
                  value={field.value ?? ''}
                  maxLength={60}
                  placeholder={action === 'approve' ? t('ui.dossier.decisionNumberPlaceholder') : undefined}
                />
              )}
            </FormField>
            <FormField
              control={control}
              name="documentDate"
              label={t(`ui.dossier.documentDate.${documentKind}`)}
              required={ask.document !== 'optional'}
              idPrefix={idPrefix}
            >
              {(field, a11y) => (
                <DatePicker
                  {...a11y}
                  format="DD/MM/YYYY"
                  value={field.value ? dayjs(field.value) : null}
                  onChange={(value) => field.onChange(value ? value.format('YYYY-MM-DD') : null)}
                  onBlur={field.onBlur}
                  // Enter confirms the typed date; it must not also send the whole dialog.
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.preventDefault();
                  }}
                  placeholder={t('ui.dossier.datePlaceholder')}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </div>
        )}
        <FormField
          control={control}
          name="comment"
          label={t(`ui.dossier.commentLabel.${action}`)}
          required={ask.comment === 'required'}
          idPrefix={idPrefix}
        >
          {(field, a11y) => (
            <Input.TextArea {...field} {...a11y} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
          )}
        </FormField>
        <Space wrap style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} danger={action === 'withdraw'}>
            {t(`ui.dossier.actions.${action}`)}
          </Button>
        </Space>
      </form>
    </Form>
  );
}
