import { expect, test } from '@playwright/test';
import { controlledByServiceWorker, login, record, serverCount } from './support/field';

/**
 * A branch officer in the field, on a phone: records a gift visit, keeps recording without a network,
 * and nothing is lost or counted twice — not after a reload, a lost response, or a refusal.
 */
test.skip(({ isMobile }) => !isMobile, 'the field journeys run on the phone-sized screen');

test('a gift visit recorded on the phone reaches the server once, with its money', async ({ page }) => {
  const stamp = `qua${Date.now().toString(36)}`;
  await login(page);
  await page.goto('/activities');
  // defaults: a gift visit, today
  await page.getByRole('button', { name: 'Ghi nhận hoạt động' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoạt động' });
  await expect(dialog.getByRole('textbox', { name: 'Loại hoạt động' })).toHaveValue('Thăm hỏi tặng quà');
  // today where the officer is (the browser runs in Asia/Ho_Chi_Minh), not where the test runner is: from 17:00 UTC
  // it is already tomorrow in Viet Nam
  const today = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
  }).format(new Date());
  await expect(dialog.getByRole('textbox', { name: 'Ngày', exact: true })).toHaveValue(today);
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await record(page, `Tặng quà hộ nghèo ${stamp}`, { cash: '1500000' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(stamp);
  const item = page.getByTestId('activity-item').filter({ hasText: stamp });
  await expect(item).toContainText('1.500.000 ₫');
  await expect(item).toContainText('Chờ kiểm tra');
  // the search's totals row comes from its own request, after the page
  const totals = page.getByTestId('activity-totals');
  await expect(totals.getByText('Số bản ghi', { exact: true }).locator('xpath=following-sibling::*[1]')).toHaveText('1');
  await expect(totals.getByText('Tiền mặt', { exact: true }).locator('xpath=following-sibling::*[1]')).toHaveText('1.500.000 ₫');
  expect(await serverCount(page, stamp)).toBe(1);
});

test('records made offline survive a reload and are sent exactly once when the network returns', async ({
  page,
  context,
}) => {
  const stamp = `off${Date.now().toString(36)}`;
  page.on('dialog', (d) => void d.accept());
  await login(page);
  await page.goto('/activities');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  await record(page, `Giao lưu thứ nhất ${stamp}`, { type: 'Giao lưu' });
  await record(page, `Tham quan thứ hai ${stamp}`, { type: 'Tham quan thực tế' });
  const badge = page.getByTestId('outbox-badge').first();
  await expect(badge).toHaveText('2');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hoạt động' })).toBeVisible();
  await expect(badge).toHaveText('2');
  await badge.click();
  await expect(page.getByTestId('outbox-item')).toHaveCount(2);
  await expect(page.getByTestId('outbox-item').first()).toContainText('Chờ gửi');

  await context.setOffline(false);
  await expect(page.getByTestId('outbox-item')).toHaveCount(0, { timeout: 30_000 });
  await expect(badge).toBeHidden();
  expect(await serverCount(page, `thu nhat ${stamp}`)).toBe(1);
  expect(await serverCount(page, `thu hai ${stamp}`)).toBe(1);
});

test.describe('with the network in the way', () => {
  test.use({ serviceWorkers: 'block' });

  test('a response lost after the server saved the record still yields one record', async ({ page }) => {
    const stamp = `lost${Date.now().toString(36)}`;
    await login(page);
    await page.goto('/activities');
    let lost = 0;
    await page.route('**/api/v1/activities', async (route) => {
      if (route.request().method() === 'POST' && lost === 0) {
        lost++;
        await route.fetch(); // the server commits…
        await route.abort('failed'); // …and the phone never hears back
        return;
      }
      await route.continue();
    });
    await record(page, `Tặng quà mất phản hồi ${stamp}`, { cash: '1500000' });
    await expect.poll(() => serverCount(page, stamp), { timeout: 30_000 }).toBe(1);
    await expect(page.getByTestId('outbox-badge')).toHaveCount(0, { timeout: 30_000 });
    expect(lost).toBe(1);
    expect(await serverCount(page, stamp)).toBe(1);
  });

  test('a record the server refuses stays in the outbox, editable, with the message', async ({ page }) => {
    const stamp = `ref${Date.now().toString(36)}`;
    await login(page);
    await page.goto('/activities');
    await page.route('**/api/v1/activities', async (route) => {
      if (route.request().method() === 'POST') {
        await route.fulfill({
          status: 400,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'urn:thidua:problem:validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            detail: 'Vui lòng kiểm tra các trường được đánh dấu.',
            errors: [{ field: 'location', message: 'Địa điểm không có trong danh mục' }],
          }),
        });
        return;
      }
      await route.continue();
    });
    await record(page, `Giao lưu bị từ chối ${stamp}`, { type: 'Giao lưu' });
    const badge = page.getByTestId('outbox-badge').first();
    await expect(badge).toHaveText('1');
    await badge.click();
    const item = page.getByTestId('outbox-item');
    await expect(item).toContainText('Bị từ chối');
    await expect(item).toContainText('Địa điểm không có trong danh mục');
    expect(await serverCount(page, stamp)).toBe(0);

    await page.unroute('**/api/v1/activities');
    await item.getByRole('button', { name: 'Sửa và gửi lại' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa và gửi lại' });
    await expect(dialog.getByText('Địa điểm không có trong danh mục')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Địa điểm' }).fill('Nhà văn hóa khu phố 1');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('outbox-item')).toHaveCount(0, { timeout: 30_000 });
    expect(await serverCount(page, stamp)).toBe(1);
  });
});
