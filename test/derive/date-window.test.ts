import { describe, expect, it } from 'vitest';
import { inWindow, isFuture, windowStart } from '../../src/derive/date-window.ts';

describe('evaluation windows', () => {
  it('computes calendar windows and ignores future dates', () => {
    expect(windowStart('2016-05-20', { months: 6 })).toBe('2015-11-20');
    expect(windowStart('2016-03-31', { months: 1 })).toBe('2016-02-29');
    expect(windowStart('2016-05-20', { days: 7 })).toBe('2016-05-13');
    expect(inWindow('2016-05-13', '2016-05-13', '2016-05-20')).toBe(true);
    expect(inWindow('2016-05-21', '2016-05-13', '2016-05-20')).toBe(false);
    expect(inWindow('2016-05-20T10:00:00Z', '2016-05-13', '2016-05-20')).toBe(true);
    expect(isFuture('2016-05-21', '2016-05-20')).toBe(true);
    expect(isFuture('2016-05-20T23:00:00Z', '2016-05-20')).toBe(false);
  });
});
