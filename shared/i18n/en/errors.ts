import type { Messages } from '../messages.js';

export const errors: Messages['errors'] = {
  validation_failed: 'Some fields are not valid. Please check the marked fields.',
  invalid_json: 'The request body is not valid JSON.',
  unauthenticated: 'You are not logged in or your session has expired. Please log in again.',
  invalid_credentials: 'Wrong username or password.',
  csrf_failed: 'Missing or wrong anti-forgery token (x-csrf-token). Please reload the page.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'Not found.',
  conflict: 'This conflicts with existing data.',
  stale_version: 'Someone else changed this after you opened it. Reload and make your change again.',
  designation_overlap:
    '{{unit}} would have two designated security units from {{day}}: {{designated}} is already designated for it. ' +
    'Each commune, ward and town has exactly one on any day: end the existing designation before this one ' +
    'starts, or change the dates or the subtree of this one.',
  payload_too_large: 'The request is larger than allowed.',
  too_many_attempts: 'Too many failed logins. Try again in {{minutes}} minutes.',
  too_many_exports:
    'You already have {{max}} document exports running, the most allowed at a time. Wait for one to finish, ' +
    'then export again.',
  export_quota_reached:
    'You have started {{max}} document exports in the last 24 hours, the most allowed. Use the files already ' +
    'exported or try again in {{hours}} hours.',
  export_expired:
    'The file of this document export was deleted: it is kept only {{hours}} hours after it finished. ' +
    'Please export again.',
  database_unavailable:
    'The server cannot reach its database for the moment; data saved before is not lost. Please try again ' +
    'in a few minutes (if you were saving a change, reload the page to check it before saving again).',
  internal: 'Something went wrong on the server. Please try again later or contact the administrator.',
  malformed_dossier:
    'Dossier {{id}}: its stored {{field}} does not have the expected structure (at {{path}}). Nothing is shown ' +
    'or drawn up from it. Please tell the administrator.',
  malformed_event:
    'Audit event #{{id}} ({{action}}): its stored {{field}} does not have the expected structure (at {{path}}). ' +
    'Please tell the administrator.',
};

