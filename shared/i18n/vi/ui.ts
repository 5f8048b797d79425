/** Texts of the web app. */
export const ui = {
  appName: 'capdo',
  appTitle: 'Theo dõi cấp độ an toàn hệ thống thông tin',
};
