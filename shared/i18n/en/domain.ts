import type { Messages } from '../messages.js';

export const domain: Messages['domain'] = {
  organisationKind: {
    province: 'Province, centrally-run city',
    department: 'Department, agency',
    district: 'District, town, provincial city',
    commune: 'Commune',
    town: 'Township',
    ward: 'Ward',
    publicServiceUnit: 'Public service unit',
    other: 'Other',
  },
  role: {
    officer: 'IT officer',
    appraiser: 'Appraiser',
    approver: 'Approving leader',
    reporter: 'Reporting staff',
    admin: 'Administrator',
  },
  systemType: {
    internal: 'Internal operations',
    onlineService: 'Serving people and businesses',
    infrastructure: 'Shared information infrastructure',
    industrialControl: 'Industrial control',
    other: 'Other',
  },
  informationType: {
    public: 'Public information',
    private: 'Private information',
    personal: 'Personal information',
    stateSecret: 'State secret',
  },
  systemStatus: {
    planned: 'Being built',
    operating: 'In operation',
    decommissioned: 'Decommissioned',
  },
  level: 'Level {{level}}',
  noLevel: 'No approved level',
};
