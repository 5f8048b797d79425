import type { RequiredDossierItem } from './regime.schemas.js';

const everyLevel = [1, 2, 3, 4, 5];
const atEveryLevel = (...items: Array<RequiredDossierItem['item']>): RequiredDossierItem[] =>
  items.map((item) => ({ item, levels: everyLevel }));

/**
 * What both decrees ask of every dossier (docs/domain.md#dossier-contents): the overview, the design
 * document (described, and attached: attachments have no kind, so at least one file stands for it),
 * the explanation of the level, the security plan's seven parts and every requirement group; levels
 * 4-5 add the analysis of connected systems, threats and impact.
 */
const common: RequiredDossierItem[] = [
  ...atEveryLevel(
    'overview.scope',
    'overview.scale',
    'overview.users',
    'overview.logicalArchitecture',
    'overview.physicalArchitecture',
    'overview.devicesAndApplications',
    'overview.networkZones',
    'design.description',
    'levelExplanation',
    'securityPlan.parts.designBuild',
    'securityPlan.parts.operation',
    'securityPlan.parts.inspection',
    'securityPlan.parts.riskManagement',
    'securityPlan.parts.monitoring',
    'securityPlan.parts.incidentResponse',
    'securityPlan.parts.endOfLife',
    'securityPlan.requirements',
    'attachments',
  ),
  { item: 'highLevelAnalysis.connectedSystems', levels: [4, 5] },
  { item: 'highLevelAnalysis.threats', levels: [4, 5] },
  { item: 'highLevelAnalysis.impact', levels: [4, 5] },
];

export const requiredForSubmissionNd85: RequiredDossierItem[] = common;

/** nd331 adds the preliminary risk identification at every level. */
export const requiredForSubmissionNd331: RequiredDossierItem[] = [...common, ...atEveryLevel('riskIdentification')];
