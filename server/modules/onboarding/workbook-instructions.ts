import { MAX_ROWS_PER_SHEET } from './read-workbook.js';
import { LISTS_SHEET, NAME_PATH_SEPARATOR, sheetLayouts } from './workbook-layout.js';

/**
 * The "Hướng dẫn" sheet: what a person filling the workbook needs, in Vietnamese (the workbook is an
 * administrative form, like the official documents). Each line is one row of the sheet.
 */
export function instructionLines(): string[] {
  const required = (sheet: keyof typeof sheetLayouts) =>
    sheetLayouts[sheet].columns
      .filter((column) => column.required)
      .map((column) => `"${column.header}"`)
      .join(', ');
  return [
    'HƯỚNG DẪN NHẬP DỮ LIỆU ĐƠN VỊ, NGƯỜI DÙNG VÀ HỆ THỐNG THÔNG TIN',
    '',
    `1. Điền các sheet "${sheetLayouts.organisations.name}", "${sheetLayouts.people.name}", ` +
      `"${sheetLayouts.systems.name}"; mỗi dòng một bản ghi, bắt đầu từ dòng 2. Không đổi tên sheet và tiêu đề ` +
      `cột; có thể bỏ trống cả sheet không cần nhập.`,
    `2. Cột bắt buộc: ${sheetLayouts.organisations.name}: ${required('organisations')}; ` +
      `${sheetLayouts.people.name}: ${required('people')}; ${sheetLayouts.systems.name}: ` +
      `${required('systems')}.`,
    `3. Gọi tên một đơn vị (đơn vị cấp trên, đơn vị của người dùng, đơn vị vận hành, chủ quản) bằng mã định ` +
      `danh của đơn vị, hoặc bằng tên các cấp nối với nhau bởi dấu "${NAME_PATH_SEPARATOR.trim()}", ví dụ: UBND ` +
      `huyện Yên Định${NAME_PATH_SEPARATOR}UBND xã Định Bình. Chỉ cần ghi đủ số cấp để không trùng tên. Đơn vị ` +
      `cấp trên có thể là đơn vị mới ở một dòng khác trong cùng tệp.`,
    '4. Loại đơn vị, vai trò, loại hệ thống, trạng thái: chọn trong danh sách thả xuống (danh mục ở sheet ' +
      'cuối). Loại thông tin: ghi một hoặc nhiều giá trị của danh mục, cách nhau bởi dấu chấm phẩy (;).',
    '5. Mỗi vai trò của một người là một dòng ở sheet Người dùng: người có hai vai trò ghi hai dòng cùng tên ' +
      'đăng nhập (các dòng sau có thể để trống họ tên, chức danh, thư điện tử, điện thoại). Tệp chỉ cấp thêm ' +
      'vai trò, không thu hồi vai trò nào; thu hồi ở màn hình Người dùng.',
    '6. Nhập lại cùng một tệp không tạo bản ghi trùng: đơn vị được nhận ra theo mã định danh (hoặc theo tên ' +
      'dưới cùng đơn vị cấp trên), người dùng theo tên đăng nhập, hệ thống theo mã hệ thống (hoặc theo tên tại ' +
      'cùng đơn vị vận hành); bản ghi đã có được cập nhật theo tệp. Tệp không chuyển đơn vị sang đơn vị cấp ' +
      'trên khác.',
    '7. Không dùng công thức: ô có công thức bị từ chối. Hãy dán giá trị (Paste Special > Values).',
    `8. Mỗi sheet tối đa ${MAX_ROWS_PER_SHEET.toLocaleString('vi-VN')} dòng; tệp tối đa 10 MB.`,
    '9. Tải tệp lên ở màn hình Quản trị > Nhập dữ liệu từ bảng tính để xem trước: mọi lỗi được chỉ rõ theo ' +
      'sheet, dòng và cột. Dữ liệu chỉ được ghi khi tệp không còn lỗi, và được ghi toàn bộ hoặc không ghi gì.',
    '10. Người dùng mới chưa có mật khẩu: quản trị viên cấp liên kết kích hoạt ở trang của từng người để họ ' +
      'tự đặt mật khẩu.',
    '',
    `Sheet "${LISTS_SHEET}" chứa các danh mục dùng cho danh sách thả xuống; không sửa sheet này.`,
  ];
}