export const validation: Messages['validation'] = {
  required: 'This field is required.',
  invalidType: 'Wrong type of value.',
  tooShort: 'At least {{minimum}} characters.',
  tooLong: 'At most {{maximum}} characters.',
  tooSmall: 'Must be {{minimum}} or more.',
  tooBig: 'Must not exceed {{maximum}}.',
  tooFewItems: 'Choose at least {{minimum}}.',
  notInteger: 'Must be a whole number.',
  invalidOption: 'Not one of the allowed values.',
  invalidDate: 'Not a valid date (YYYY-MM-DD).',
  dateOutOfRange: 'The date must lie between 01/01/1900 and 31/12/2199.',
  invalidId: 'Not a valid identifier.',
  unknownField: 'Unsupported field: {{keys}}.',
  invalid: 'Not a valid value.',
  invalidCursor:
    'The page position (cursor) is not valid or belongs to another list. Reload the list from its first page.',
  jsonTooDeep: 'The request body nests JSON arrays or objects deeper than {{max}} levels.',
  username: 'Usernames have 3-64 characters: lower-case letters without accents, digits, dot, underscore or hyphen.',
  passwordLength: 'The password needs at least 12 characters.',
  passwordClasses: 'The password needs three of: lower case, upper case, digit, symbol.',
  address: 'Not a valid address, e.g. yendinh.thanhhoa.gov.vn or https://yendinh.thanhhoa.gov.vn',
  informationTypes: 'Choose at least one type of information the system handles.',
  ownerNotAncestor: 'The owner must be the operating unit itself or a body above it.',
  organisationNotInScope: 'The organisation does not exist or is outside your scope.',
  parentCycle: 'An organisation cannot be moved into itself or one of its own units.',
  // Codes of units and systems (shared/common/record-code.ts)
  recordCode: 'A code has only unaccented letters, digits and . _ - (at most 50 characters).',
  codeTaken: 'The code {{code}} is already used by another record.',
  wrongCurrentPassword: 'The current password is wrong.',
  // Accounts (server/modules/users, server/modules/auth/activation-use.ts)
  email: 'Not a valid e-mail address, e.g. nguyenvana@thanhhoa.gov.vn',
  phone: 'A phone number has 6-15 digits, possibly with +, spaces, dots, dashes or brackets.',
  duplicateMembership: 'This role at this organisation is already in the list.',
  usernameTaken: 'This username is taken. Choose another.',
  membershipExists: 'The person already holds this role at this organisation.',
  onlyRole: "This is the person's only role and cannot be revoked. If they have left, deactivate the account.",
  lastAdmin:
    '{{organisation}} would have no active administrator left, at it or above it. Make someone else an ' +
    'administrator first.',
  cannotDeactivateSelf: 'You cannot deactivate your own account.',
  ownLink: 'No link for yourself: change your own password from your menu.',
  accountInactive: 'The account is deactivated: reactivate it before issuing a link.',
  alreadyActivated: 'The account is already activated: issue a password reset link instead.',
  notActivated: 'The account is not activated yet: issue a new activation link instead.',
  linkInvalid: 'The link is invalid, has expired or has already been used. Ask an administrator for a new one.',
  holidayOutsideYear: 'The date {{date}} is not in {{year}}.',
  holidayKind: 'Date {{date}}: a holiday must be a weekday, a swapped working day a Saturday or Sunday.',
  regimeIdMismatch: 'The regime id in the body does not match the address.',
  regimeClosed: 'This regime is no longer (or not yet) open to dossiers started today.',
  // Designations
  designationEndsBeforeStart: 'The end date cannot be before the start date.',
  // Dossiers
  duplicateSystem: 'This system is already in the dossier.',
  duplicateHoliday: 'The day {{date}} is already in the list.',
  systemNotOfOperator:
    "The system does not exist, is outside your scope or is not operated by the dossier's operating unit.",
  dossierNotFound: 'The dossier does not exist or is outside your scope.',
  dossierIncomplete: 'Not done yet: {{en}}.',
  levelNotDetermined: 'No level determined for this system: answer the level questions before submitting.',
  dateInFuture: 'The document date cannot be after today.',
  dateBeforeSubmission: 'The decision cannot be dated before the dossier was submitted ({{date}}).',
  documentNumberTaken: 'Number {{number}} was already given to another document of this body in {{year}}.',
  returnReasonsRequired: 'State what must be added or corrected.',
  unsuitableReasonsRequired: 'A conclusion is "unsuitable": state the reasons and what must be completed.',
  professionalOpinionRequired:
    "A level 4-5 dossier needs the designated security unit's professional opinion before it is submitted for " +
    'appraisal.',
  attachmentNotFound: 'The attachment does not belong to this dossier.',
  attachmentInReview: 'This file is the scan of an appraisal recorded in the dossier: it cannot be removed.',
  fileEmpty: 'The file is empty.',
  fileType: 'The file "{{fileName}}" is not a PDF, DOCX, XLSX, PNG or JPEG (checked by its content, not its name).',
  // Documents
  documentFile: 'The document file must be <form>.pdf or <form>.docx, e.g. approval-decision.pdf.',
  documentNotAvailable:
    'This document is not available for the dossier in its current status, or does not apply to its level.',
  exportNeedsDossiers: 'Choose the dossiers to export, or an organisation.',
  exportTooLarge: 'At most {{max}} dossiers per export; choose a narrower scope.',
  exportNotFound: 'This document export was not found.',
  exportInterrupted: 'The document export was interrupted (the server restarted). Please export again.',
  exportNotReady: 'The document export has not finished.',
  exportFailed:
    'The documents of this export could not be drawn up (a server fault). Export again; if it fails again, ' +
    'tell the administrator.',
  markedAuthorityRequired: 'With an authority mark (TM., KT., ...) state the title or body signed for.',
  draftingUnit: 'Letters and digits only, without spaces or dashes, for example: VP, PCNTT.',
  functionsBasisLeadingWords:
    'Leave out "Căn cứ" at the start: the document adds it. Name the act only, for example: Quyết định số ' +
    '.../QĐ-UBND ngày ... quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ...',
  onboarding: {
    notXlsx: 'The file is not a valid Excel workbook (.xlsx). Save it as Excel Workbook (.xlsx) and upload it again.',
    inflatesTooMuch: 'The file unpacks to too much data (over {{max}} MB). Split the data into several files.',
    sheetTooLarge:
      'Each sheet may have at most {{rows}} rows and {{columns}} columns. Split the data into several files.',
    noSheets:
      'The file has no "Đơn vị", "Người dùng" or "Hệ thống thông tin" sheet. Use the template downloaded from the app.',
    missingColumn:
      'The required column "{{header}}" is missing from the heading row. Do not rename the template\'s columns.',
    formula: 'The cell holds a formula. Replace it with its value (Paste Special > Values).',
    codeTaken: 'The code {{code}} is used by a record outside your scope.',
    duplicateInFile: 'Repeats row {{row}} of the same file.',
    sameNameOtherCode: 'A record with this name already has the code {{code}}. Write that code, or another name.',
    unknownOrganisation:
      'No organisation "{{reference}}" in your scope or in the file. ' +
      'Write its code, or the names of its levels joined by ">".',
    ambiguousOrganisation:
      'Several organisations match "{{reference}}". Write its code, or add its parent: Parent name > Name.',
    parentRequired: 'Write the parent organisation (code or name path) of a new organisation.',
    cannotMove:
      'The parent differs from the current one. ' +
      'A file does not move organisations; move it on the Organisations screen.',
    notAdministered: 'You do not administer "{{reference}}".',
    adminOnlyByAdmin: 'Only an administrator of the organisation (or above it) can grant the Administrator role.',
    personDiffers:
      "Differs from this person's details on row {{row}}. Leave it empty or write the same as row {{row}}.",
    unknownInformationType: 'Information types must be values of the list, separated by semicolons (;).',
    changedMeanwhile:
      'The data changed elsewhere during the import; nothing was written. Upload the file again to preview it.',
    alreadyCommitted: 'This file has already been imported. Upload it again to import it once more.',
  },
};
