import { expect, type Page } from '@playwright/test';

/** The demo users' password (README); E2E_ADMIN_PASSWORD overrides it for a deployment with other passwords. */
export const PASSWORD = process.env.E2E_ADMIN_PASSWORD || 'ThiDua@2026';

/** Logs in through the form and waits for the shell, on a desktop or a phone. */
export async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
  // the shell is there (on a phone its burger decides where the navigation lives)
  await expect(page.locator('[data-testid=user-summary]:visible').first()).toBeVisible();
}

/** Phones reach the navigation through the burger's drawer; desktops see it directly. */
export async function goTo(page: Page, link: string) {
  const burger = page.getByRole('button', { name: 'Mở menu điều hướng' });
  const scope = (await burger.isVisible()) ? (await burger.click(), page.getByRole('dialog')) : page.locator('body');
  await scope.getByRole('link', { name: link }).click();
}
