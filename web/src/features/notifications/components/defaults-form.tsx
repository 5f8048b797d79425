import { useState } from 'react';
import { App, Button, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotificationDefaults } from '#shared/notifications/notifications.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { useUpdateDefaults } from '../api/delivery-settings.js';
import { DeliveryModesTable, DigestHourSelect } from './delivery-modes-table.js';

// The range the API accepts (shared/notifications/notifications.schemas.ts).
const MIN_DUE_SOON_DAYS = 1;
const MAX_DUE_SOON_DAYS = 20;

/** The defaults every person starts from, the digest hour and the reminder's working days, saved together. */
export function DefaultsForm({ defaults }: { defaults: NotificationDefaults }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateDefaults();
  const [delivery, setDelivery] = useState(defaults.delivery);
  const [digestHour, setDigestHour] = useState(defaults.digestHour);
  const [dueSoonWorkingDays, setDueSoonWorkingDays] = useState<number | null>(defaults.dueSoonWorkingDays);
  const save = () => {
    if (dueSoonWorkingDays === null) return;
    update.mutate(
      { delivery, digestHour, dueSoonWorkingDays },
      { onSuccess: () => void message.success(t('ui.notifications.defaults.saved')) },
    );
  };
  return (
    <Form layout="vertical" component="div">
      <FormError message={update.error?.message ?? null} />
      <DeliveryModesTable value={delivery} onChange={(kind, mode) => setDelivery({ ...delivery, [kind]: mode })} />
      <div className="form-row" style={{ marginTop: 16 }}>
        <Form.Item label={t('ui.notifications.digestHour')} htmlFor="defaults-digest-hour">
          <DigestHourSelect id="defaults-digest-hour" value={digestHour} onChange={setDigestHour} />
        </Form.Item>
        <Form.Item
          label={t('ui.notifications.defaults.dueSoonWorkingDays')}
          htmlFor="defaults-due-soon"
          help={<span id="defaults-due-soon-help">{t('ui.notifications.defaults.dueSoonHelp')}</span>}
        >
          <InputNumber
            id="defaults-due-soon"
            aria-describedby="defaults-due-soon-help"
            min={MIN_DUE_SOON_DAYS}
            max={MAX_DUE_SOON_DAYS}
            precision={0}
            value={dueSoonWorkingDays}
            onChange={setDueSoonWorkingDays}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </div>
      <Button type="primary" loading={update.isPending} disabled={dueSoonWorkingDays === null} onClick={save}>
        {t('ui.common.save')}
      </Button>
    </Form>
  );
}
