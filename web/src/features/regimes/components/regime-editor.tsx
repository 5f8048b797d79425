import { useEffect, useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RegimePreview } from '#shared/regimes/regime-preview.schemas.js';
import { regimeSchema, type Regime } from '#shared/regimes/regime.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { usePreviewRegime, useReloadRegimes, useUpdateRegime } from '../api/regimes.js';
import { ClockFieldsTable } from './clock-fields-table.js';
import { PreviewChanges } from './preview-changes.js';
import { clockFieldPaths, clockSlots } from './regime-clocks.js';
import { RuleFieldsTable, ruleFieldPaths } from './rule-fields-table.js';
import { placeIssues } from './server-issues.js';

interface RegimeEditorProps {
  regime: Regime;
  /** Back to reading, after a save or a cancel. */
  onClose: () => void;
}

/**
 * A regime as a draft: each rule's level, citation and text, and the clocks, checked with the schema the API uses.
 * "Xem trước thay đổi" asks the server which systems would change level (nothing is saved); "Lưu" replaces the
 * regime. The server's refusals land on the fields they name.
 */
export function RegimeEditor({ regime, onClose }: RegimeEditorProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { message } = App.useApp();
  const preview = usePreviewRegime();
  const update = useUpdateRegime();
  const reload = useReloadRegimes();
  const [previewed, setPreviewed] = useState<RegimePreview | null>(null);
  const [outdated, setOutdated] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { control, handleSubmit, setError, watch, formState } = useForm<Regime>({
    // The schema types a rule's condition loosely on input (it is recursive); what it accepts is a Regime.
    resolver: sharedSchemaResolver(regimeSchema, locale) as unknown as Resolver<Regime>,
    defaultValues: regime,
  });
  const shown = useMemo(
    () =>
      new Set<string>([
        ...regime.rules.flatMap((_, index) => ruleFieldPaths(index)),
        ...clockSlots.flatMap((slot) => Object.values(clockFieldPaths(slot))),
      ]),
    [regime.rules],
  );

  // Any edit after a preview makes it describe a draft that no longer exists.
  useEffect(() => {
    const subscription = watch(() => setOutdated(true));
    return () => subscription.unsubscribe();
  }, [watch]);

  const refused = (error: unknown) => {
    if (isApiError(error) && error.status === 409) {
      // Someone changed the regime meanwhile: read it again; the draft stays as the person left it.
      setConflict(error.message);
      void reload();
    } else if (isApiError(error) && error.status === 400 && error.issues.length) {
      const others = placeIssues(error.issues, shown, setError);
      setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
    } else setFormError(error instanceof Error ? error.message : String(error));
  };
  const invalid = () => setFormError(t('ui.errors.fixFields'));

  const runPreview = handleSubmit(async (values) => {
    setFormError(null);
    try {
      setPreviewed(await preview.mutateAsync(values));
      setOutdated(false);
    } catch (error) {
      refused(error);
    }
  }, invalid);

  const save = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync(values);
      void message.success(t('ui.regimes.saved', { name: saved.name[locale] }));
      onClose();
    } catch (error) {
      refused(error);
    }
  }, invalid);

  return (
    <form
      noValidate
      aria-label={t('ui.regimes.editing', { name: regime.name[locale] })}
      onSubmit={(event) => void save(event)}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ui.regimes.editing', { name: regime.name[locale] })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('ui.regimes.editHelp')}
        </Typography.Paragraph>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict} description={t('ui.regimes.conflict')} />
        )}
        <FormError message={formError} />
        <Card size="small" title={t('ui.regimes.rulesTitle', { count: regime.rules.length })}>
          <RuleFieldsTable control={control} rules={regime.rules} />
        </Card>
        <Card size="small" title={t('ui.regimes.clocksTitle')}>
          <ClockFieldsTable control={control} />
        </Card>
        {previewed && <PreviewChanges preview={previewed} outdated={outdated} />}
        <Flex justify="end" align="center" gap={12} wrap>
          {formState.isDirty && <Typography.Text type="warning">{t('ui.regimes.unsaved')}</Typography.Text>}
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button icon={<EyeOutlined aria-hidden />} loading={preview.isPending} onClick={() => void runPreview()}>
            {t('ui.regimes.preview')}
          </Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('ui.common.save')}
          </Button>
        </Flex>
      </Space>
    </form>
  );
}
