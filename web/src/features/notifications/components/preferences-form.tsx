import { useState } from 'react';
import { Alert, App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences } from '#shared/notifications/notifications.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { useUpdatePreferences } from '../api/delivery-settings.js';
import { DeliveryModesTable, DigestHourSelect } from './delivery-modes-table.js';

/**
 * The person's own choices, saved together. When e-mail cannot reach them (the server has no SMTP, or they
 * have no address) the e-mail choices stay offered, since they take effect once it can, and a note says why
 * nothing arrives by e-mail yet.
 */
export function PreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdatePreferences();
  const [delivery, setDelivery] = useState(preferences.delivery);
  const [digestHour, setDigestHour] = useState(preferences.digestHour);
  const save = () =>
    update.mutate(
      { delivery, digestHour },
      { onSuccess: () => void message.success(t('ui.notifications.preferences.saved')) },
    );
  return (
    <Form layout="vertical" component="div">
      {!preferences.emailAvailable && (
        <Alert
          type="info"
          showIcon
          title={t('ui.notifications.preferences.emailUnavailable')}
          style={{ marginBottom: 16 }}
        />
      )}
      {preferences.emailAvailable && !preferences.hasEmail && (
        <Alert type="warning" showIcon title={t('ui.notifications.preferences.noEmail')} style={{ marginBottom: 16 }} />
      )}
      <FormError message={update.error?.message ?? null} />
      <DeliveryModesTable value={delivery} onChange={(kind, mode) => setDelivery({ ...delivery, [kind]: mode })} />
      <Form.Item label={t('ui.notifications.digestHour')} htmlFor="preferences-digest-hour" style={{ marginTop: 16 }}>
        <DigestHourSelect id="preferences-digest-hour" value={digestHour} onChange={setDigestHour} />
      </Form.Item>
      <Button type="primary" loading={update.isPending} onClick={save}>
        {t('ui.common.save')}
      </Button>
    </Form>
  );
}
