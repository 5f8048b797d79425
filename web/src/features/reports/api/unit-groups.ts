import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { ComplianceReport } from '#shared/reports/reports.schemas.js';

/** Units of some kinds under the organisation, as the headline counts them. */
interface UnitGroup {
  kinds: OrganisationKind[];
  units: number;
  withSystems: number;
  /** Units with at least one system, every one of them approved. */
  allApproved: number;
}

/** Commune-level units are counted together ("26/26 xã, thị trấn"), as the narrative does; every other kind alone. */
const groupOrder: ReadonlyArray<readonly OrganisationKind[]> = [
  ['province'],
  ['department'],
  ['district'],
  ['commune', 'ward', 'town'],
  ['publicServiceUnit'],
  ['other'],
];

/**
 * The units under the organisation by kind group: the report counts the organisation itself among
 * its kind, the headline speaks of the units below it (as the narrative's sentences do).
 */
export function unitGroupsBelow(
  report: Pick<ComplianceReport, 'organisation' | 'unitsByKind' | 'ownUnit'>,
): UnitGroup[] {
  const below = new Map(
    report.unitsByKind.map((row) => [
      row.kind,
      { units: row.units, withSystems: row.withSystems, allApproved: row.allApproved },
    ]),
  );
  const own = below.get(report.organisation.kind);
  if (own) {
    own.units -= 1;
    if (report.ownUnit.state !== 'withoutSystems') own.withSystems -= 1;
    if (report.ownUnit.state === 'approved') own.allApproved -= 1;
  }
  return groupOrder.flatMap((kinds) => {
    const present = kinds.filter((kind) => (below.get(kind)?.units ?? 0) > 0);
    if (present.length === 0) return [];
    const sum = (key: 'units' | 'withSystems' | 'allApproved') =>
      present.reduce((total, kind) => total + below.get(kind)![key], 0);
    return [{ kinds: present, units: sum('units'), withSystems: sum('withSystems'), allApproved: sum('allApproved') }];
  });
}
