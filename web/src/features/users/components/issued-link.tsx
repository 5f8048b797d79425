import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.js';

export interface IssuedLinkValue {
  url: string;
  expiresAt: string;
}

interface IssuedLinkProps {
  title: string;
  link: IssuedLinkValue;
}

/**
 * A one-time link, shown this once: the server keeps only its hash, so it can never be shown again (a new one
 * voids it). The administrator copies it and hands it to the person.
 */
export function IssuedLink({ title, link }: IssuedLinkProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      void message.success(t('ui.users.links.copied'));
    } catch {
      void message.error(t('ui.users.links.copyFailed'));
    }
  };
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={link.url}
              aria-label={t('ui.users.links.url')}
              onFocus={(event) => event.target.select()}
              spellCheck={false}
            />
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('ui.users.links.copy')}
            </Button>
          </Space.Compact>
          <Typography.Text>{t('ui.users.links.expires', { at: format.dateTime(link.expiresAt) })}</Typography.Text>
          <Typography.Text strong>{t('ui.users.links.handOver')}</Typography.Text>
        </Space>
      }
    />
  );
}
