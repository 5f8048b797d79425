import type { ReactNode } from 'react';
import { Card, Statistic, Typography } from 'antd';
import { Link } from 'react-router';

interface StatCardProps {
  testId: string;
  title: string;
  /** As officials write it: "26/26", "03". */
  value: string;
  /** The list behind the number: an in-app path, or "#section" on this page. */
  to: string;
  tone?: 'good' | 'warning' | 'danger';
  footnote?: ReactNode;
}

const toneColour = { good: '#237804', warning: '#ad4e00', danger: '#cf1322' } as const;

/** A headline number that is itself the link to the list behind it. */
export function StatCard({ testId, title, value, to, tone, footnote }: StatCardProps) {
  // The link's name says what the number counts: "Hồ sơ đang chờ xử lý: 03", not a bare "03".
  const label = `${title}: ${value}`;
  // A coloured number stays recognisable as a link by its underline.
  const style = tone ? { color: toneColour[tone], textDecoration: 'underline', textUnderlineOffset: 4 } : undefined;
  const link = to.startsWith('#') ? (
    <a href={to} aria-label={label} style={style}>
      {value}
    </a>
  ) : (
    <Link to={to} aria-label={label} style={style}>
      {value}
    </Link>
  );
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Statistic title={title} value={value} formatter={() => link} />
      {footnote && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {footnote}
        </Typography.Text>
      )}
    </Card>
  );
}
