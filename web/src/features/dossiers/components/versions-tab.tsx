import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  compareVersions,
  systemNamesOf,
  versionOfDossier,
  versionOfSnapshot,
  type DossierVersion,
  type VersionChange,
} from '#shared/dossiers/dossier-versions.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { useAttachments, useSnapshots } from '../api/dossiers.js';
import type { Snapshot } from '../api/types.js';
import { describeValue, labelOfPath, type LabelContext } from './field-labels.js';

const CURRENT = 'current';

/** Phiên bản: the copies frozen at each submission and approval, and what changed between two of them. */
export function VersionsTab({ dossier, context }: { dossier: Dossier; context: LabelContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const snapshots = useSnapshots(dossier.id);
  const items = useMemo(() => snapshots.data ?? [], [snapshots.data]);
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();

  const attachments = useAttachments(dossier.id);
  const current = useMemo(() => versionOfDossier(dossier, attachments.data ?? []), [dossier, attachments.data]);
  // By default: the two latest copies, or the only copy against the dossier as it is now.
  const fromId = from ?? (items.length >= 2 ? items.at(-2)!.id : items.at(-1)?.id);
  const toId = to ?? (items.length >= 2 ? items.at(-1)!.id : CURRENT);
  // Both sides through the same schema (shared/dossiers/dossier-versions.ts): only real changes are listed,
  // labelled with the systems' names as each version froze them.
  const { rows, rowContext } = useMemo(() => {
    const versionOf = (id: string | undefined): DossierVersion | undefined => {
      if (id === CURRENT) return current;
      const snapshot = items.find((s) => s.id === id);
      return snapshot && versionOfSnapshot(snapshot.content);
    };
    const [before, after] = [versionOf(fromId), versionOf(toId)];
    if (!before || !after) return { rows: [], rowContext: context };
    const names = new Map([...context.systemNames, ...systemNamesOf(after, before)]);
    return { rows: compareVersions(before, after), rowContext: { ...context, systemNames: names } };
  }, [fromId, toId, items, current, context]);

  // The dossier now is compared with its files: without them every file would read as removed.
  if (snapshots.isPending || attachments.isPending) return <Skeleton active />;
  if (snapshots.isError) return <QueryError error={snapshots.error} onRetry={() => void snapshots.refetch()} />;
  if (attachments.isError) return <QueryError error={attachments.error} onRetry={() => void attachments.refetch()} />;
  if (items.length === 0) return <Empty description={t('ui.versions.empty')} />;

  const nameOf = (snapshot: Snapshot, index: number) =>
    t('ui.versions.name', {
      index: index + 1,
      kind: t(`ui.versions.kind.${snapshot.kind}`),
      date: format.dateTime(snapshot.createdAt),
    });
  const options = [
    ...items.map((s, i) => ({ value: s.id, label: nameOf(s, i) })),
    { value: CURRENT, label: t('ui.versions.current') },
  ];

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('ui.versions.title')}>
        <Table<Snapshot>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          scroll={{ x: 760 }}
          columns={[
            { key: 'index', title: '#', width: 48, render: (_, __, index) => index + 1 },
            {
              key: 'kind',
              title: t('ui.versions.columns.kind'),
              width: 150,
              render: (_, s) => (
                <Tag color={s.kind === 'approval' ? 'green' : 'blue'}>{t(`ui.versions.kind.${s.kind}`)}</Tag>
              ),
            },
            {
              key: 'at',
              title: t('ui.versions.columns.createdAt'),
              width: 150,
              render: (_, s) => format.dateTime(s.createdAt),
            },
            { key: 'by', title: t('ui.versions.columns.createdBy'), width: 180, render: (_, s) => s.createdBy ?? '' },
            {
              key: 'sha',
              title: 'SHA-256',
              render: (_, s) => (
                <Typography.Text code copyable={{ text: s.sha256 }} className="hash" data-testid="snapshot-sha">
                  {s.sha256}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('ui.versions.compareTitle')}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <label htmlFor="version-from">{t('ui.versions.from')}</label>
          <Select
            id="version-from"
            value={fromId}
            onChange={setFrom}
            options={options}
            style={{ minWidth: 300 }}
            popupMatchSelectWidth={false}
          />
          <label htmlFor="version-to">{t('ui.versions.to')}</label>
          <Select
            id="version-to"
            value={toId}
            onChange={setTo}
            options={options}
            style={{ minWidth: 300 }}
            popupMatchSelectWidth={false}
          />
        </Flex>
        <Table<VersionChange>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 760 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.versions.noChanges')} />,
          }}
          columns={[
            {
              key: 'field',
              title: t('ui.conflict.field'),
              width: '28%',
              render: (_, row) => labelOfPath(row.segments, rowContext),
            },
            {
              key: 'before',
              title: t('ui.versions.before'),
              render: (_, row) => (
                <span className="pre-line diff-before">{describeValue(row.segments, row.before, rowContext)}</span>
              ),
            },
            {
              key: 'after',
              title: t('ui.versions.after'),
              render: (_, row) => (
                <span className="pre-line diff-after">{describeValue(row.segments, row.after, rowContext)}</span>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
