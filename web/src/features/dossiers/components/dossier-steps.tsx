import { Steps } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { mainPath, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { formatDate } from '../../../lib/format.js';
import { actionNameOf, timesReturned } from '../api/events.js';
import type { DossierEvent } from '../api/types.js';

type StepItem = NonNullable<React.ComponentProps<typeof Steps>['items']>[number];

const stepOf: Record<DossierStatus, number> = {
  drafting: 0,
  opinionRequested: 0,
  submitted: 1,
  returned: 1,
  appraised: 2,
  approved: 3,
  withdrawn: 0,
  superseded: 3,
};

const lastDate = (events: readonly DossierEvent[], action: string) => {
  const event = [...events].reverse().find((e) => actionNameOf(e.action) === action);
  return event ? formatDate(event.at) : null;
};

/**
 * Đang xây dựng -> Đã gửi thẩm định -> Đã thẩm định -> Đã phê duyệt, with "Yêu cầu bổ sung" after
 * the submission when the dossier was sent back (current while it waits for the unit).
 */
export function DossierSteps({ dossier, events }: { dossier: Dossier; events: readonly DossierEvent[] }) {
  const { t } = useTranslation();
  const returns = timesReturned(events) || (dossier.status === 'returned' ? 1 : 0);
  const current = stepOf[dossier.status];
  const dates: Record<string, string | null> = {
    submitted: lastDate(events, 'submit'),
    appraised: lastDate(events, 'appraise') ?? lastDate(events, 'recordExternalAppraisal'),
    approved: dossier.approvalDecision ? formatDate(dossier.approvalDecision.date) : lastDate(events, 'approve'),
  };
  const items: StepItem[] = mainPath.map((status, index) => ({
    key: status,
    title: t(`ui.dossier.steps.${status as 'drafting' | 'submitted' | 'appraised' | 'approved'}`),
    content:
      index === 0 && dossier.status === 'opinionRequested'
        ? t('ui.dossier.status.opinionRequested')
        : index < current || (index === current && index > 0)
          ? (dates[status] ?? undefined)
          : undefined,
  }));
  if (returns > 0) {
    const waiting = dossier.status === 'returned';
    items.splice(2, 0, {
      key: 'returned',
      title: t('ui.dossier.steps.returned'),
      status: waiting ? 'process' : 'finish',
      icon: <RollbackOutlined aria-hidden style={{ color: '#d46b08' }} />,
      content: returns > 1 ? t('ui.dossier.steps.returnedTimes', { count: returns }) : undefined,
    });
  }
  // With the inserted step, what comes after the submission moves one place right.
  const currentIndex = dossier.status === 'returned' ? 2 : returns > 0 && current >= 2 ? current + 1 : current;
  const finished = dossier.status === 'approved' || dossier.status === 'superseded';
  return (
    <Steps
      size="small"
      current={currentIndex}
      status={finished ? 'finish' : dossier.status === 'withdrawn' ? 'error' : 'process'}
      items={items}
      responsive
      aria-label={t('ui.dossier.stepsLabel')}
    />
  );
}
