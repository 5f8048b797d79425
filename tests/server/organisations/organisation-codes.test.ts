import { organisations } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';
import { testRecordCodes } from '../record-codes.js';

/*
 * The unit's identifying code (mã định danh): shown, set, changed and cleared on the screens as the spreadsheet
 * import sets it, upper case and unique (organisations_code_unique), a taken one answering 400 on `code`.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

testRecordCodes({
  path: '/api/organisations',
  table: organisations,
  app: () => app,
  editors: ['admin', 'admin'],
  newBody: (code, name = 'Trạm Y tế xã Định Bình') => ({
    parentId: demo.org(DINH_BINH).id,
    kind: 'publicServiceUnit',
    name,
    shortName: 'TYT',
    place: 'Định Bình',
    code,
  }),
  // short name DVTN
  existing: (name) => makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name }),
  searchTexts: {
    created: 'tram y te xa dinh binh tyt ma-01.a_b',
    set: 'ban ghi co ma dvtn ma.04',
    renamed: 'ban ghi doi ten dvtn ma.04',
    cleared: 'ban ghi doi ten dvtn',
  },
});
