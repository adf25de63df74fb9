import { describe, expect, it } from 'vitest';
import { memoryAdmission } from '../../src/run/rank-run.ts';

const MB = 1024 * 1024;

describe('memoryAdmission (--max-memory)', () => {
  it('has room below 80 % of the budget, holds up to it, and is over above it', () => {
    let rss = 100 * MB;
    const check = memoryAdmission(400, () => rss);
    expect(check()).toBe('room');
    rss = 330 * MB;
    expect(check()).toBe('hold');
    rss = 401 * MB;
    expect(check()).toBe('over');
  });

  it('always has room for a run stored before the budget existed', () => {
    expect(memoryAdmission(undefined, () => 10_000 * MB)()).toBe('room');
  });
});
