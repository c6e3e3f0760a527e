import type { WidgetName } from '../../src/check.js';
import { readCitation } from '../../src/text/citation.js';
import { foldDiacritics } from '../../src/text/search.js';

/**
 * How a spreadsheet column becomes a JSON field. The cell is read by its kind (see cell-values.ts);
 * whatever cannot be read is passed on as written, so the widget's own rules report it.
 */
export type ColumnKind =
  /** Text as written. */
  | 'text'
  /** An `id`: a whole number stays a number, anything else is text. */
  | 'id'
  /** A date: an Excel date, `10/01/2023` (day first, as in Vietnam) or ISO `2023-01-10`. */
  | 'date'
  /** A date and time (`updatedAt`): an Excel date, `26/11/2026 13:00` (Vietnam time) or ISO. */
  | 'datetime'
  /** A whole number: `2023`, `11529` or `11.529` (Vietnamese grouping). */
  | 'number'
  /** Several values in one cell, separated by commas, semicolons or line breaks. */
  | 'list'
  /** Phone numbers as written; one cell may hold several (`02963.957.049 - 0378.247.247`). */
  | 'phones';

export interface Column {
  /** Where the value goes in the record: `title`, `document.url`, `award.date`. */
  field: string;
  /** The header in Vietnamese templates: what staff see in Excel. */
  vi: string;
  /** The header in English templates. */
  en: string;
  kind: ColumnKind;
  /** Words a person may write for a fixed value, each to its value: `Đang diễn ra` → `ongoing`. */
  values?: Record<string, string>;
}

/** How rows become one document for a widget. */
export interface SheetShape {
  /**
   * `list`: each row is a record of `{ [listKey]: [...] }`; `groups`: as `list`, and rows are
   * grouped by the `group` field (hotlines); `single`: the first row is the whole document.
   */
  layout: 'list' | 'groups' | 'single';
  /** The document key holding the records: `campaigns`, `exemplars`, `contacts`. */
  listKey?: string;
  columns: Column[];
  /** Joins fields a row holds apart into the record the widget expects (keys are column fields). */
  finish?(fields: Record<string, unknown>): Record<string, unknown>;
}

const STATUS = {
  'sắp diễn ra': 'upcoming',
  'đang diễn ra': 'ongoing',
  'đã kết thúc': 'ended',
  'kết thúc': 'ended',
  'đã hủy': 'cancelled',
  upcoming: 'upcoming',
  ongoing: 'ongoing',
  ended: 'ended',
  cancelled: 'cancelled',
};

const LEVEL = {
  'toàn quốc': 'national',
  'trung ương': 'national',
  'cấp tỉnh': 'provincial',
  tỉnh: 'provincial',
  'địa phương': 'local',
  'cơ sở': 'local',
  national: 'national',
  provincial: 'provincial',
  local: 'local',
};

const KIND = {
  'cá nhân': 'individual',
  'tập thể': 'collective',
  individual: 'individual',
  collective: 'collective',
};

/**
 * A citation (`Kế hoạch số 16/KH-UBND ngày 10/1/2023`) with a link in the next column: the data
 * then needs the document as an object, so the citation is read into its type, number and date
 * (kept whole as the title when no number can be read).
 */
function documentWithLink(fields: Record<string, unknown>): Record<string, unknown> {
  const { document: text, 'document.url': url, ...rest } = fields;
  if (typeof text !== 'string' || url === undefined) return fields;
  // The widget shows type, number and date only when there is a number; otherwise the title.
  const citation = readCitation(text);
  return { ...rest, document: citation?.number ? { ...citation, url } : { title: text, url } };
}

/**
 * The one mapping between spreadsheet columns and each widget's JSON fields, used by the
 * templates, the import and the report (a dropped field's column). Headers follow the words
 * provincial staff use; the English ones are for English templates. Matching ignores case and
 * diacritics, and the JSON field name is accepted as a header too.
 */
