import { expect, test, type Page } from '@playwright/test';

const password = 'ThiDua@2026';

async function login(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
}

/** A real JPEG drawn by the browser itself (a red cross), as a phone camera would hand it over. */
async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 480;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#ce1126';
    g.fillRect(270, 90, 100, 300);
    g.fillRect(170, 190, 300, 100);
    return c.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function act(page: Page, action: string) {
  await page.getByTestId('nomination-actions').getByRole('button', { name: action, exact: true }).click();
}

test('a branch nominates with a photo, the province honours it, and the public page shows it', async ({
  page,
}, info) => {
  const stamp = `${Date.now().toString(36)}${info.project.name === 'phone' ? 'p' : 'd'}`;
  const title = `Gương hiến máu E2E ${stamp}`;

  // A branch officer fills the form (on a phone too) and saves a draft
  await login(page, 'canbo.xa');
  await page.goto('/nominations');
  await page.getByRole('link', { name: 'Đề xuất mới' }).click();
  await page.getByLabel('Họ tên / tên tập thể').fill('Võ Thị Lan');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Thành tích').fill('Hiến máu 18 lần; vận động 60 người cùng tham gia.');
  await page.getByLabel('Lĩnh vực').fill('Hiến máu tình nguyện');
  await page.getByLabel('Người được đề xuất đồng ý công khai trên trang thông tin của Hội').check();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/nominations\/\d+$/);
  const url = page.url();

  // ... takes a photo as evidence (the camera input) and submits
  await page
    .getByTestId('attachment-camera')
    .setInputFiles({ name: 'hien-mau.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });
  await expect(page.getByTestId('attachment-gallery').getByRole('img')).toHaveCount(1);
  await act(page, 'Gửi đề xuất');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã gửi', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('nomination-actions').getByRole('button', { name: 'Gửi đề xuất' })).toHaveCount(0);

  // A provincial officer reviews, recognises and honours it
  await login(page, 'canbo.tinh');
  await page.goto(url);
  await act(page, 'Bắt đầu xem xét');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đang xem xét', { exact: true }).first()).toBeVisible();
  await act(page, 'Công nhận');
  await page.getByRole('dialog').getByLabel('Ý kiến').fill('Thành tích tiêu biểu.');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã công nhận', { exact: true }).first()).toBeVisible();
  await act(page, 'Tôn vinh');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số quyết định').fill('77/QĐ-CTĐ');
  await dialog.getByLabel('Hình thức khen thưởng').fill('Giấy khen của Hội Chữ thập đỏ tỉnh');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã tôn vinh', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('nomination-history')).toContainText('Thành tích tiêu biểu.');

  // Anyone sees it on the public page, with its photo and without private details
  await page.context().clearCookies();
  await page.goto('/cong-khai');
  await page.getByRole('searchbox', { name: 'Tìm gương điển hình' }).fill(`hien mau e2e ${stamp}`);
  const card = page.getByRole('article').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Võ Thị Lan');
  await expect(card).toContainText('77/QĐ-CTĐ');
  await expect(card.getByRole('img', { name: 'Ảnh của Võ Thị Lan' })).toBeVisible();
});
