import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';

/** The statuses a unit's dossiers are charted by (withdrawn and superseded ones no longer stand for anything). */
export const chartedStatuses = [
  'drafting',
  'opinionRequested',
  'submitted',
  'returned',
  'appraised',
  'approved',
] as const satisfies readonly DossierStatus[];
export type ChartedStatus = (typeof chartedStatuses)[number];

/**
 * The status colours (docs/conventions.md#status-colours), the same everywhere (antd's preset tags):
 * drafting grey, submitted blue, returned orange, appraised cyan, approved green; a professional
 * opinion purple as its tag is.
 * A chart always names each colour in its legend and its table: never colour alone.
 */
export const statusColour: Record<ChartedStatus, string> = {
  drafting: '#8c8c8c',
  opinionRequested: '#722ed1',
  submitted: '#1677ff',
  returned: '#fa8c16',
  appraised: '#13c2c2',
  approved: '#52c41a',
};

/** Levels 1-5 from light to dark blue, "not approved" grey: a higher level reads as weightier. */
export const levelColour = (level: number | null) =>
  level === null ? '#bfbfbf' : (['#91caff', '#4096ff', '#1677ff', '#0958d9', '#002c8c'][level - 1] ?? '#1677ff');
