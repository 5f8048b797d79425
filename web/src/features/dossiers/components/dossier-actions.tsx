import { useState } from 'react';
import { App, Button, Modal } from 'antd';
import {
  AuditOutlined,
  CheckCircleOutlined,
  FileDoneOutlined,
  MessageOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  CommentOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '#shared/dossiers/dossier-workflow.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { TransitionBody } from '#shared/dossiers/transition-body.schemas.js';
import { isApiError } from '../../../lib/api-error.js';
import { dossierKeys } from '../api/dossiers.js';
import { useTransition } from '../api/save-dossier.js';
import { TransitionForm } from './transition-form.js';

/** Operator actions first, then the reviewer's; the main one of each side is primary. */
const order: Array<{ action: DossierAction; icon: React.ReactNode; primary?: boolean; danger?: boolean }> = [
  { action: 'submit', icon: <SendOutlined aria-hidden />, primary: true },
  { action: 'requestOpinion', icon: <MessageOutlined aria-hidden /> },
  { action: 'giveOpinion', icon: <CommentOutlined aria-hidden /> },
  { action: 'appraise', icon: <AuditOutlined aria-hidden />, primary: true },
  { action: 'recordExternalAppraisal', icon: <FileDoneOutlined aria-hidden />, primary: true },
  { action: 'return', icon: <RollbackOutlined aria-hidden /> },
  { action: 'approve', icon: <CheckCircleOutlined aria-hidden />, primary: true },
  { action: 'withdraw', icon: <StopOutlined aria-hidden />, danger: true },
];

interface DossierActionsProps {
  dossier: Dossier;
  /** Saves pending edits first and gives the version to act on. */
  prepare: () => Promise<number>;
}

/** Only the buttons the server's abilities allow; each opens the dialog of its action. */
export function DossierActions({ dossier, prepare }: DossierActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransition(dossier.id);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const allowed = order.filter(({ action }) => dossier.abilities[action]);
  if (allowed.length === 0) return null;

  const confirm = async (body: TransitionBody) => {
    let version: number;
    try {
      version = await prepare();
    } catch {
      throw new Error(t('ui.dossier.saveFirst'));
    }
    try {
      // The body as the action's contract accepted it, on the version the pending edits were saved as.
      const updated = await transition.mutateAsync({ ...body, version });
      setOpen(null);
      void message.success(t(`ui.dossier.done.${body.action}`, { status: t(`ui.dossier.status.${updated.status}`) }));
    } catch (error) {
      if (isApiError(error) && error.code === 'stale_version') {
        // Someone acted first: show the dossier as it is now.
        void queryClient.invalidateQueries({ queryKey: dossierKeys.one(dossier.id) });
        throw new Error(t('ui.dossier.staleTransition'), { cause: error });
      }
      throw error;
    }
  };

  return (
    <>
      {allowed.map(({ action, icon, primary, danger }) => (
        <Button
          key={action}
          type={primary ? 'primary' : 'default'}
          danger={danger}
          icon={icon}
          onClick={() => setOpen(action)}
        >
          {t(`ui.dossier.actions.${action}`)}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? t(`ui.dossier.actionTitles.${open}`) : ''}
        onCancel={() => setOpen(null)}
        footer={null}
        destroyOnHidden
        width={640}
      >
        {open && (
          <TransitionForm
            key={open}
            action={open}
            dossier={dossier}
            onCancel={() => setOpen(null)}
            onConfirm={confirm}
          />
        )}
      </Modal>
    </>
  );
}
