import { Router } from 'express';
import { formatDateVi } from '#shared/common/text.js';
import { reportDashboard } from '#shared/reports/dashboard.contract.js';
import type { Db } from '../../../db/open-db.js';
import { fieldError } from '../../../http/http-error.js';
import { mountAuthed } from '../../../http/mount-route.js';
import { todayInVietnam } from '../../calendar/load-calendar.js';
import { resolveReportRoot } from '../report-root.js';
import { cachedReport } from '../cache/cached-report.js';
import { buildDashboard } from './build-dashboard.js';
import { reportTrail } from './report-trail.js';

/** GET /api/reports/dashboard: scoped and dated exactly like the compliance report it sits beside. */
export function dashboardRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, reportDashboard, async ({ actor, query }) => {
    const today = todayInVietnam();
    const asOf = query.asOf ?? today;
    if (asOf > today) throw fieldError('asOf', 'reports.validation.asOfInFuture', { today: formatDateVi(today) });
    const root = await resolveReportRoot(db, actor, query.organisationId);
    const [trail, dashboard] = await Promise.all([
      reportTrail(db, actor, root),
      cachedReport(db, { report: 'dashboard', rootId: root.id, asOf, today }, () =>
        buildDashboard(db, { root, asOf, today }),
      ),
    ]);
    return { ...dashboard, trail };
  });

  return router;
}
