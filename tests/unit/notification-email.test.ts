import { describe, expect, test } from 'vitest';
import { escapeHtml } from '#server/mail/compose-mail.js';
import { digestEmail } from '#server/modules/notifications/digest-email.js';
import { notificationEmail, type EmailNotification } from '#server/modules/notifications/notification-email.js';
import { accountLinkEmail } from '#server/modules/users/account-link-email.js';

/**
 * The e-mails' content, pure functions: what each kind says, in Vietnamese, in the text and the HTML body alike,
 * with every person-typed value escaped in the HTML.
 */
const dossierId = '0b9a3a2e-6f1e-4c55-9a51-4f1b8a0c2d11';
const systemId = '7d4c1f0e-2b3a-4e5d-8f6a-9b0c1d2e3f40';
const to = { email: 'binh@dinhbinh.gov.vn', fullName: 'Phạm Văn Bình' };
const withUrl = { publicUrl: 'https://capdo.example.vn' };
const base = {
  dossierTitle: 'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã',
  organisationName: 'Ủy ban nhân dân xã Định Bình',
  systemNames: ['Cổng thông tin điện tử xã'],
};

const mail = (item: EmailNotification, settings: { publicUrl: string | undefined } = withUrl) =>
  notificationEmail(to, item, settings);

describe('one notification e-mail', () => {
  test('a return names the dossier, unit, step, due date, who returned it and why, and links the dossier', () => {
    const message = mail({
      kind: 'returned',
      dossierId,
      details: {
        ...base,
        status: 'returned',
        dueOn: '2025-03-14',
        actorName: 'Lê Thị Thẩm Định',
        comment: 'Bổ sung sơ đồ mạng.',
      },
    });
    expect(message.to).toBe(to.email);
    expect(message.subject).toBe(
      '[capdo] Hồ sơ được yêu cầu bổ sung: Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã',
    );
    for (const body of [message.text, message.html]) {
      expect(body).toContain('Kính gửi Phạm Văn Bình,');
      expect(body).toContain('Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã');
      expect(body).toContain('Ủy ban nhân dân xã Định Bình');
      expect(body).toContain('Yêu cầu bổ sung'); // the status label of the web app's catalogue
      expect(body).toContain('14/03/2025');
      expect(body).toContain('Lê Thị Thẩm Định');
      expect(body).toContain('Bổ sung sơ đồ mạng.');
      expect(body).toContain(`https://capdo.example.vn/dossiers/${dossierId}`);
      expect(body).toContain('https://capdo.example.vn/account');
    }
    expect(message.text).toContain('Lý do: Bổ sung sơ đồ mạng.');
    expect(message.text).toContain('Hạn xử lý: 14/03/2025');
    expect(message.text).toContain('Bước xử lý: Yêu cầu bổ sung');
    expect(message.html).toContain(`<a href="https://capdo.example.vn/dossiers/${dossierId}">Mở trong capdo</a>`);
  });

  test.each([
    ['submitted', 'submitted', 'Hồ sơ chờ thẩm định: ', 'Đã gửi thẩm định'],
    ['appraised', 'appraised', 'Hồ sơ chờ phê duyệt: ', 'Đã thẩm định'],
    ['approved', 'approved', 'Hồ sơ đã được phê duyệt: ', 'Đã phê duyệt'],
    ['opinionRequested', 'opinionRequested', 'Đề nghị cho ý kiến chuyên môn: ', 'Đang xin ý kiến chuyên môn'],
  ] as const)('%s: its own subject and the step reached', (kind, status, subject, step) => {
    const message = mail({ kind, dossierId, details: { ...base, status } });
    expect(message.subject).toBe(`[capdo] ${subject}${base.dossierTitle}`);
    expect(message.text).toContain(`Bước xử lý: ${step}`);
    expect(message.text).toContain(`Đơn vị: ${base.organisationName}`);
    expect(message.text).not.toContain('Hạn xử lý'); // no due date given, none shown
  });

  test('the reminders count the working days left or late', () => {
    const soon = mail({
      kind: 'dueSoon',
      dossierId,
      details: { ...base, status: 'submitted', dueOn: '2025-03-14', workingDays: 2 },
    });
    expect(soon.subject).toBe(`[capdo] Sắp đến hạn xử lý: ${base.dossierTitle}`);
    expect(soon.text).toContain('Hạn xử lý: 14/03/2025 (còn 2 ngày làm việc)');
    const today = mail({
      kind: 'dueSoon',
      dossierId,
      details: { ...base, status: 'submitted', dueOn: '2025-03-14', workingDays: 0 },
    });
    expect(today.text).toContain('Hạn xử lý: 14/03/2025 (hôm nay)');
    const late = mail({
      kind: 'overdue',
      dossierId,
      details: { ...base, status: 'submitted', dueOn: '2025-03-14', workingDays: 3 },
    });
    expect(late.subject).toBe(`[capdo] Quá hạn xử lý: ${base.dossierTitle}`);
    expect(late.text).toContain('Hạn xử lý: 14/03/2025 (quá hạn 3 ngày làm việc)');
  });

  test('an inspection names the system and links it; a report names the report and links the reports page', () => {
    const inspection = mail({
      kind: 'inspectionDue',
      dossierId: null,
      details: {
        systemId,
        systemNames: ['Hệ thống quản lý văn bản'],
        organisationName: base.organisationName,
        dueOn: '2025-06-30',
      },
    });
    expect(inspection.subject).toBe('[capdo] Sắp đến kỳ kiểm tra, đánh giá định kỳ: Hệ thống quản lý văn bản');
    expect(inspection.text).toContain('Hạn kiểm tra: 30/06/2025');
    expect(inspection.text).toContain(`https://capdo.example.vn/systems/${systemId}`);
    const report = mail({
      kind: 'reportDue',
      dossierId: null,
      details: { reportKey: 'nd331Ministry', dueOn: '2025-12-25' },
    });
    expect(report.subject).toBe('[capdo] Sắp đến hạn báo cáo: Báo cáo mẫu số 08 gửi Bộ Công an');
    expect(report.text).toContain('Gửi trước ngày: 25/12/2025');
    expect(report.text).toContain('https://capdo.example.vn/reports');
  });

  test('without PUBLIC_URL it names the page to open in capdo instead of a link', () => {
    const message = mail(
      { kind: 'approved', dossierId, details: { ...base, status: 'approved' } },
      { publicUrl: undefined },
    );
    expect(message.text).toContain(`Đăng nhập capdo và mở trang /dossiers/${dossierId} để xem chi tiết.`);
    expect(message.text).toContain('Tài khoản của tôi (trang /account)');
    expect(message.text).not.toMatch(/https?:\/\//);
    expect(message.html).not.toContain('<a ');
  });

  test('a PUBLIC_URL with a path prefix (and a trailing slash) keeps its prefix', () => {
    const message = mail({ kind: 'approved', dossierId, details: base }, { publicUrl: 'https://tinh.gov.vn/capdo/' });
    expect(message.text).toContain(`https://tinh.gov.vn/capdo/dossiers/${dossierId}`);
    expect(message.text).toContain('https://tinh.gov.vn/capdo/account');
  });

  test('what people typed is escaped in the HTML and kept as typed in the text', () => {
    const title = '<script>alert("x")</script> & <b>Cổng</b>';
    const comment = 'Thiếu <img src=x onerror=alert(1)> sơ đồ';
    const message = mail({
      kind: 'returned',
      dossierId,
      details: { ...base, dossierTitle: title, comment, actorName: '<i>Lê</i>' },
    });
    expect(message.html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(message.html).toContain(escapeHtml(title));
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Cổng&lt;/b&gt;');
    expect(message.html).toContain(escapeHtml(comment));
    expect(message.text).toContain(title);
    expect(message.text).toContain(comment);
  });

  test('a subject stays one line, whatever the title holds', () => {
    const message = mail({
      kind: 'submitted',
      dossierId,
      details: { ...base, dossierTitle: 'Hồ sơ\r\nBcc: x@example.com' },
    });
    expect(message.subject).toBe('[capdo] Hồ sơ chờ thẩm định: Hồ sơ Bcc: x@example.com');
  });
});

describe('the daily digest', () => {
  test('lists every notification and the overdue steps, with links, in one message', () => {
    const message = digestEmail(
      to,
      {
        today: '2025-03-17',
        hour: 7,
        notifications: [
          { kind: 'submitted', dossierId, details: { ...base, status: 'submitted' } },
          { kind: 'reportDue', dossierId: null, details: { reportKey: 'nd85Yearly', dueOn: '2025-11-30' } },
        ],
        overdue: [
          {
            kind: 'overdue',
            dossierId: systemId,
            details: {
              dossierTitle: 'Hồ sơ <quá hạn>',
              organisationName: 'UBND xã Định Công',
              status: 'returned',
              dueOn: '2025-03-10',
              workingDays: 5,
            },
          },
        ],
      },
      withUrl,
    );
    expect(message.subject).toBe('[capdo] Tổng hợp thông báo ngày 17/03/2025');
    expect(message.text).toContain('Thông báo mới (2)');
    expect(message.text).toContain(`Hồ sơ chờ thẩm định: ${base.dossierTitle}`);
    expect(message.text).toContain('Sắp đến hạn báo cáo: Báo cáo hằng năm về hệ thống cấp độ 3 trở lên');
    expect(message.text).toContain('Hồ sơ quá hạn đang chờ bạn xử lý (1)');
    expect(message.text).toContain('Hạn xử lý: 10/03/2025 (quá hạn 5 ngày làm việc)');
    expect(message.text).toContain(`https://capdo.example.vn/dossiers/${systemId}`);
    expect(message.text).toContain('lúc 7 giờ hằng ngày');
    expect(message.html).toContain('Hồ sơ &lt;quá hạn&gt;');
    expect(message.html).not.toContain('<quá hạn>');
  });

  test('past fifty overdue steps, the rest are counted', () => {
    const overdue = Array.from({ length: 53 }, (_, n) => ({
      kind: 'overdue' as const,
      dossierId,
      details: { dossierTitle: `Hồ sơ số ${n + 1}`, dueOn: '2025-03-10', workingDays: 1 },
    }));
    const message = digestEmail(to, { today: '2025-03-17', hour: 7, notifications: [], overdue }, withUrl);
    expect(message.text).toContain('Hồ sơ số 50');
    expect(message.text).not.toContain('Hồ sơ số 51');
    expect(message.text).toContain('Và 3 hồ sơ quá hạn khác');
    expect(message.text).not.toContain('Thông báo mới');
  });
});

describe('the account link e-mail', () => {
  test('carries the link and its expiry in Vietnam time', () => {
    const message = accountLinkEmail({
      to: 'moi@dinhbinh.gov.vn',
      fullName: 'Nguyễn Thị Mới',
      username: 'dinhbinh.moi',
      purpose: 'activate',
      url: 'https://capdo.example.vn/activate?token=abc&x=<1>',
      expiresAt: new Date('2025-03-20T17:30:00Z'),
      issuedBy: 'Quản trị hệ thống',
    });
    expect(message.subject).toBe('[capdo] Kích hoạt tài khoản capdo dinhbinh.moi');
    expect(message.text).toContain('https://capdo.example.vn/activate?token=abc&x=<1>');
    expect(message.text).toContain('hết hạn lúc 21/03/2025 00:30 (giờ Việt Nam)');
    expect(message.html).toContain('href="https://capdo.example.vn/activate?token=abc&amp;x=&lt;1&gt;"');
    expect(message.text).toContain(
      'Quản trị viên Quản trị hệ thống đã tạo tài khoản capdo cho bạn, tên đăng nhập dinhbinh.moi.',
    );
  });

  test('a reset link says so', () => {
    const message = accountLinkEmail({
      to: 'binh@dinhbinh.gov.vn',
      fullName: 'Phạm Văn Bình',
      username: 'dinhbinh.cntt',
      purpose: 'reset',
      url: 'https://capdo.example.vn/reset-password?token=t',
      expiresAt: new Date('2025-03-20T01:05:00Z'),
      issuedBy: 'Quản trị hệ thống',
    });
    expect(message.subject).toBe('[capdo] Đặt lại mật khẩu tài khoản capdo dinhbinh.cntt');
    expect(message.text).toContain('Mở liên kết dưới đây để đặt mật khẩu mới:');
    expect(message.text).toContain('20/03/2025 08:05');
  });
});
