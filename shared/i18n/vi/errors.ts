import type { ErrorCode } from '../../common/errors.schemas.js';

export const errors = {
  validation_failed: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  invalid_json: 'Nội dung yêu cầu không phải JSON hợp lệ.',
  unauthenticated: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  csrf_failed: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token). Vui lòng tải lại trang.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  not_found: 'Không tìm thấy dữ liệu yêu cầu.',
  conflict: 'Thao tác xung đột với dữ liệu hiện có.',
  stale_version: 'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại và thực hiện lại thay đổi.',
  payload_too_large: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  too_many_attempts: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{minutes}} phút.',
  internal: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
} satisfies Record<ErrorCode, string>;

/** Messages for rules the schemas state themselves (the key is the Zod issue message). */
export const validation = {
  required: 'Trường này là bắt buộc.',
  invalidType: 'Giá trị không đúng kiểu dữ liệu.',
  tooShort: 'Cần ít nhất {{minimum}} ký tự.',
  tooLong: 'Không được quá {{maximum}} ký tự.',
  tooSmall: 'Giá trị phải từ {{minimum}} trở lên.',
  tooBig: 'Giá trị không được lớn hơn {{maximum}}.',
  tooFewItems: 'Cần chọn ít nhất {{minimum}} mục.',
  notInteger: 'Phải là số nguyên.',
  invalidOption: 'Giá trị không thuộc danh sách cho phép.',
  invalidDate: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
  invalidId: 'Mã định danh không hợp lệ.',
  unknownField: 'Trường không được hỗ trợ: {{keys}}.',
  invalid: 'Giá trị không hợp lệ.',
  username: 'Tên đăng nhập gồm 3-64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
  passwordLength: 'Mật khẩu phải có ít nhất 12 ký tự.',
  passwordClasses: 'Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
  address: 'Địa chỉ không hợp lệ, ví dụ: yendinh.thanhhoa.gov.vn hoặc https://yendinh.thanhhoa.gov.vn',
  informationTypes: 'Chọn ít nhất một loại thông tin mà hệ thống xử lý.',
  ownerNotAncestor: 'Chủ quản phải là chính đơn vị vận hành hoặc một cơ quan cấp trên của đơn vị đó.',
  organisationNotInScope: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
  parentCycle: 'Không thể chuyển đơn vị vào chính nó hoặc một đơn vị cấp dưới của nó.',
  wrongCurrentPassword: 'Mật khẩu hiện tại không đúng.',
  holidayOutsideYear: 'Ngày {{date}} không thuộc năm {{year}}.',
  holidayKind: 'Ngày {{date}}: ngày nghỉ phải rơi vào ngày làm việc trong tuần, ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
  regimeIdMismatch: 'Mã chế độ trong nội dung không khớp với địa chỉ.',
};

