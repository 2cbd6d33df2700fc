import { expect, type Locator, type Page } from '@playwright/test';

/** The claim packet's print view (#/claims/:id/packet). */
export class ClaimPacketPage {
  readonly document: Locator;
  readonly total: Locator;
  readonly sha256: Locator;
  readonly caseFileName: Locator;
  readonly printButton: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.document = page.getByRole('article', { name: /^Claim packet/ });
    this.total = page.getByTestId('packet-total');
    this.sha256 = page.getByTestId('packet-sha256');
    this.caseFileName = page.getByTestId('packet-case-file');
    this.printButton = page.getByRole('button', { name: 'Print' });
    this.downloadButton = page.getByRole('button', { name: 'Download case file' });
  }

  /** Goes to the packet of the claim (the app is already open) and waits for its ready signal. */
  static async open(page: Page, claimId: number): Promise<ClaimPacketPage> {
    await page.evaluate((id) => {
      window.location.hash = `#/claims/${id}/packet`;
    }, claimId);
    const packet = new ClaimPacketPage(page);
    await expect(page.locator('body')).toHaveAttribute('data-packet-ready', String(claimId));
    await expect(packet.document).toBeVisible();
    return packet;
  }
}
