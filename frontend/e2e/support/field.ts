import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { login as shellLogin } from './shell';

/** What the field journeys share: logging in on the phone, recording an activity, asking the server. */
export { PASSWORD } from './shell';

/** A 160×120 JPEG whose Exif carries a GPS position (the server must strip it). */
export const PHOTO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gift-visit.jpg');

export async function login(page: Page, username = 'canbo.xa') {
  await shellLogin(page, username);
}

export async function serverCount(page: Page, q: string): Promise<number> {
  const res = await page.request.get(`/api/v1/activities?q=${encodeURIComponent(q)}`);
  expect(res.status()).toBe(200);
  return (await res.json()).totalItems as number;
}

/** Fills and saves the phone form; with `photo`, takes it with the camera input first and sees its preview. */
export async function record(page: Page, title: string, opts: { cash?: string; type?: string; photo?: string } = {}) {
  await page.getByRole('button', { name: 'Ghi nhận hoạt động' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoạt động' });
  if (opts.type) {
    await dialog.getByRole('textbox', { name: 'Loại hoạt động' }).click();
    await page.getByRole('option', { name: opts.type }).click();
  }
  await dialog.getByRole('textbox', { name: 'Tên hoạt động' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Địa điểm' }).fill('Ấp Thạnh Trung');
  if (opts.cash) {
    await dialog.getByRole('textbox', { name: 'Số suất quà' }).fill('10');
    const cash = dialog.getByRole('textbox', { name: 'Tiền mặt' });
    await cash.fill(opts.cash);
    await cash.blur();
    await expect(cash).toHaveValue('1.500.000 ₫');
  }
  if (opts.photo) {
    await dialog.getByTestId('attachment-camera').setInputFiles(opts.photo);
    await expect(dialog.getByTestId('draft-files').getByRole('img')).toHaveCount(1);
  }
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Waits until the service worker controls the page, so a reload works offline. */
export async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
