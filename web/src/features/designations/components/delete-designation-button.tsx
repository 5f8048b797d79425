import { App, Button, Popconfirm } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Designation } from '#shared/designations/designations.schemas.js';
import { useDeleteDesignation } from '../api/designations.js';

/**
 * Deletes a designation entered by mistake, after a confirmation, with the version the table shows: one changed by
 * someone else meanwhile is refused (409) and the table reloads.
 */
export function DeleteDesignationButton({ designation }: { designation: Designation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteDesignation();
  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: designation.id, version: designation.version });
      void message.success(t('ui.designations.deleted'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Popconfirm
      title={t('ui.designations.deleteConfirm', {
        name: designation.designatedOrganisation.name,
        subtree: designation.subtreeRoot.name,
      })}
      okText={t('ui.designations.delete')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={confirm}
    >
      <Button
        danger
        size="small"
        icon={<DeleteOutlined aria-hidden />}
        loading={remove.isPending}
        aria-label={`${t('ui.designations.delete')}: ${designation.designatedOrganisation.name}`}
      >
        {t('ui.designations.delete')}
      </Button>
    </Popconfirm>
  );
}
