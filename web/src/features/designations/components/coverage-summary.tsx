import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Designation, DesignationCoverage } from '#shared/designations/designations.schemas.js';
import { useFormat } from '../../../lib/format.js';

interface CoverageSummaryProps {
  coverage: DesignationCoverage;
  /** To name, for a unit covered twice, the bodies designated for it. */
  designations: readonly Designation[];
}

/**
 * The rule of the issue: every commune-level unit has exactly one designated security unit on any day. Either
 * "26/26 … có đúng một đơn vị chuyên trách", or the units with none and those with several, each by name.
 */
export function CoverageSummary({ coverage, designations }: CoverageSummaryProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const total = coverage.units.length;
  const covered = coverage.units.filter((unit) => unit.designationIds.length === 1).length;
  const title = t('ui.designations.coverage.title', { day: date(coverage.asOf), root: coverage.root.name });
  const designatedNames = (ids: readonly string[]) =>
    designations.filter((d) => ids.includes(d.id)).map((d) => d.designatedOrganisation.name);

  if (total === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title={title}
        description={t('ui.designations.coverage.noUnits', { root: coverage.root.name })}
      />
    );
  }
  if (coverage.complete) {
    return (
      <Alert
        type="success"
        showIcon
        title={title}
        description={t('ui.designations.coverage.complete', { covered, total })}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={
        <>
          <Typography.Paragraph>{t('ui.designations.coverage.incomplete', { covered, total })}</Typography.Paragraph>
          {coverage.gaps.length > 0 && (
            <section aria-label={t('ui.designations.coverage.gaps', { count: coverage.gaps.length })}>
              <Typography.Text strong>
                {t('ui.designations.coverage.gaps', { count: coverage.gaps.length })}
              </Typography.Text>
              <ul>
                {coverage.gaps.map((unit) => (
                  <li key={unit.id}>{unit.name}</li>
                ))}
              </ul>
            </section>
          )}
          {coverage.overlaps.length > 0 && (
            <section aria-label={t('ui.designations.coverage.overlaps', { count: coverage.overlaps.length })}>
              <Typography.Text strong>
                {t('ui.designations.coverage.overlaps', { count: coverage.overlaps.length })}
              </Typography.Text>
              <ul>
                {coverage.overlaps.map((unit) => (
                  <li key={unit.id}>
                    {designatedNames(unit.designationIds).length
                      ? t('ui.designations.coverage.overlapBy', {
                          unit: unit.name,
                          designated: designatedNames(unit.designationIds).join(', '),
                        })
                      : unit.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      }
    />
  );
}
