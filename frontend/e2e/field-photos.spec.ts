import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { controlledByServiceWorker, login, PHOTO, record, serverCount } from './support/field';

/**
 * Photos taken in the field travel with the record: previewed on the form, kept on the phone while offline,
 * uploaded once the record exists — each exactly once — and shown on the record's page without their GPS.
 */
test.skip(({ isMobile }) => !isMobile, 'the field journeys run on the phone-sized screen');

interface Attachment {
  id: number;
  fileName: string;
  hasThumbnail: boolean;
}

async function recordId(page: Page, q: string): Promise<number> {
  const res = await page.request.get(`/api/v1/activities?q=${encodeURIComponent(q)}`);
  const body = await res.json();
  expect(body.totalItems).toBe(1);
  return body.items[0].id as number;
}

async function attachments(page: Page, id: number): Promise<Attachment[]> {
  const res = await page.request.get(`/api/v1/activities/${id}/attachments`);
  expect(res.status()).toBe(200);
  return (await res.json()).items as Attachment[];
}

test('a gift visit recorded with a photo reaches the server with its photo, without the GPS position', async ({
  page,
}) => {
  const stamp = `anh${Date.now().toString(36)}`;
  await login(page);
  await page.goto('/activities');
  await record(page, `Tặng quà có ảnh ${stamp}`, { cash: '1500000', photo: PHOTO });

  await expect.poll(() => serverCount(page, stamp), { timeout: 30_000 }).toBe(1);
  const id = await recordId(page, stamp);
  await expect.poll(async () => (await attachments(page, id)).length, { timeout: 30_000 }).toBe(1);
  await expect(page.getByTestId('outbox-badge')).toHaveCount(0, { timeout: 30_000 });
  const [photo] = await attachments(page, id);
  expect(photo).toMatchObject({ fileName: 'gift-visit.jpg', hasThumbnail: true });
  const stored = await (await page.request.get(`/api/v1/attachments/${photo!.id}`)).body();
  expect(stored.includes('GPS')).toBe(false);

  // the record's page shows the photo's thumbnail and a link to download it
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(stamp);
  await page.getByTestId('activity-item').filter({ hasText: stamp }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: `Tặng quà có ảnh ${stamp}` })).toBeVisible();
  const gallery = page.getByTestId('attachment-gallery');
  await expect(gallery.getByRole('img', { name: 'Ảnh gift-visit.jpg' })).toBeVisible();
  await expect(gallery.getByRole('link', { name: 'Mở gift-visit.jpg' })).toHaveAttribute(
    'href',
    `/api/v1/attachments/${photo!.id}`,
  );
  await expectAccessible(page);
});

test('a record with a photo made offline survives a reload and arrives with its photo exactly once', async ({
  page,
  context,
}) => {
  const stamp = `anhoff${Date.now().toString(36)}`;
  page.on('dialog', (d) => void d.accept());
  await login(page);
  await page.goto('/activities');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  await record(page, `Thăm hỏi ngoại tuyến ${stamp}`, { photo: PHOTO });
  const badge = page.getByTestId('outbox-badge').first();
  await expect(badge).toHaveText('1');

  await page.reload();
  await expect(badge).toHaveText('1');
  await badge.click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('1 ảnh, tài liệu');

  await context.setOffline(false);
  await expect(page.getByTestId('outbox-item')).toHaveCount(0, { timeout: 30_000 });
  expect(await serverCount(page, stamp)).toBe(1);
  const id = await recordId(page, stamp);
  expect(await attachments(page, id)).toHaveLength(1);
});

test.describe('with the network in the way', () => {
  test.use({ serviceWorkers: 'block' });

  test('a photo whose answer was lost after the server stored it is stored once', async ({ page }) => {
    const stamp = `anhmat${Date.now().toString(36)}`;
    await login(page);
    await page.goto('/activities');
    let lost = 0;
    await page.route('**/api/v1/activities/*/attachments', async (route) => {
      if (route.request().method() === 'POST' && lost === 0) {
        lost++;
        await route.fetch(); // the server stores the photo…
        await route.abort('failed'); // …and the phone never hears back
        return;
      }
      await route.continue();
    });
    await record(page, `Tặng quà mất phản hồi ảnh ${stamp}`, { cash: '1500000', photo: PHOTO });
    await expect(page.getByTestId('outbox-badge')).toHaveCount(0, { timeout: 30_000 });
    expect(lost).toBe(1);
    const id = await recordId(page, stamp);
    expect(await attachments(page, id)).toHaveLength(1);
  });

  test('a photo the server refuses stays in the outbox with its message; the record is there', async ({ page }) => {
    const stamp = `anhtu${Date.now().toString(36)}`;
    await login(page);
    await page.goto('/activities');
    await page.route('**/api/v1/activities/*/attachments', async (route) => {
      if (route.request().method() === 'POST') {
        await route.fulfill({
          status: 415,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'urn:thidua:problem:attachment-type',
            title: 'Loại tệp không được nhận',
            status: 415,
            detail: 'Chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF, Word, Excel.',
          }),
        });
        return;
      }
      await route.continue();
    });
    await record(page, `Giao lưu ảnh bị từ chối ${stamp}`, { type: 'Giao lưu', photo: PHOTO });
    const badge = page.getByTestId('outbox-badge').first();
    await expect(badge).toHaveText('1');
    await badge.click();
    const refused = page.getByTestId('outbox-refused-files');
    await expect(refused).toContainText('Máy chủ không nhận tệp gift-visit.jpg');
    await expect(refused).toContainText('Loại tệp không được nhận');
    await expectAccessible(page);
    expect(await serverCount(page, stamp)).toBe(1);
    expect(await attachments(page, await recordId(page, stamp))).toHaveLength(0);
  });
});
