// The Month screen on the demo agency at Tuesday 2026-11-17 10:00 PST: the demo month is October
// 2026. Every service is Premier: Converged VoIP TMRC $1,200.00, ADUC $35.50; Voice Mail $240.00,
// ADUC $0; Site Survivability $95.00, ADUC $0; installation fee $250.00. What is owed, by
// DOMAIN.md (see electron/services/demo/month.ts for the data):
//   Availability, SAC-HQ-VOIP-1005, 2nd month missed in a row: 30% + 2 ADUC days = $360.00 + $71.00 = $431.00
//   CAT 1, FRE-02-VM-1023 (1 h 20 min > 1 h): 100% of $240.00 = $240.00
//   CAT 2, OAK-01-VOIP-1011 (40 min > 15 min): $1,200.00 + 10 × $35.50 = $1,555.00
//   CAT 3, FRE-02-VOIP-1017 (2 h 30 min > 15 min): $1,555.00
//   Delay, SAC-HQ-VOIP-1003 (112 ms > 90 ms), 1st month: 25% = $300.00
//   Excessive Outage, FRE-02-VOIP-1020 (9 h 30 min) and LA-05-VOIP-1025 (9 h, Verizon): 2 × $1,555.00 = $3,110.00
//   Site Survivability, OAK-01 (78.5 h > 72 h), 1st month: 15% of $95.00 = $14.25
//   Jitter, SAC-HQ-VOIP-1002 (22 ms > 15 ms), 2nd month: 35% + 2 ADUC days = $420.00 + $71.00 = $491.00
//   Notification, FRE-02-VOIP-1017 (an update 70 min after the last): senior management escalation, no money
//   Provisioning, 2 late orders, each type 1 of 2 on time (50% < 95%): 100% of $250.00 each = $500.00
//   Time to Repair: FRE-02-VOIP-1020, FRE-02-VOIP-1021 (9 h less a 1 h stop clock = 8 h),
//     LA-05-VOIP-1025 (Verizon) and OAK-01-VOIP-1012 (5 h 15 min): 4 × $300.00 = $1,200.00
// Total $9,396.25; AT&T alone, without LA-05's $300.00 + $1,555.00: $7,541.25.
import { test, expect } from './fixtures';
import { MonthPage } from './pages/MonthPage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('the demo month’s total owed, SLA by SLA, and for AT&T alone', async ({ app: _app, page }) => {
  const month = await MonthPage.open(page);
  await expect(month.month).toHaveValue('2026-10');
  await expect(month.total).toHaveText('$9,396.25');
  const owed = async (title: string) => month.summary(title).getByRole('cell').last();
  await expect(await owed('Availability')).toHaveText('$431.00');
  await expect(await owed('Catastrophic Outage 1 (CAT 1)')).toHaveText('$240.00');
  await expect(await owed('Catastrophic Outage 2 (CAT 2)')).toHaveText('$1,555.00');
  await expect(await owed('Catastrophic Outage 3 (CAT 3)')).toHaveText('$1,555.00');
  await expect(await owed('Excessive Outage')).toHaveText('$3,110.00');
  await expect(await owed('Jitter')).toHaveText('$491.00');
  await expect(await owed('Notification')).toHaveText('1 escalation');
  await expect(await owed('Provisioning')).toHaveText('$500.00');
  await expect(await owed('Time to Repair (TTR)')).toHaveText('$1,200.00');
  // Every SLA of the catalog is on the month (issue 9, item 9): CALNET's 11, and the help desk's
  // (issue 14, no money) with results in October: its Severity 3 incidents' severity assignment and
  // supervisor escalation, and its four targets.
  await expect(month.bySla.locator('tbody tr')).toHaveCount(17);

  await month.contractor.selectOption({ label: 'AT&T' });
  await month.waitLoaded();
  await expect(month.total).toHaveText('$7,541.25');
});
