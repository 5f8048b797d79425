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
  designation_overlap:
    '{{unit}} sẽ có hai đơn vị chuyên trách từ ngày {{day}}: {{designated}} đã được chỉ định cho đơn vị này. Mỗi xã, ' +
    'phường, thị trấn chỉ có một đơn vị chuyên trách vào mỗi ngày: hãy cho chỉ định đang có hết hiệu lực trước ngày ' +
    'bắt đầu của chỉ định này, hoặc đổi thời gian, phạm vi của chỉ định này.',
  payload_too_large: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  too_many_attempts: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{minutes}} phút.',
  too_many_exports:
    'Bạn đang có {{max}} lượt xuất văn bản chạy cùng lúc, là mức tối đa. Hãy chờ một lượt xong rồi xuất tiếp.',
  export_quota_reached:
    'Bạn đã xuất văn bản {{max}} lượt trong 24 giờ qua, là mức tối đa. Hãy dùng các tệp đã xuất hoặc thử lại ' +
    'sau {{hours}} giờ.',
  export_expired:
    'Tệp của lượt xuất văn bản này đã bị xóa vì chỉ được giữ {{hours}} giờ sau khi xuất xong. Hãy xuất lại.',
  database_unavailable:
    'Hệ thống tạm thời không kết nối được cơ sở dữ liệu; dữ liệu đã lưu trước đó không bị mất. Vui lòng thử ' +
    'lại sau ít phút (nếu vừa lưu thay đổi, hãy tải lại trang để kiểm tra trước khi lưu lại).',
  internal: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
  malformed_dossier:
    'Hồ sơ {{id}}: trường {{field}} đã lưu không đúng cấu trúc (tại {{path}}). Hệ thống không hiển thị ' +
    'và không lập văn bản từ dữ liệu này. Vui lòng báo quản trị viên.',
  malformed_event:
    'Sự kiện nhật ký #{{id}} ({{action}}): trường {{field}} đã lưu không đúng cấu trúc (tại {{path}}). ' +
    'Vui lòng báo quản trị viên.',
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
  dateOutOfRange: 'Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2199.',
  invalidId: 'Mã định danh không hợp lệ.',
  unknownField: 'Trường không được hỗ trợ: {{keys}}.',
  invalid: 'Giá trị không hợp lệ.',
  invalidCursor:
    'Vị trí trang (cursor) không hợp lệ hoặc không thuộc danh sách này. Hãy tải lại danh sách từ trang đầu.',
  jsonTooDeep: 'Nội dung gửi lên lồng nhau quá {{max}} cấp (mảng hoặc đối tượng JSON).',
  username: 'Tên đăng nhập gồm 3-64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
  passwordLength: 'Mật khẩu phải có ít nhất 12 ký tự.',
  passwordClasses: 'Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
  address: 'Địa chỉ không hợp lệ, ví dụ: yendinh.thanhhoa.gov.vn hoặc https://yendinh.thanhhoa.gov.vn',
  informationTypes: 'Chọn ít nhất một loại thông tin mà hệ thống xử lý.',
  ownerNotAncestor: 'Chủ quản phải là chính đơn vị vận hành hoặc một cơ quan cấp trên của đơn vị đó.',
  organisationNotInScope: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
  parentCycle: 'Không thể chuyển đơn vị vào chính nó hoặc một đơn vị cấp dưới của nó.',
  // Codes of units and systems (shared/common/record-code.ts)
  recordCode: 'Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 50 ký tự).',
  codeTaken: 'Mã {{code}} đã được dùng cho một bản ghi khác.',
  wrongCurrentPassword: 'Mật khẩu hiện tại không đúng.',
  // Accounts (server/modules/users, server/modules/auth/activation-use.ts)
  email: 'Địa chỉ thư điện tử không hợp lệ, ví dụ: nguyenvana@thanhhoa.gov.vn',
  phone: 'Số điện thoại gồm 6-15 chữ số, có thể có dấu +, khoảng trắng, dấu chấm, gạch ngang hoặc ngoặc.',
  duplicateMembership: 'Vai trò này tại đơn vị này đã có trong danh sách.',
  usernameTaken: 'Tên đăng nhập đã có người dùng. Hãy chọn tên khác.',
  membershipExists: 'Người dùng đã có vai trò này tại đơn vị này.',
  onlyRole:
    'Đây là vai trò duy nhất của người dùng: không thu hồi được. Nếu người này thôi công việc, hãy khóa tài khoản.',
  lastAdmin:
    '{{organisation}} sẽ không còn quản trị viên nào (đang hoạt động) ở đơn vị này hoặc cấp trên. Hãy giao vai trò ' +
    'quản trị cho người khác trước.',
  cannotDeactivateSelf: 'Bạn không thể tự khóa tài khoản của chính mình.',
  ownLink: 'Không cấp liên kết cho chính mình: hãy đổi mật khẩu của bạn trong trình đơn cá nhân.',
  accountInactive: 'Tài khoản đang bị khóa: hãy mở khóa trước khi cấp liên kết.',
  alreadyActivated: 'Tài khoản đã được kích hoạt: hãy cấp liên kết đặt lại mật khẩu.',
  notActivated: 'Tài khoản chưa được kích hoạt: hãy cấp liên kết kích hoạt mới.',
  linkInvalid:
    'Liên kết không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy đề nghị quản trị viên cấp cho bạn một liên kết mới.',
  holidayOutsideYear: 'Ngày {{date}} không thuộc năm {{year}}.',
  holidayKind:
    'Ngày {{date}}: ngày nghỉ phải rơi vào ngày làm việc trong tuần, ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
  regimeIdMismatch: 'Mã chế độ trong nội dung không khớp với địa chỉ.',
  regimeClosed: 'Chế độ này không còn (hoặc chưa) áp dụng cho hồ sơ lập ngày hôm nay.',
  // Designations
  designationEndsBeforeStart: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.',
  // Dossiers
  duplicateSystem: 'Hệ thống này đã có trong hồ sơ.',
  duplicateHoliday: 'Ngày {{date}} đã có trong danh sách.',
  systemNotOfOperator:
    'Hệ thống không tồn tại, nằm ngoài phạm vi của bạn hoặc không do đơn vị vận hành của hồ sơ quản lý.',
  dossierNotFound: 'Hồ sơ không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
  // The label of a missing part in both languages goes along (dossier-completeness.ts); each catalogue takes its own.
  dossierIncomplete: 'Chưa hoàn thành: {{vi}}.',
  levelNotDetermined: 'Chưa xác định cấp độ cho hệ thống này: trả lời các câu hỏi xác định cấp độ trước khi gửi hồ sơ.',
  dateInFuture: 'Ngày văn bản không được sau ngày hôm nay.',
  dateBeforeSubmission: 'Ngày quyết định không được trước ngày gửi hồ sơ ({{date}}).',
  documentNumberTaken: 'Số {{number}} đã được cấp cho một văn bản khác của cơ quan trong năm {{year}}.',
  returnReasonsRequired: 'Nêu rõ nội dung yêu cầu bổ sung, hoàn thiện hồ sơ.',
  unsuitableReasonsRequired: 'Có kết luận "không phù hợp": nêu rõ lý do và nội dung cần hoàn thiện.',
  professionalOpinionRequired:
    'Hồ sơ cấp độ 4, 5 phải có ý kiến chuyên môn của đơn vị chuyên trách về an toàn thông tin trước khi gửi thẩm định.',
  attachmentNotFound: 'Tệp đính kèm không thuộc hồ sơ này.',
  attachmentInReview: 'Tệp này là bản chụp văn bản thẩm định đã được ghi nhận trong hồ sơ, không gỡ được.',
  fileEmpty: 'Chưa có nội dung tệp.',
  fileType:
    'Tệp "{{fileName}}" không phải PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không theo tên).',
  // Documents
  documentFile: 'Tên tệp văn bản phải có dạng <mẫu>.pdf hoặc <mẫu>.docx, ví dụ approval-decision.pdf.',
  documentNotAvailable: 'Văn bản này chưa có cho hồ sơ ở trạng thái hiện tại hoặc không áp dụng cho cấp độ của hồ sơ.',
  exportNeedsDossiers: 'Chọn các hồ sơ cần xuất hoặc một đơn vị.',
  exportTooLarge: 'Mỗi lần xuất tối đa {{max}} hồ sơ; hãy chọn phạm vi hẹp hơn.',
  exportNotFound: 'Không tìm thấy lượt xuất văn bản này.',
  exportInterrupted: 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.',
  exportNotReady: 'Lượt xuất văn bản chưa xong.',
  exportFailed:
    'Không lập được văn bản của lượt xuất này do lỗi hệ thống. Hãy xuất lại; nếu vẫn lỗi, báo quản trị viên.',
  markedAuthorityRequired: 'Có dấu thẩm quyền (TM., KT., ...) thì phải ghi chức danh hoặc tập thể được thay mặt.',
  draftingUnit: 'Chỉ gồm chữ cái và chữ số viết liền, không dấu cách hay dấu gạch, ví dụ: VP, PCNTT.',
  functionsBasisLeadingWords:
    'Không ghi "Căn cứ" ở đầu: văn bản tự thêm. Chỉ ghi tên văn bản, ví dụ: Quyết định số .../QĐ-UBND ngày ... ' +
    'quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ...',
  onboarding: {
    notXlsx:
      'Tệp không phải bảng tính Excel (.xlsx) hợp lệ. Hãy lưu tệp ở định dạng Excel Workbook (.xlsx) rồi tải lên lại.',
    inflatesTooMuch: 'Tệp giải nén ra quá lớn (trên {{max}} MB). Hãy chia nhỏ dữ liệu thành nhiều tệp.',
    sheetTooLarge: 'Mỗi sheet được tối đa {{rows}} dòng và {{columns}} cột. Hãy chia nhỏ dữ liệu thành nhiều tệp.',
    noSheets: 'Tệp không có sheet "Đơn vị", "Người dùng" hoặc "Hệ thống thông tin". Hãy dùng tệp mẫu tải từ phần mềm.',
    missingColumn: 'Thiếu cột bắt buộc "{{header}}" ở dòng tiêu đề. Không đổi tên các cột của tệp mẫu.',
    formula: 'Ô chứa công thức. Hãy thay bằng giá trị (Dán đặc biệt > Giá trị).',
    codeTaken: 'Mã {{code}} đã được dùng cho một bản ghi nằm ngoài phạm vi quản lý của bạn.',
    duplicateInFile: 'Trùng với dòng {{row}} trong cùng tệp.',
    sameNameOtherCode: 'Đã có bản ghi cùng tên với mã {{code}}. Ghi đúng mã đó, hoặc đặt tên khác.',
    unknownOrganisation:
      'Không tìm thấy đơn vị "{{reference}}" trong phạm vi của bạn hoặc trong tệp. ' +
      'Ghi mã định danh, hoặc tên các cấp nối bởi dấu ">".',
    ambiguousOrganisation:
      'Có nhiều đơn vị ứng với "{{reference}}". Ghi mã định danh, hoặc thêm tên cấp trên: Tên cấp trên > Tên đơn vị.',
    parentRequired: 'Ghi đơn vị cấp trên (mã hoặc đường dẫn tên) cho đơn vị mới.',
    cannotMove: 'Đơn vị cấp trên khác với hiện tại. Tệp không chuyển đơn vị; hãy chuyển ở màn hình Đơn vị.',
    notAdministered: 'Bạn không có quyền quản trị tại đơn vị "{{reference}}".',
    adminOnlyByAdmin: 'Chỉ quản trị viên của đơn vị (hoặc cấp trên) mới cấp được vai trò Quản trị viên.',
    personDiffers: 'Khác với thông tin của người này ở dòng {{row}}. Để trống hoặc ghi giống dòng {{row}}.',
    unknownInformationType: 'Loại thông tin phải là các giá trị trong danh mục, cách nhau bởi dấu chấm phẩy (;).',
    changedMeanwhile:
      'Dữ liệu vừa được thay đổi ở nơi khác trong lúc nhập; chưa có gì được ghi. Hãy tải tệp lên lại để xem trước.',
    alreadyCommitted: 'Tệp này đã được nhập. Tải tệp lên lại nếu cần nhập lần nữa.',
  },
};
