import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addWorkingDays, DomainError } from '@liuhen/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createDeps } from '../../deps';
import { openDatabase } from '../db/database';
import { loadProfiles } from '../../modules/profiles/profile-registry';
import { createConfiguredCalendar, loadCalendarFiles } from './calendar-files';

let dataDir: string;
let calendarDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'liuhen-calendar-'));
  calendarDir = path.join(dataDir, 'calendar');
  mkdirSync(calendarDir);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function write(name: string, content: unknown) {
  writeFileSync(path.join(calendarDir, name), typeof content === 'string' ? content : JSON.stringify(content));
}

const schedule2027 = {
  year: 2027,
  source: '测试用：并非国务院办公厅已发布的通知',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeUpWorkdays: [],
};

/** The profiles are not under test here (and loading the shipped ones would hide which file a refusal names). */
const noProfiles = () => loadProfiles({ shippedDir: path.join(dataDir, 'no-profiles') });

/** The refusal, as the operator sees it at start. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('expected the calendar directory to be refused');
}

describe('holiday schedules loaded from the calendar directory', () => {
  it('a 2027 file in <data dir>/calendar makes 2027-01-01 a holiday and 2027 deadlines certain in the server', async () => {
    write('2027.json', schedule2027);
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    try {
      const config = loadConfig({}, { dataDir, logLevel: 'silent' });
      const deps = createDeps({ database, config, profiles: noProfiles() });
      expect(deps.calendar.coverage(2027)).toBe('published');
      expect(deps.calendar.isWorkday('2027-01-01')).toBe(false);
      expect(deps.calendar.isWorkday('2027-01-04')).toBe(true);
      // Thursday 2026-12-31 is day 1; 01-01 is off, then Monday 01-04 and Tuesday 01-05.
      expect(addWorkingDays('2026-12-30', 3, deps.calendar)).toEqual({ due: '2027-01-05', provisional: false });
    } finally {
      await database.close();
    }
  });

  it('without a file, 2027 deadlines stay provisional on plain weekdays', () => {
    const calendar = createConfiguredCalendar(loadConfig({}, { dataDir }));
    expect(calendar.coverage(2027)).toBe('none');
    expect(addWorkingDays('2026-12-30', 3, calendar)).toEqual({ due: '2027-01-04', provisional: true });
  });

  it('reads the directory named by LIUHEN_CALENDAR_DIR instead of the data directory', () => {
    const elsewhere = path.join(dataDir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, '2027.json'), JSON.stringify(schedule2027));
    const config = loadConfig({ LIUHEN_CALENDAR_DIR: elsewhere }, { dataDir });
    expect(config.calendarDir).toBe(elsewhere);
    expect(createConfiguredCalendar(config).isWorkday('2027-01-01')).toBe(false);
  });

  it('a file for a shipped year amends it: the file wins', () => {
    write('2026.json', { year: 2026, holidays: ['2026-01-05'], makeUpWorkdays: [] });
    const calendar = createConfiguredCalendar({ dataDir, calendarDir: undefined });
    expect(calendar.isWorkday('2026-01-05')).toBe(false);
    // The shipped 2026 schedule is replaced, not merged: its 元旦 break is gone from the amended year.
    expect(calendar.isWorkday('2026-01-02')).toBe(true);
  });

  it('ignores files that are not JSON, such as a README', () => {
    write('README.md', '# 2027 pending');
    expect(loadCalendarFiles(calendarDir)).toEqual([]);
  });

  it('refuses a malformed file, naming the file and the problem', () => {
    write('2027.json', { ...schedule2027, holidays: ['2027-1-1'] });
    expect(refusal(() => loadCalendarFiles(calendarDir))).toMatch(
      /LIUHEN_CALENDAR_DIR.*2027\.json: holidays\.0: Expected a real date/,
    );
  });

  it('refuses a file that is not JSON, a year that does not match its name, and a name that is not a year', () => {
    write('2027.json', '{ "year": 2027, ');
    expect(refusal(() => loadCalendarFiles(calendarDir))).toMatch(/2027\.json: .*not valid JSON/);
    write('2027.json', { ...schedule2027, year: 2028 });
    expect(refusal(() => loadCalendarFiles(calendarDir))).toMatch(/2027\.json: year is 2028, not 2027/);
    rmSync(path.join(calendarDir, '2027.json'));
    write('holidays-2027.json', schedule2027);
    expect(refusal(() => loadCalendarFiles(calendarDir))).toMatch(/holidays-2027\.json: .*must be <year>\.json/);
  });

  it('refuses a schedule that contradicts itself, and stops the server from starting with it', async () => {
    write('2027.json', { ...schedule2027, makeUpWorkdays: ['2027-01-01'] });
    expect(refusal(() => loadCalendarFiles(calendarDir))).toMatch(
      /2027\.json: .*2027-01-01 as both a holiday and a workday/,
    );
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    try {
      const config = loadConfig({}, { dataDir });
      expect(() => createDeps({ database, config, profiles: noProfiles() })).toThrow(/LIUHEN_CALENDAR_DIR.*2027\.json/);
    } finally {
      await database.close();
    }
  });
});
