import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { goTo, login } from './support/shell';

test('a provincial officer creates a movement on a desktop', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the province works at the office PC');
  const stamp = Date.now().toString(36).toUpperCase();
  const name = `Phong trào hiến máu tình nguyện ${stamp}`;
  await login(page, 'canbo.tinh');
  await goTo(page, 'Phong trào thi đua');
  await expect(page.getByRole('heading', { name: 'Phong trào thi đua', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tây Ninh chung sức xây dựng nông thôn mới' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Tạo phong trào' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo phong trào thi đua' });
  await dialog.getByLabel('Tên phong trào').fill(name);
  await dialog.getByLabel('Mã phong trào').fill(`E2E-${stamp}`);
  await dialog.getByLabel('Cơ quan phát động').fill('Trung ương Hội Chữ thập đỏ Việt Nam');
  await dialog.getByRole('textbox', { name: 'Trạng thái' }).click();
  await page.getByRole('option', { name: 'Đang triển khai' }).click();
  await dialog.getByLabel('Tiêu chí').fill('Mỗi phường, xã vận động ít nhất 100 đơn vị máu');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // found again through the accent-free search, and its page shows what was entered
  await page.getByRole('searchbox', { name: 'Tìm phong trào' }).fill(`hien mau tinh nguyen ${stamp}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('Trung ương Hội Chữ thập đỏ Việt Nam')).toBeVisible();
  await expect(page.getByText('Đang triển khai').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Đơn vị chưa đăng ký/ })).toBeVisible();
  await expectAccessible(page);
});

test('a branch officer registers their unit on a phone', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'branch officers register from the field');
  await login(page, 'canbo.xa');
  await goTo(page, 'Phong trào thi đua');
  await page.getByRole('searchbox', { name: 'Tìm phong trào' }).fill('vi nguoi ngheo');
  await page.getByRole('link', { name: /chung tay vì người nghèo/ }).click();
  await expect(page.getByRole('heading', { name: /Đơn vị chưa đăng ký \(1\)/ })).toBeVisible();
  await expect(page.getByTestId('missing-units')).toContainText('Hội Chữ thập đỏ phường Tân Ninh');

  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng ký thi đua' });
  // the unit defaults to mine
  await expect(dialog.getByRole('textbox', { name: 'Đơn vị đăng ký' })).toHaveValue(/Hội Chữ thập đỏ phường Tân Ninh/);
  await dialog.getByLabel('Nội dung cam kết').fill('Vận động hỗ trợ 20 hộ nghèo trên địa bàn phường');
  await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await dialog.getByLabel('Chỉ tiêu 1', { exact: true }).fill('Hộ nghèo được hỗ trợ');
  await dialog.getByLabel('Số lượng').fill('20');
  await dialog.getByLabel('Đơn vị tính').fill('hộ');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(dialog).toBeHidden();

  const registration = page.getByTestId('registration').filter({ hasText: 'Hội Chữ thập đỏ phường Tân Ninh' });
  await expect(registration).toContainText('Vận động hỗ trợ 20 hộ nghèo');
  await expect(registration).toContainText('Hộ nghèo được hỗ trợ: 20 hộ');
  await expect(page.getByText('Mọi đơn vị đều đã đăng ký.')).toBeVisible();
  // the page fits the phone: nothing wider than the screen
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('the 2021 plan reads like the document, numbered 01/KH-CTĐ', async ({ page }) => {
  await login(page, 'canbo.xa2');
  await goTo(page, 'Kế hoạch');
  await page.getByRole('link', { name: /Tuyên truyền các phong trào thi đua yêu nước/ }).click();
  const doc = page.getByTestId('plan-document');
  await expect(doc).toContainText('Số: 01/KH-CTĐ');
  await expect(doc).toContainText('Tây Ninh, ngày 15 tháng 03 năm 2021');
  await expect(page.getByTestId('legal-basis').first()).toContainText('565/CT-UBND');
  await expect(page.getByTestId('legal-basis')).toHaveCount(4);
  await expect(doc).toContainText('Lưu: VT, TĐKT.');
  await expect(page.getByTestId('signer-block')).toContainText('KT. Chủ tịch');
  await expect(page.getByTestId('signer-block')).toContainText('Thái Duy Thanh');
  // branch officers read it but neither edit nor issue it
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);
  await expectAccessible(page);
});
