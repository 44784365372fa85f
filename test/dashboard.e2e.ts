import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import {
  DEFAULT_DASHBOARD_DIR,
  DEFAULT_MANIFEST,
  loadTrustedDocuments,
  type RunningGateway,
} from '@union/gateway';
import { buildDashboardIfStale } from '../scripts/build-dashboard';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';
import { BROWSER_WAIT_MS, launchChromium, screenshot } from './support/browser';

// The dashboard in a real browser, served by a gateway in trusted-documents mode (anonymous
// callers may run only the dashboard's own operations), on PostgreSQL, on both engines: walk the tree,
// read a figure with its quote and an audit, search, enter a figure as a reporter and
// approve the report as an approver.

describe.each(ENGINES)('the dashboard in Chromium through the %s gateway', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  let auth: TestAuth;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dashboard: string;

  beforeAll(async () => {
    expect(buildDashboardIfStale()).toBe(true);
    auth = await createTestAuth();
    subgraphs = await startSubgraphs('postgresql', auth.settings);
    gateway = await startGateway(engine, subgraphs, {
      trustedDocuments: loadTrustedDocuments(DEFAULT_MANIFEST, true),
      dashboardDir: DEFAULT_DASHBOARD_DIR,
    });
    dashboard = gateway.url.replace(/\/graphql$/, '/dashboard/');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await subgraphs?.stop();
  });

  const signIn = async (token: string) => {
    await page.goto(`${dashboard}#/sign-in`);
    await page.getByLabel('令牌 (JWT)').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await expect
      .poll(() => page.locator('.signed-in').textContent(), { timeout: BROWSER_WAIT_MS })
      .toContain('已登录');
  };

  it('walks 全国 → 四川省 → 成都市 → 金牛区 and shows 181386名 with its quote', async () => {
    await page.goto(dashboard);
    const tree = page.getByRole('navigation', { name: 'tree' });
    await tree.getByRole('link', { name: '全国' }).waitFor();
    await tree.getByRole('link', { name: '四川省', exact: true }).click();
    await tree.getByRole('link', { name: '成都市', exact: true }).click();
    await tree.getByRole('link', { name: '金牛区', exact: true }).click();
    await page.getByRole('heading', { name: /金牛区/ }).waitFor();
    await page.getByLabel('时期').selectOption('2013');
    const members = page.getByRole('article', { name: '会员', exact: true });
    await members.locator('.printed', { hasText: '181386名' }).waitFor();
    expect(await members.locator('blockquote').textContent()).toContain('181386');
    expect(await members.textContent()).toContain('[181,386, 181,386]');
    expect(await page.locator('.breadcrumb').textContent()).toBe('全国 › 四川省 › 成都市');
    await screenshot(page, 'dashboard-district');
  });

  it("shows Chengdu's 2013 audit badge with its explanation and the missing districts by name", async () => {
    await page.goto(`${dashboard}#/unit/510100?period=2013`);
    const members = page.getByRole('article', { name: '会员', exact: true });
    const badge = members.locator('.badge');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('CONSISTENT · AT_LEAST');
    await badge.click();
    expect(await members.locator('.explanation').textContent()).toContain(
      'Reported 329余万人 [3,290,000, 3,300,000]',
    );
    expect(await members.locator('.printed').textContent()).toBe('329余万人');
    const rollup = await members.locator('.rollup').textContent();
    expect(rollup).toContain('[326,345, 326,345]');
    expect(rollup).toContain('2/19');
    expect(rollup).toContain('青羊区');
    expect(rollup).toContain('双流县');
    await members.getByRole('img').locator('svg').waitFor();
    await screenshot(page, 'dashboard-city-audit');
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('article', { name: 'Union members', exact: true });
    await english.getByRole('heading', { name: "Children's sum" }).waitFor();
    expect(await english.locator('.missing').textContent()).toContain('Missing (17)');
    await page.getByRole('button', { name: '中文' }).click();
    await members.waitFor();
    const series = page.getByRole('img', { name: '历年数值: 会员' });
    await series.locator('svg').waitFor();
    await series.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-series');
  });

  it('finds 金牛区 by its initials jnq', async () => {
    await page.goto(dashboard);
    await page.getByRole('searchbox').fill('jnq');
    const results = page.getByRole('list', { name: 'search results' });
    await results.getByRole('link', { name: '金牛区' }).waitFor();
    expect(await results.textContent()).toContain('510106');
    await screenshot(page, 'dashboard-search');
    await results.getByRole('link', { name: '金牛区' }).click();
    await page.getByRole('heading', { name: /金牛区/ }).waitFor();
  });

  it('lets a reporter preview, record and submit a figure, and shows CONFLICT and LOCKED', async () => {
    const rita = await auth.token({
      sub: 'rita',
      name: 'Rita',
      roles: ['reporter'],
      units: ['510106'],
    });
    await signIn(rita);
    await page.goto(`${dashboard}#/entry/510106`);
    await page.locator('.unit-name', { hasText: '金牛区' }).waitFor();
    await page.getByLabel('指标').selectOption('grassroots_unions');
    await page.getByLabel('时期').fill('2022');
    await page.locator('.current', { hasText: '版本 0' }).waitFor();
    const text = page.getByLabel('填报文本');
    await text.fill('329余万人');
    expect(await page.locator('.preview').textContent()).toBe(
      '将读作: [3,290,000, 3,300,000] MORE_THAN (人)',
    );
    await screenshot(page, 'dashboard-entry');
    await text.fill('1056。万人');
    expect(await page.locator('.preview').textContent()).toContain('无法读取');
    await text.fill('2215个');
    await page.getByRole('button', { name: '提交数值' }).click();
    await page.getByRole('status').filter({ hasText: '已保存，版本 1: 2215个' }).waitFor();

    // Someone else corrects the figure meanwhile: the form still holds version 1.
    const other = await postGraphQL(
      gateway.url,
      'mutation($i: FigureInput!) { recordDistrictFigure(input: $i) { version } }',
      {
        i: {
          code: '510106',
          metric: 'grassroots_unions',
          period: '2022',
          text: '2216个',
          expectedVersion: 1,
        },
      },
      rita,
    );
    expect(other).toMatchObject({ data: { recordDistrictFigure: { version: 2 } } });
    await text.fill('2251个');
    await page.getByRole('button', { name: '提交数值' }).click();
    const conflict = page.getByRole('alert');
    await conflict.filter({ hasText: 'CONFLICT' }).waitFor();
    expect(await conflict.textContent()).toContain('当前版本 2');

    await page.getByRole('button', { name: '上报' }).click();
    await page.getByRole('status').filter({ hasText: 'SUBMITTED' }).waitFor();
    await text.fill('2300个');
    await page.getByRole('button', { name: '提交数值' }).click();
    await page.getByRole('alert').filter({ hasText: 'LOCKED' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('已锁定');
  });

  it('lets a Chengdu approver see the completeness of its districts and approve 金牛区', async () => {
    const carl = await auth.token({
      sub: 'carl',
      name: 'Carl',
      roles: ['approver'],
      units: ['510100'],
    });
    await signIn(carl);
    await page.goto(`${dashboard}#/approvals`);
    await page.getByLabel('时期').fill('2022');
    const row = page.locator('tr[data-code="510106"]');
    await row.locator('.state', { hasText: 'SUBMITTED' }).waitFor();
    const progress = page.locator('.progress');
    expect(await progress.textContent()).toContain('应报 20');
    expect(await progress.textContent()).toContain('已上报 1');
    await screenshot(page, 'dashboard-approvals');
    await row.getByRole('button', { name: '批准' }).click();
    await row.locator('.state', { hasText: 'APPROVED' }).waitFor();
    await progress.filter({ hasText: '已批准 1' }).waitFor();

    const report = await postGraphQL<{ district: { report: { state: string } } }>(
      gateway.url,
      '{ district(code: "510106") { report(period: "2022") { state } } }',
      undefined,
      carl,
    );
    expect(report).toEqual({ data: { district: { report: { state: 'APPROVED' } } } });
  });
});
