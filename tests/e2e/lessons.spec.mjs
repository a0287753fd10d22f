// A trainee's course, walked the way a trainee walks it: from the trainer's desk, each of the six
// lessons in order, touching only what the lesson lights (the middle of the lit ring), typing the
// code or filling the return form only where the step says so. Every step must light something on
// the screen the trainee is on, no step may be skipped, and each lesson must end with "done".
import {
  test, expect, T, fill, main, typePin, fakeSpeech, enterDemo,
} from './helpers.mjs';

const DEMO_CODE = '246810';

const LESSONS = [
  ['find_product', 5],
  ['build_order', 4],
  ['order_offline', 6],
  ['track_parcel', 3],
  ['hand_over', 3],
  ['start_return', 3],
];

/** The step number and the words on the lesson card now. */
async function cardState(page) {
  return page.evaluate(() => {
    const card = document.querySelector('.lesson-card:not(.lesson-done)');
    const done = document.querySelector('.lesson-done');
    return {
      progress: card?.querySelector('.lesson-progress')?.textContent ?? '',
      words: card?.textContent ?? '',
      done: !!done,
      path: location.pathname,
    };
  });
}

/** What is under the middle of the first lit ring: the lesson target there, and that point. */
async function litTarget(page) {
  return page.evaluate(() => {
    const ring = document.querySelector('.lesson-spot');
    if (!ring) return null;
    const r = ring.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // The veil and the rings let touches through (pointer-events: none): this is what a finger hits.
    const hit = document.elementFromPoint(x, y);
    const target = hit?.closest('[data-lesson]');
    return { x, y, target: target?.getAttribute('data-lesson') ?? null, rings: document.querySelectorAll('.lesson-spot').length };
  });
}

/**
 * Follows one lesson from the trainer's desk to its "done" card; returns the step numbers seen
 * and the targets touched, in order.
 */
async function followLesson(page, lesson, total) {
  const t = T.zh;
  await page.goto('/trainer');
  await main(page).getByTestId(lesson).getByRole('button', { name: t.trainer.start }).click();
  const steps = [];
  const touched = [];
  for (let i = 0; i < 30; i += 1) {
    const before = await cardState(page);
    if (before.done) break;
    const m = before.progress.match(/第 (\d+) 步/);
    expect(m, `${lesson}: a step on the card (${before.progress})`).not.toBeNull();
    const n = Number(m[1]);
    if (steps[steps.length - 1] !== n) steps.push(n);
    // Something is lit on this screen, whatever screen it is, and it is what a finger reaches.
    await expect.poll(() => litTarget(page).then((l) => l?.target ?? null), {
      message: `${lesson} step ${n} on ${before.path}: something lit`,
      timeout: 8000,
    }).not.toBeNull();
    // Let a scroll to the lit thing settle: the ring stays put for two looks.
    let lit = await litTarget(page);
    await expect.poll(async () => {
      const again = await litTarget(page);
      const same = again && lit && Math.abs(again.x - lit.x) < 1 && Math.abs(again.y - lit.y) < 1;
      lit = again;
      return !!same;
    }, { timeout: 5000 }).toBe(true);
    touched.push(lit.target);
    if (lit.target === 'pickup-pad') {
      await typePin(page, DEMO_CODE);
    } else if (lit.target === 'return-start') {
      const form = main(page).locator('[data-lesson="return-start"]');
      await form.locator('input[type="checkbox"]:not([disabled])').first().check();
      await form.locator('input[name="reason"]').first().check();
      await form.getByRole('button', { name: t.returns.submit }).click();
    } else {
      await page.mouse.click(lit.x, lit.y);
    }
    // The touch changed something: the step, the screen, or the way the card points.
    await expect.poll(async () => {
      const now = await cardState(page);
      return now.done || now.progress !== before.progress || now.path !== before.path || now.words !== before.words;
    }, { message: `${lesson} step ${n}: touching ${lit.target} on ${before.path} did something`, timeout: 8000 }).toBe(true);
    // The lesson looks at the app every 300 ms: give it two looks to move its light, as a
    // trainee's eyes would, before the next touch.
    await page.waitForTimeout(700);
  }
  await expect(page.locator('.lesson-done')).toContainText(
    fill(t.lesson.done, { lesson: t.lesson[`${lesson}_title`] }),
  );
  expect(steps, `${lesson}: every step, in order (touched ${touched.join(' → ')})`).toEqual(
    Array.from({ length: total }, (_, k) => k + 1),
  );
  return touched;
}

test('a trainee follows the light through all six lessons, from the trainer desk, no step skipped', async ({ page }) => {
  test.setTimeout(240_000);
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'zh', default: true }]);
  await enterDemo(page);
  await main(page).getByLabel(T.zh.trainer.new_trainee).fill('小周');
  await main(page).getByRole('button', { name: T.zh.trainer.add_trainee }).click();
  const walked = {};
  for (const [lesson, total] of LESSONS) {
    walked[lesson] = await followLesson(page, lesson, total);
  }
  // The first lesson starts on the trainer's desk: the way to the partner screen is lit first,
  // then its villagers; serving a villager lands on the home screen, where the speaker is lit
  // (step 3, not skipped) before a category.
  expect(walked.find_product.slice(0, 3)).toEqual(['nav-partner', 'partner-villagers', 'villager-serve']);
  expect(walked.find_product).toContain('page-speak');
  expect(walked.find_product.indexOf('page-speak')).toBeLessThan(walked.find_product.indexOf('category-tile'));
  // Every lesson is marked done for the trainee.
  await page.goto('/trainer');
  for (const [lesson] of LESSONS) {
    await expect(main(page).getByTestId(lesson)).toContainText(T.zh.trainer.lesson_done);
  }
});

test('step 4 of the first lesson counts any category, and lights every category tile', async ({ page }) => {
  test.setTimeout(90_000);
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'zh', default: true }]);
  await enterDemo(page);
  await main(page).getByLabel(T.zh.trainer.new_trainee).fill('小周');
  await main(page).getByRole('button', { name: T.zh.trainer.add_trainee }).click();
  await main(page).getByTestId('find_product').getByRole('button', { name: T.zh.trainer.start }).click();
  // Steps 1-3 by their lit targets.
  for (const target of ['nav-partner', 'partner-villagers', 'villager-serve', 'page-speak']) {
    await expect.poll(() => litTarget(page).then((l) => l?.target ?? null), { timeout: 8000 }).toBe(target);
    const lit = await litTarget(page);
    await page.mouse.click(lit.x, lit.y);
    await page.waitForTimeout(700);
  }
  await expect(page.locator('.lesson-card')).toContainText(T.zh.lesson.find_product_4);
  const tiles = main(page).locator('[data-lesson="category-tile"]');
  const count = await tiles.count();
  expect(count).toBeGreaterThan(3);
  // Every tile on screen is ringed (not just the first).
  await expect.poll(() => page.locator('.lesson-spot').count()).toBeGreaterThan(3);
  // The last one counts as well as the first.
  await tiles.last().click();
  await expect(page.locator('.lesson-card')).toContainText(T.zh.lesson.find_product_5);
});
