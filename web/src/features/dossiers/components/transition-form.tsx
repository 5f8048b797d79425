import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import dayjs from 'dayjs';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import type { FieldIssue } from '#shared/common/errors.schemas.js';
import type { DossierAction } from '#shared/dossiers/dossier-workflow.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import {
  transitionFieldNeeds,
  transitionFields,
  type FieldNeed,
  type TransitionBody,
  type TransitionField,
} from '#shared/dossiers/transition-body.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { ProposedLevelTag } from './dossier-tags.js';
import { transitionResolver, type TransitionFormValues } from './transition-resolver.js';

const conclusionKeys = ['level', 'designPlan', 'operationPlan'] as const;

/** Empty values of the fields the action's contract has, and nothing else. */
function defaultsOf(action: DossierAction, needs: Record<TransitionField, FieldNeed>): TransitionFormValues {
  return {
    ...(needs.conclusions !== 'absent' ? { conclusions: {} } : {}),
    ...(needs.documentNumber !== 'absent' ? { documentNumber: '' } : {}),
    // A decision is usually signed the day it is recorded.
    ...(needs.documentDate !== 'absent' ? { documentDate: action === 'approve' ? todayInVietnam() : null } : {}),
    ...(needs.comment !== 'absent' ? { comment: '' } : {}),
  };
}

interface TransitionFormProps {
  action: DossierAction;
  dossier: Dossier;
  onCancel: () => void;
  /**
   * Runs the transition with the body the action's contract accepted (its version is the dossier's
   * as shown; the caller may replace it after saving pending edits); throws with a message to show.
   */
  onConfirm: (body: TransitionBody) => Promise<void>;
}

/**
 * The dialog of one workflow action. What it asks for (reasons, conclusions, the document's number
 * and date, which of them are required) is read from the action's contract in shared/, never restated.
 */
export function TransitionForm({ action, dossier, onCancel, onConfirm }: TransitionFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const needs = transitionFieldNeeds(action);
  const [error, setError] = useState<string | null>(null);
  // What the server named that is not a field of this dialog: for a submit, every part the dossier lacks.
  const [refusals, setRefusals] = useState<FieldIssue[]>([]);
  // Busy only while the action really runs: a refused validation must not flash the spinner.
  const [busy, setBusy] = useState(false);
  const form = useForm<TransitionFormValues, unknown, TransitionBody>({
    resolver: transitionResolver(action, dossier.version, format.locale),
    defaultValues: defaultsOf(action, needs),
  });
  const { control, handleSubmit, watch } = form;
  const idPrefix = `transition-${action}`;
  // Which document the number and date are of: the decision, the unit's own submission letter, or another.
  const documentKind = action === 'approve' ? 'decision' : action === 'submit' ? 'submission' : 'document';
  const numberHelp = {
    decision: t('ui.dossier.decisionNumberFromRegister'),
    submission: t('ui.dossier.submissionNumberHelp'),
    document: undefined,
  }[documentKind];
  const conclusions = watch('conclusions');
  const unsuitable = conclusionKeys.some((key) => conclusions?.[key] === 'unsuitable');

  const submit = handleSubmit(async (body) => {
    setError(null);
    setRefusals([]);
    setBusy(true);
    try {
      await onConfirm(body);
    } catch (failure) {
      const outcome = classifySubmitError(failure, transitionFields, form.setError);
      if (outcome.kind !== 'fields') setError(outcome.message);
      else if (outcome.unmatched.length) setRefusals(outcome.unmatched);
      else setError(t('ui.errors.fixFields'));
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
        {refusals.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            data-testid="transition-refusals"
            title={action === 'submit' ? t('ui.dossier.completeness.refused') : t('ui.errors.fixFields')}
            description={
              <ul className="plain-list compact-list">
                {refusals.map((issue) => (
                  <li key={issue.path}>{issue.message}</li>
                ))}
              </ul>
            }
          />
        )}
        <Typography.Paragraph type="secondary">{t(`ui.dossier.actionHelp.${action}`)}</Typography.Paragraph>
        {(action === 'approve' || action === 'submit') && (
          <div style={{ marginBottom: 16 }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {action === 'approve' ? t('ui.dossier.approveFreezes') : t('ui.dossier.submitSends')}
            </Typography.Text>
            {frozen}
          </div>
        )}
        {needs.conclusions !== 'absent' &&
          conclusionKeys.map((key) => (
            <Controller
              key={key}
              control={control}
              name={`conclusions.${key}`}
              render={({ field, fieldState }) => (
                <Form.Item
                  label={<span id={`${idPrefix}-${key}-label`}>{t(`ui.dossier.conclusions.${key}`)}</span>}
                  required={needs.conclusions === 'required'}
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
        {(needs.documentNumber !== 'absent' || needs.documentDate !== 'absent') && (
          <div className="form-row">
            {needs.documentNumber !== 'absent' && (
              <FormField
                control={control}
                name="documentNumber"
                label={t(`ui.dossier.documentNumber.${documentKind}`)}
                required={needs.documentNumber === 'required'}
                help={needs.documentNumber === 'optional' ? numberHelp : undefined}
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
            )}
            {needs.documentDate !== 'absent' && (
              <FormField
                control={control}
                name="documentDate"
                label={t(`ui.dossier.documentDate.${documentKind}`)}
                required={needs.documentDate === 'required'}
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
            )}
          </div>
        )}
        {needs.comment !== 'absent' && (
          <FormField
            control={control}
            name="comment"
            label={t(`ui.dossier.commentLabel.${action}`)}
            required={needs.comment === 'required'}
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <Input.TextArea
                {...field}
                {...a11y}
                value={field.value ?? ''}
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={5000}
                showCount
              />
            )}
          </FormField>
        )}
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
