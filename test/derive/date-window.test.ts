import { describe, expect, it } from 'vitest';
import { inWindow, isCalendarDay, isFuture, localDay, windowStart } from '../../src/derive/date-window.ts';

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

describe('calendar days (no date library, no time zone)', () => {
  it.each([
    // months back to the same day, or the shorter month's last
    { asOf: '2016-01-15', span: { months: 1 }, start: '2015-12-15' },
    { asOf: '2016-05-31', span: { months: 6 }, start: '2015-11-30' },
    { asOf: '2015-03-31', span: { months: 1 }, start: '2015-02-28' },
    { asOf: '2016-08-31', span: { months: 6 }, start: '2016-02-29' },
    { asOf: '2016-03-01', span: { days: 1 }, start: '2016-02-29' },
    { asOf: '2017-01-03', span: { days: 7 }, start: '2016-12-27' },
    { asOf: '2016-05-20', span: { months: 24 }, start: '2014-05-20' },
  ])('$asOf less $span is $start', ({ asOf, span, start }) => {
    expect(windowStart(asOf, span)).toBe(start);
  });

  it.each([
    ['2016-02-29', true], ['2015-02-29', false], ['2016-04-31', false], ['2016-13-01', false], ['2016-00-10', false],
    ['2016-5-1', false], ['2016-05-01T00:00', false], ['2000-02-29', true], ['1900-02-29', false],
  ])('%s is a calendar day: %s', (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
  });

  it('gives the local day of a date', () => {
    expect(localDay(new Date(2016, 4, 20, 23, 59))).toBe('2016-05-20');
    expect(localDay(new Date(2016, 0, 1, 0, 0))).toBe('2016-01-01');
  });
});
