import { Card, Descriptions, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { requiredItems } from '#shared/dossiers/dossier-completeness.js';
import { regimeIds, type RegimeId, type RequirableDossierItem } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { useFormat } from '../../../lib/format.js';
import type { DossierDraft } from '../api/draft.js';
import { TextFields } from './text-fields.js';

const overviewKeys = [
  'scope',
  'scale',
  'users',
  'logicalArchitecture',
  'physicalArchitecture',
  'devicesAndApplications',
  'networkZones',
] as const;
const designKinds = ['preliminary', 'construction', 'equivalent'] as const;
const highLevelKeys = ['connectedSystems', 'threats', 'impact'] as const;

interface TabProps {
  dossier: Dossier;
  draft: DossierDraft;
  editable: boolean;
  update: (change: (draft: DossierDraft) => DossierDraft) => void;
}

/** Thông tin chung: the title and regime, part 1 (overview), part 2 (design), and part 5 for levels 4-5. */
export function OverviewTab({ dossier, draft, editable, update }: TabProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const content = draft.content;
  const setContent = (change: (c: DossierDraft['content']) => DossierDraft['content']) =>
    update((d) => ({ ...d, content: change(d.content) }));
  const required = requiredItems(defaultRegimes[draft.regime], dossier.proposedLevel);
  const isRequired = (item: RequirableDossierItem) => required.has(item);
  const showHighLevel =
    (dossier.proposedLevel ?? 0) >= 4 || highLevelKeys.some((key) => content.highLevelAnalysis[key]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('ui.dossier.sections.general')}>
        {editable ? (
          <Form layout="vertical" component={false}>
            <Form.Item label={t('ui.dossier.fields.title')} htmlFor="dossier-title" required>
              <Input
                id="dossier-title"
                value={draft.title}
                maxLength={300}
                onChange={(event) => update((d) => ({ ...d, title: event.target.value }))}
              />
            </Form.Item>
            <Form.Item
              label={<span id="dossier-regime-label">{t('ui.dossier.fields.regime')}</span>}
              help={t('ui.dossier.regimeHelp')}
            >
              <Radio.Group
                aria-labelledby="dossier-regime-label"
                value={draft.regime}
                onChange={(event) => update((d) => ({ ...d, regime: event.target.value as RegimeId }))}
                options={regimeIds.map((id) => ({ value: id, label: defaultRegimes[id].name[locale] }))}
              />
            </Form.Item>
          </Form>
        ) : (
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            bordered
            items={[
              { key: 'title', label: t('ui.dossier.fields.title'), children: draft.title, span: 'filled' },
              { key: 'operator', label: t('ui.dossier.fields.operator'), children: dossier.operator.name },
              {
                key: 'regime',
                label: t('ui.dossier.fields.regime'),
                children: defaultRegimes[draft.regime].name[locale],
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('ui.dossier.sections.overview')}>
        <TextFields
          editable={editable}
          idPrefix="overview"
          fields={overviewKeys.map((key) => ({
            key,
            label: t(`ui.dossier.overview.${key}`),
            required: isRequired(`overview.${key}`),
            value: content.overview[key],
            onChange: (value) => setContent((c) => ({ ...c, overview: { ...c.overview, [key]: value } })),
          }))}
        />
      </Card>
      <Card size="small" title={t('ui.dossier.sections.design')}>
        {editable ? (
          <Form layout="vertical" component={false}>
            <Form.Item label={t('ui.dossier.design.kind')} htmlFor="design-kind">
              <Select
                id="design-kind"
                value={content.design.kind}
                onChange={(kind) => setContent((c) => ({ ...c, design: { ...c.design, kind } }))}
                options={designKinds.map((kind) => ({ value: kind, label: t(`ui.dossier.designKind.${kind}`) }))}
                style={{ maxWidth: 480 }}
              />
            </Form.Item>
          </Form>
        ) : (
          <Typography.Paragraph>
            <Typography.Text strong>{t('ui.dossier.design.kind')}: </Typography.Text>
            {t(`ui.dossier.designKind.${content.design.kind}`)}
          </Typography.Paragraph>
        )}
        <TextFields
          editable={editable}
          idPrefix="design"
          fields={[
            {
              key: 'description',
              label: t('ui.dossier.design.description'),
              required: isRequired('design.description'),
              value: content.design.description,
              onChange: (value) => setContent((c) => ({ ...c, design: { ...c.design, description: value } })),
            },
          ]}
        />
      </Card>
      {showHighLevel && (
        <Card size="small" title={t('ui.dossier.sections.highLevelAnalysis')}>
          <TextFields
            editable={editable}
            idPrefix="high-level"
            fields={highLevelKeys.map((key) => ({
              key,
              label: t(`ui.dossier.highLevel.${key}`),
              required: isRequired(`highLevelAnalysis.${key}`),
              value: content.highLevelAnalysis[key],
              onChange: (value) =>
                setContent((c) => ({ ...c, highLevelAnalysis: { ...c.highLevelAnalysis, [key]: value } })),
            }))}
          />
        </Card>
      )}
    </Space>
  );
}
