import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditChainState } from '#shared/audit/audit-list.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { isApiError } from '../../../lib/api-error.js';
import { useAuditChain } from '../api/audit-events.js';

/** A load that failed, said in the person's language (the server's message already is). */
const messageOf = (error: unknown, fallback: string) => (isApiError(error) ? error.message : fallback);

function ChainState({ state }: { state: AuditChainState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { head, latestAnchor } = state;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          {
            key: 'head',
            label: t('ui.audit.chain.head'),
            children: head
              ? t('ui.audit.chain.headValue', { lastId: head.lastId, count: format.number(head.count) })
              : t('ui.audit.chain.empty'),
          },
          {
            key: 'anchor',
            label: t('ui.audit.chain.anchor'),
            children: latestAnchor
              ? t('ui.audit.chain.anchorValue', { date: format.date(latestAnchor.date), lastId: latestAnchor.lastId })
              : t('ui.audit.chain.noAnchor'),
          },
          ...(head
            ? [
                {
                  key: 'hash',
                  label: t('ui.audit.chain.headHash'),
                  span: 'filled' as const,
                  children: (
                    <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                      {head.lastHash}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]}
      />
      {state.chainHoldsAnchor === false ? (
        <Alert type="error" showIcon title={t('ui.audit.chain.lostAnchor')} />
      ) : state.chainHoldsAnchor ? (
        <Alert
          type={state.anchorIsHead ? 'success' : 'info'}
          showIcon
          title={t('ui.audit.chain.holdsAnchor')}
          description={state.anchorIsHead ? t('ui.audit.chain.anchorIsHead') : t('ui.audit.chain.anchorBehind')}
        />
      ) : null}
      {state.anchorProblems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('ui.audit.chain.anchorProblems', { count: state.anchorProblems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {state.anchorProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
        />
      )}
      {state.verification && (
        <Alert
          type={state.verification.ok ? 'success' : 'error'}
          showIcon
          title={
            state.verification.ok
              ? t('ui.audit.chain.verified', { checked: format.number(state.verification.checked) })
              : t('ui.audit.chain.broken', {
                  count: state.verification.problems.length,
                  checked: format.number(state.verification.checked),
                })
          }
          description={
            state.verification.problems.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {state.verification.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Space>
  );
}

/**
 * The chain's state at the top of the log: its head, the newest anchor written outside the database and whether the
 * chain still holds it. An administrator of a top-level organisation may also have the whole chain recomputed.
 */
export function AuditChainCard({ canVerify }: { canVerify: boolean }) {
  const { t } = useTranslation();
  const [verifying, setVerifying] = useState(false);
  const chain = useAuditChain(false);
  const verified = useAuditChain(true, { enabled: verifying });
  // Once recomputed, the verification's answer is the newer state (it carries the head and anchor too).
  const shown = verifying && verified.data ? verified : chain;
  return (
    <Card
      title={t('ui.audit.chain.title')}
      style={{ marginBottom: 16 }}
      extra={
        canVerify && (
          <Button
            icon={<SafetyCertificateOutlined aria-hidden />}
            loading={verifying && verified.isFetching}
            onClick={() => (verifying ? void verified.refetch() : setVerifying(true))}
            title={t('ui.audit.chain.verifyHelp')}
          >
            {t('ui.audit.chain.verify')}
          </Button>
        )
      }
    >
      <section aria-label={t('ui.audit.chain.title')} aria-live="polite" aria-busy={shown.isPending}>
        {shown.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('ui.errors.loadFailed')}
            description={messageOf(shown.error, t('ui.errors.unexpected'))}
          />
        ) : shown.data ? (
          <ChainState state={shown.data} />
        ) : (
          <Skeleton active paragraph={{ rows: 2 }} />
        )}
        {verifying && verified.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title={t('ui.audit.chain.verifyFailed')}
            description={messageOf(verified.error, t('ui.errors.unexpected'))}
          />
        )}
      </section>
    </Card>
  );
}
