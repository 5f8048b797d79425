import type { z } from 'zod';
import type { Block, TableColumn } from '../../document-model.js';
import { levelText } from '../../official-parts.js';
import { implementationStatusText, requirementKindText } from '../security-plan-text.js';
import type { explanationSchema } from './schema.js';

type Data = z.infer<typeof explanationSchema>;

const columns: TableColumn[] = [
  { title: 'STT', width: 1, align: 'center' },
  { title: 'Nhóm yêu cầu', width: 8 },
  { title: 'Loại', width: 2, align: 'center' },
  { title: 'Tình trạng', width: 3, align: 'center' },
  { title: 'Ghi chú', width: 6 },
];

/**
 * The annex "Tình hình đáp ứng yêu cầu cơ bản": one row per requirement group of the standard. It is
 * wide, so it starts on a landscape page of its own after the signature, numbered on its own (an annex);
 * its title in capitals, the document it goes with in italics under it (Decree 30).
 */
export function requirementAnnex(data: Data): Block[] {
  return [
    { kind: 'pageBreak', orientation: 'landscape', annex: true },
    { kind: 'title', type: 'PHỤ LỤC', subject: 'TÌNH HÌNH ĐÁP ỨNG YÊU CẦU CƠ BẢN' },
    {
      kind: 'paragraph',
      text: [
        {
          text:
            `(Kèm theo Thuyết minh hồ sơ đề xuất cấp độ của ${data.operator.name}; theo tiêu chuẩn ` +
            `${data.regime.standard}, ${levelText(data.level)})`,
          italic: true,
        },
      ],
      align: 'center',
      indent: false,
    },
    {
      kind: 'table',
      columns,
      rows: data.content.requirements.map((row, index) => [
        String(index + 1),
        row.group,
        requirementKindText[row.kind],
        implementationStatusText[row.status],
        row.note,
      ]),
    },
  ];
}
