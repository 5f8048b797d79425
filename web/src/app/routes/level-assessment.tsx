import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { useState } from 'react';
import { Card, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { regimeIds, type RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimeFor, defaultRegimes } from '#shared/regimes/regimes.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { type LevelDraft, LevelForm } from '../../features/dossiers/index.js';
import { useFormat } from '../../lib/format.js';

/** The guided level determination on its own: try the questions before (or without) a dossier. */
export default function LevelAssessmentRoute() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [regime, setRegime] = useState<RegimeId>(() => defaultRegimeFor(todayInVietnam()));
  const [draft, setDraft] = useState<LevelDraft>({});
  return (
    <>
      <PageHeader
        title={t('ui.levelForm.pageTitle')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.levelForm.pageTitle') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.levelForm.pageIntro')}</Typography.Paragraph>
      </PageHeader>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" component={false}>
          <Form.Item label={<span id="regime-label">{t('ui.dossier.fields.regime')}</span>} style={{ marginBottom: 0 }}>
            <Radio.Group
              aria-labelledby="regime-label"
              value={regime}
              onChange={(event) => setRegime(event.target.value as RegimeId)}
              options={regimeIds.map((id) => ({ value: id, label: defaultRegimes[id].name[locale] }))}
            />
          </Form.Item>
        </Form>
      </Card>
      <LevelForm regime={regime} draft={draft} onChange={setDraft} idPrefix="standalone" />
    </>
  );
}
