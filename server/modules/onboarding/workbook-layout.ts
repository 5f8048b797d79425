import { organisationKinds } from '#shared/organisations/organisations.schemas.js';
import type { OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import { informationTypes, systemStatuses, systemTypes } from '#shared/systems/systems.schemas.js';
import { roleSchema } from '#shared/users/users.schemas.js';
import { vi } from '#shared/i18n/vi/index.js';
import { en } from '#shared/i18n/en/index.js';

/*
 * The onboarding workbook's layout: its sheets and columns, as the template, the export and the import all use
 * them. The workbook is a Vietnamese administrative form, so its headings are Vietnamese whatever the reader's
 * language (as the official documents are); the import also accepts the English labels and the codes in a cell.
 */

/** A closed list a column takes its values from (a drop-down in the template, from the "Danh mục" sheet). */
export type ListName = 'kind' | 'role' | 'systemType' | 'informationType' | 'systemStatus';

export interface ColumnLayout {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  list?: ListName;
}

export interface SheetLayout {
  name: string;
  columns: ColumnLayout[];
}

/** A reference to an organisation: its code, or the names from the top of the tree down, joined by " > ". */
export const NAME_PATH_SEPARATOR = ' > ';

export const sheetLayouts: Record<OnboardingSheet, SheetLayout> = {
  organisations: {
    name: 'Đơn vị',
    columns: [
      { key: 'code', header: 'Mã định danh', width: 16 },
      { key: 'name', header: 'Tên đơn vị', width: 40, required: true },
      { key: 'shortName', header: 'Tên viết tắt (số, ký hiệu văn bản)', width: 16, required: true },
      { key: 'kind', header: 'Loại đơn vị', width: 30, required: true, list: 'kind' },
      { key: 'place', header: 'Địa danh ghi trên văn bản', width: 18, required: true },
      { key: 'parent', header: 'Đơn vị cấp trên (mã hoặc đường dẫn tên)', width: 50 },
    ],
  },
  people: {
    name: 'Người dùng',
    columns: [
      { key: 'username', header: 'Tên đăng nhập', width: 20, required: true },
      { key: 'fullName', header: 'Họ và tên', width: 26, required: true },
      { key: 'title', header: 'Chức danh', width: 20 },
      { key: 'email', header: 'Thư điện tử', width: 26 },
      { key: 'phone', header: 'Điện thoại', width: 16 },
      { key: 'organisation', header: 'Đơn vị (mã hoặc đường dẫn tên)', width: 50, required: true },
      { key: 'role', header: 'Vai trò', width: 24, required: true, list: 'role' },
    ],
  },
  systems: {
    name: 'Hệ thống thông tin',
    columns: [
      { key: 'code', header: 'Mã hệ thống', width: 16 },
      { key: 'name', header: 'Tên hệ thống', width: 40, required: true },
      { key: 'operator', header: 'Đơn vị vận hành (mã hoặc đường dẫn tên)', width: 40, required: true },
      { key: 'owner', header: 'Chủ quản (mã hoặc đường dẫn tên)', width: 40, required: true },
      { key: 'systemType', header: 'Loại hệ thống', width: 30, required: true, list: 'systemType' },
      { key: 'informationTypes', header: 'Loại thông tin (cách nhau bởi dấu ;)', width: 36, required: true },
      { key: 'internalUserCount', header: 'Số người dùng nội bộ', width: 14 },
      { key: 'externalUserCount', header: 'Số người dùng bên ngoài', width: 14 },
      { key: 'basicDataSubjects', header: 'Số chủ thể dữ liệu cá nhân cơ bản', width: 16 },
      { key: 'sensitiveDataSubjects', header: 'Số chủ thể dữ liệu cá nhân nhạy cảm', width: 16 },
      { key: 'address', header: 'Địa chỉ truy cập', width: 30 },
      { key: 'description', header: 'Mô tả', width: 40 },
      { key: 'status', header: 'Trạng thái', width: 22, list: 'systemStatus' },
    ],
  },
};

export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';

interface ListEntry {
  code: string;
  label: string;
  english: string;
}

const entries = <C extends string>(codes: readonly C[], vis: Record<C, string>, ens: Record<C, string>) =>
  codes.map((code) => ({ code, label: vis[code], english: ens[code] }));

/** Each list's values: the Vietnamese label the template offers, and what the import accepts besides. */
export const lists: Record<ListName, ListEntry[]> = {
  kind: entries(organisationKinds, vi.domain.organisationKind, en.domain.organisationKind),
  role: entries(roleSchema.options, vi.domain.role, en.domain.role),
  systemType: entries(systemTypes, vi.domain.systemType, en.domain.systemType),
  informationType: entries(informationTypes, vi.domain.informationType, en.domain.informationType),
  systemStatus: entries(systemStatuses, vi.domain.systemStatus, en.domain.systemStatus),
};

/** Lower case, one space, NFC: how a cell is compared with a label, a name or a heading. */
export const comparable = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

const lookups = new Map(
  (Object.keys(lists) as ListName[]).map((name) => {
    const byText = new Map<string, string>();
    for (const entry of lists[name])
      for (const text of [entry.code, entry.label, entry.english]) byText.set(comparable(text), entry.code);
    return [name, byText] as const;
  }),
);

/** The code a cell names in a list (by Vietnamese label, English label or code), or undefined. */
export const listCode = (name: ListName, cell: string) => lookups.get(name)!.get(comparable(cell));

/** The Vietnamese label the workbook writes for a code. */
export const listLabel = (name: ListName, code: string) =>
  lists[name].find((entry) => entry.code === code)?.label ?? code;

/** A column's heading, by its key; other keys (owner and operator ids) by the column that names them. */
export function headerOf(sheet: OnboardingSheet, key: string): string {
  const aliases: Record<string, string> = { operatorOrganisationId: 'operator', ownerOrganisationId: 'owner' };
  const wanted = aliases[key] ?? key;
  return sheetLayouts[sheet].columns.find((column) => column.key === wanted)?.header ?? key;
}

/** Column letters as the spreadsheet shows them: 1 -> A, 27 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
