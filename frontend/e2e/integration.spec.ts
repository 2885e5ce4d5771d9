import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { goTo, login } from './support/shell';

test('the administrator gives the Board a key, which then reads and is revoked', async ({ page, request }, info) => {
  test.skip(info.project.name !== 'desktop', 'keys are managed at the office PC');
  const name = `Ban Thi đua – Khen thưởng ${Date.now().toString(36)}`;
  await login(page, 'admin');
  await goTo(page, 'Kết nối tích hợp');
  await expect(page.getByRole('heading', { name: 'Kết nối tích hợp', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Tạo khóa kết nối' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo khóa kết nối' });
  await form.getByLabel('Tên hệ thống').fill(name);
  await form.getByLabel('Phong trào thi đua (movements:read)').check();
  await form.getByLabel('Địa chỉ IP được phép').fill('127.0.0.1');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Tạo khóa kết nối' }).click();

  // shown once, with a copy button
  const shown = page.getByRole('dialog', { name: 'Khóa kết nối mới' });
  await expect(shown.getByText('khóa chỉ hiển thị một lần', { exact: false })).toBeVisible();
  await expect(shown.getByRole('button', { name: 'Sao chép khóa' })).toBeVisible();
  const key = (await shown.getByTestId('new-key').innerText()).trim();
  expect(key).toMatch(/^tdk_/);
  await shown.getByRole('button', { name: 'Tôi đã lưu khóa' }).click();

  // the Board's system reads with it; the list shows the use
  const api = process.env.API_URL ?? '';
  expect((await request.get(`${api}/api/v1/movements`, { headers: { 'X-Api-Key': key } })).status()).toBe(200);
  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText('Đang dùng')).toBeVisible();
  await expect(row.getByText('Chưa dùng')).toBeHidden();
  await expect(page.getByText(key)).toBeHidden();

  await row.getByRole('button', { name: `Thu hồi khóa của ${name}` }).click();
  await page.getByRole('dialog', { name: 'Thu hồi' }).getByRole('button', { name: 'Thu hồi' }).click();
  await expect(row.getByText('Đã thu hồi')).toBeVisible();
  expect((await request.get(`${api}/api/v1/movements`, { headers: { 'X-Api-Key': key } })).status()).toBe(401);
});