export const sheetShapes: Record<WidgetName, SheetShape> = {
  'campaign-list': {
    layout: 'list',
    listKey: 'campaigns',
    columns: [
      { field: 'id', vi: 'Mã', en: 'ID', kind: 'id' },
      { field: 'title', vi: 'Tên phong trào', en: 'Title', kind: 'text' },
      { field: 'summary', vi: 'Tóm tắt', en: 'Summary', kind: 'text' },
      { field: 'launchedBy', vi: 'Cơ quan phát động', en: 'Launched by', kind: 'text' },
      { field: 'level', vi: 'Cấp', en: 'Level', kind: 'text', values: LEVEL },
      { field: 'startDate', vi: 'Ngày bắt đầu', en: 'Start date', kind: 'date' },
      { field: 'endDate', vi: 'Ngày kết thúc', en: 'End date', kind: 'date' },
      { field: 'status', vi: 'Trạng thái', en: 'Status', kind: 'text', values: STATUS },
      { field: 'targets', vi: 'Đối tượng', en: 'Targets', kind: 'list', values: KIND },
      { field: 'fields', vi: 'Lĩnh vực', en: 'Fields', kind: 'list' },
      { field: 'document', vi: 'Văn bản', en: 'Document', kind: 'text' },
      { field: 'document.url', vi: 'Liên kết văn bản', en: 'Document link', kind: 'text' },
      { field: 'url', vi: 'Liên kết', en: 'Link', kind: 'text' },
    ],
    finish: documentWithLink,
  },
  'exemplar-gallery': {
    layout: 'list',
    listKey: 'exemplars',
    columns: [
      { field: 'id', vi: 'Mã', en: 'ID', kind: 'id' },
      { field: 'name', vi: 'Họ và tên', en: 'Name', kind: 'text' },
      { field: 'kind', vi: 'Loại', en: 'Kind', kind: 'text', values: KIND },
      { field: 'position', vi: 'Chức vụ', en: 'Position', kind: 'text' },
      { field: 'unit', vi: 'Đơn vị', en: 'Unit', kind: 'text' },
      { field: 'achievement', vi: 'Thành tích', en: 'Achievement', kind: 'text' },
      { field: 'award.title', vi: 'Hình thức khen thưởng', en: 'Award', kind: 'text' },
      { field: 'award.decision', vi: 'Số quyết định', en: 'Decision number', kind: 'text' },
      { field: 'award.date', vi: 'Ngày quyết định', en: 'Decision date', kind: 'date' },
      { field: 'year', vi: 'Năm', en: 'Year', kind: 'number' },
      { field: 'photo.src', vi: 'Ảnh', en: 'Photo', kind: 'text' },
      { field: 'photo.alt', vi: 'Mô tả ảnh', en: 'Photo description', kind: 'text' },
      { field: 'url', vi: 'Liên kết', en: 'Link', kind: 'text' },
    ],
  },
  'hotline-card': {
    layout: 'groups',
    listKey: 'contacts',
    columns: [
      { field: 'group', vi: 'Nhóm', en: 'Group', kind: 'text' },
      { field: 'name', vi: 'Họ và tên', en: 'Name', kind: 'text' },
      { field: 'position', vi: 'Chức vụ', en: 'Position', kind: 'text' },
      { field: 'unit', vi: 'Đơn vị', en: 'Unit', kind: 'text' },
      { field: 'phones', vi: 'Điện thoại', en: 'Phones', kind: 'phones' },
      { field: 'email', vi: 'Email', en: 'Email', kind: 'text' },
      { field: 'zalo', vi: 'Zalo', en: 'Zalo', kind: 'text' },
      { field: 'hours', vi: 'Giờ làm việc', en: 'Hours', kind: 'text' },
    ],
  },
  'visit-counter': {
    layout: 'single',
    columns: [
      { field: 'total', vi: 'Lượt truy cập', en: 'Total visits', kind: 'number' },
      { field: 'today', vi: 'Hôm nay', en: 'Today', kind: 'number' },
      { field: 'yesterday', vi: 'Hôm qua', en: 'Yesterday', kind: 'number' },
      { field: 'month', vi: 'Tháng này', en: 'This month', kind: 'number' },
      { field: 'online', vi: 'Đang online', en: 'Online now', kind: 'number' },
      { field: 'updatedAt', vi: 'Cập nhật lúc', en: 'Updated at', kind: 'datetime' },
    ],
  },
};

/** A header or a written value as compared: no case, no diacritics, single spaces. */
export function headerKey(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** The column a header names (Vietnamese, English or the JSON field), or undefined. */
export function columnForHeader(shape: SheetShape, header: string): Column | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  return shape.columns.find(
    (column) => headerKey(column.vi) === key || headerKey(column.en) === key || headerKey(column.field) === key,
  );
}
