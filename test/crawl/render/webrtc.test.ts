import { createSocket } from 'node:dgram';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../../src/crawl/render/browser.ts';

/** A page opening a WebRTC connection with a STUN server at an IP literal, as a hostile portal would. */
async function datagramsFromPage(args: string[]): Promise<number> {
  const socket = createSocket('udp4');
  let received = 0;
  socket.on('message', () => (received += 1));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args });
  try {
    const page = await browser.newPage();
    await page.setContent('<p>portal</p>');
    // Resolves when ICE gathering ends (the browser has sent whatever it was going to send), not after a pause.
    await page.evaluate(async (stun) => {
      const pc = new RTCPeerConnection({ iceServers: [{ urls: stun }] });
      pc.createDataChannel('x');
      await pc.setLocalDescription(await pc.createOffer());
      await new Promise<void>((done) => {
        if (pc.iceGatheringState === 'complete') done();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && done());
        setTimeout(done, 10_000);
      });
    }, `stun:127.0.0.1:${port}`);
  } finally {
    await browser.close();
    socket.close();
  }
  return received;
}

describe('WebRTC in the crawl’s browser', () => {
  it('sends no UDP from a page, where the same page in a plain Chromium reaches the STUN server', async () => {
    const plain = CHROMIUM_ARGS.filter((a) => !a.includes('webrtc'));
    expect(await datagramsFromPage(plain), 'the probe itself: a plain browser sends STUN').toBeGreaterThan(0);
    expect(await datagramsFromPage(CHROMIUM_ARGS)).toBe(0);
  }, 60_000);
});
