import { Card, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The report's opening sentences, in the district report's own words, as the report prints them. */
export function NarrativeCard({ sentences }: { sentences: string[] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <span id="narrative-title">
          <FileTextOutlined aria-hidden /> {t('ui.dashboard.narrativeTitle')}
        </span>
      }
    >
      <section aria-labelledby="narrative-title" data-testid="narrative">
        {sentences.map((sentence, index) => (
          <Typography.Paragraph key={index} style={{ marginBottom: 6 }}>
            {sentence}
          </Typography.Paragraph>
        ))}
      </section>
    </Card>
  );
}
