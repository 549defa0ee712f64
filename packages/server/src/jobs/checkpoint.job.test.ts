import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { createTestApp, type TestApp } from '../test/test-app';
import { scheduleCheckpoints } from './checkpoint.job';

describeEachDatabase('the periodic checkpoint job', (dialect) => {
  let t: TestApp;
  let stop = () => {};
  afterEach(async () => {
    stop();
    await t.close();
  });

  it('signs a checkpoint every T seconds when the log grew, and none when it did not', async () => {
    t = await createTestApp(dialect, { checkpointEveryEntries: 0, checkpointIntervalSeconds: 1 });
    const admin = await t.admin();
    const warnings: object[] = [];
    stop = scheduleCheckpoints(t.deps, { warn: (obj) => warnings.push(obj) });
    const sizes = async () =>
      (await t.db.selectFrom('ledger_checkpoints').select('tree_size').orderBy('tree_size').execute()).map((r) =>
        Number(r.tree_size),
      );
    await expect.poll(sizes, { timeout: 5000, interval: 100 }).toHaveLength(1);
    const first = (await admin.get('/api/ledger')).body.size;
    expect(await sizes()).toEqual([first]);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(await sizes()).toEqual([first]);
    await admin.post('/api/units', { name: '新科室', kind: 'enforcementSection' });
    await expect.poll(sizes, { timeout: 5000, interval: 100 }).toEqual([first, first + 1]);
    expect(warnings).toEqual([]);
  });
});
