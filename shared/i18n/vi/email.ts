import type { NotificationKind } from '../../notifications/notifications.schemas.js';
import type { ReportDueDate } from '../../reports/reports.schemas.js';

/** The e-mail capdo sends (server/modules/notifications/notification-email.ts, digest-email.ts, account links). */
export const email = {
  subject: '[capdo] {{title}}',
  greeting: 'Kính gửi {{name}},',
  /** What happened, the message's title (subject and digest entry) for each kind. */
  title: {
    submitted: 'Hồ sơ chờ thẩm định: {{subject}}',
    returned: 'Hồ sơ được yêu cầu bổ sung: {{subject}}',
    appraised: 'Hồ sơ chờ phê duyệt: {{subject}}',
    approved: 'Hồ sơ đã được phê duyệt: {{subject}}',
    opinionRequested: 'Đề nghị cho ý kiến chuyên môn: {{subject}}',
    dueSoon: 'Sắp đến hạn xử lý: {{subject}}',
    overdue: 'Quá hạn xử lý: {{subject}}',
    inspectionDue: 'Sắp đến kỳ kiểm tra, đánh giá định kỳ: {{subject}}',
    reportDue: 'Sắp đến hạn báo cáo: {{subject}}',
  } satisfies Record<NotificationKind, string>,
  /** The first sentence: what it means for the person. */
  lead: {
    submitted: 'Một hồ sơ đề xuất cấp độ đã được gửi thẩm định và đang chờ bạn xử lý.',
    returned: 'Hồ sơ đề xuất cấp độ đã được trả lại, yêu cầu bổ sung, hoàn thiện.',
    appraised: 'Hồ sơ đề xuất cấp độ đã được thẩm định và đang chờ phê duyệt.',
    approved: 'Hồ sơ đề xuất cấp độ đã được phê duyệt.',
    opinionRequested: 'Hồ sơ đề xuất cấp độ cần ý kiến chuyên môn của đơn vị chuyên trách.',
    dueSoon: 'Bước xử lý hồ sơ sắp đến hạn.',
    overdue: 'Bước xử lý hồ sơ đã quá hạn.',
    inspectionDue: 'Hệ thống thông tin sắp đến kỳ kiểm tra, đánh giá an toàn thông tin định kỳ.',
    reportDue: 'Sắp đến hạn gửi báo cáo hằng năm.',
  } satisfies Record<NotificationKind, string>,
  field: {
    dossier: 'Hồ sơ',
    unit: 'Đơn vị',
    systems: 'Hệ thống',
    step: 'Bước xử lý',
    dueOn: 'Hạn xử lý',
    inspectionDueOn: 'Hạn kiểm tra',
    reportDueOn: 'Gửi trước ngày',
    report: 'Báo cáo',
    actor: 'Người thực hiện',
    reason: 'Lý do',
    comment: 'Nội dung',
  },
  dueLeft: '{{date}} (còn {{count}} ngày làm việc)',
  dueToday: '{{date}} (hôm nay)',
  dueLate: '{{date}} (quá hạn {{count}} ngày làm việc)',
  report: {
    nd331Internal: 'Báo cáo mẫu số 08 gửi cơ quan chủ quản',
    nd331Ministry: 'Báo cáo mẫu số 08 gửi Bộ Công an',
    nd85Yearly: 'Báo cáo hằng năm về hệ thống cấp độ 3 trở lên',
  } satisfies Record<ReportDueDate['key'], string>,
  someReport: 'báo cáo hằng năm',
  open: 'Mở trong capdo',
  openRelative: 'Đăng nhập capdo và mở trang {{path}} để xem chi tiết.',
  footer: {
    why:
      'Bạn nhận e-mail này vì bạn là người cần xử lý hoặc theo dõi việc này trong capdo, và cách nhận thông báo ' +
      'của bạn là e-mail.',
    whyDigest: 'Bạn nhận e-mail tổng hợp này lúc {{hour}} giờ hằng ngày theo cách nhận thông báo của bạn trong capdo.',
    preferences: 'Thay đổi cách nhận thông báo tại Tài khoản của tôi: {{url}}',
    preferencesRelative: 'Thay đổi cách nhận thông báo tại Tài khoản của tôi (trang {{path}}) trong capdo.',
    noReply: 'Đây là e-mail gửi tự động, vui lòng không trả lời.',
  },
  digest: {
    subject: 'Tổng hợp thông báo ngày {{date}}',
    intro: 'Tổng hợp các thông báo và hồ sơ quá hạn của bạn trong capdo.',
    notifications: 'Thông báo mới ({{count}})',
    overdue: 'Hồ sơ quá hạn đang chờ bạn xử lý ({{count}})',
    more: 'Và {{count}} hồ sơ quá hạn khác: xem danh sách hồ sơ chờ xử lý trong capdo.',
  },
  accountLink: {
    activate: {
      subject: 'Kích hoạt tài khoản capdo {{username}}',
      lead: 'Quản trị viên {{admin}} đã tạo tài khoản capdo cho bạn, tên đăng nhập {{username}}.',
      action: 'Mở liên kết dưới đây để tự đặt mật khẩu và kích hoạt tài khoản:',
      open: 'Kích hoạt tài khoản',
    },
    reset: {
      subject: 'Đặt lại mật khẩu tài khoản capdo {{username}}',
      lead: 'Quản trị viên {{admin}} đã cấp liên kết đặt lại mật khẩu cho tài khoản capdo {{username}} của bạn.',
      action: 'Mở liên kết dưới đây để đặt mật khẩu mới:',
      open: 'Đặt mật khẩu mới',
    },
    expires: 'Liên kết chỉ dùng được một lần và hết hạn lúc {{expiresAt}} (giờ Việt Nam).',
    secret: 'Không chuyển tiếp e-mail này: ai có liên kết đều đặt được mật khẩu cho tài khoản của bạn.',
    notExpected: 'Nếu bạn không chờ e-mail này, hãy bỏ qua và báo cho quản trị viên của đơn vị.',
    why: 'Bạn nhận e-mail này vì quản trị viên capdo đã cấp liên kết cho tài khoản có địa chỉ e-mail này.',
  },
};
