import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleAsync } from '../api';
import { WEEKDAYS, type Settings, type Weekday } from '@shared/settings-schema';
import { Problem, useWeekdayNames } from './fields';
import { SAVE_PAUSE_MS } from './use-draft';
import type { SettingsModel } from './use-settings';
import { checkDay, MAX_RANGES_PER_DAY, type DayProblems, type TimeRange } from './validation';

type Days = Settings['workingHours']['days'];

/** "HH:MM" plus some minutes, kept within the day. */
function later(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A new range: an hour after the day's last one ends, or a working day on an empty day. */
function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  if (!last) return { start: '09:00', end: '17:00' };
  const start = later(last.end, 30);
  return { start, end: later(start, 60) };
}

/**
 * Working hours, day by day: any number of time ranges a day (up to the
 * schema's limit), added and removed freely. Each edit is checked with the
 * schema at once (a range that ends before it starts, ranges that overlap)
 * and the week is saved once every day is right; until then the edits stay
 * on screen, with the problem next to the range or the day.
 */
export function WorkingHoursEditor({ model }: { model: SettingsModel }) {
  const { t, i18n } = useTranslation();
  const names = useWeekdayNames('long');
  const base = useId();
  const saved = model.settings.workingHours.days;
  const [draft, setDraft] = useState<Days | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const days = draft ?? saved;
  const problems = Object.fromEntries(WEEKDAYS.map((day) => [day, checkDay(days[day])])) as Record<
    Weekday,
    DayProblems | null
  >;
  const time = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(1970, 0, 1, h, m),
    );
  };

  const save = useRef(model.save);
  useEffect(() => {
    save.current = model.save;
  });
  // Closing the window saves a valid week still waiting for the pause in typing.
  const waiting = useRef<Days | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (waiting.current) void save.current({ workingHours: { days: waiting.current } });
    },
    [],
  );

  const editDays = (next: Days) => {
    setDraft(next);
    setRefused(null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    waiting.current = null;
    if (WEEKDAYS.some((d) => checkDay(next[d]) !== null)) return;
    waiting.current = next;
    // handleAsync: the DOM's setTimeout types take any Function, so lint cannot see an async one here.
    timer.current = setTimeout(
      handleAsync(async () => {
        timer.current = null;
        waiting.current = null;
        const reason = await save.current({ workingHours: { days: next } });
        setRefused(reason);
        if (reason === null) setDraft((current) => (current === next ? null : current));
      }),
      SAVE_PAUSE_MS,
    );
  };
  const edit = (day: Weekday, ranges: TimeRange[]) => editDays({ ...days, [day]: ranges });

  return (
    <div className="working-hours">
      {WEEKDAYS.map((day) => {
        const ranges = days[day];
        const dayProblem = problems[day]?.day ?? null;
        const dayProblemId = [base, day, 'problem'].join('-');
        return (
          <div key={day} className="working-hours__day" role="group" aria-labelledby={`${base}-${day}`}>
            <span className="working-hours__name" id={`${base}-${day}`}>
              {names[day]}
            </span>
            <div className="working-hours__ranges">
              {ranges.length === 0 && <p className="working-hours__none">{t('settings.schedule.noHours')}</p>}
              {ranges.map((range, index) => {
                const rangeProblem = problems[day]?.ranges[index];
                const rangeProblemId = [base, day, index, 'problem'].join('-');
                const describedBy =
                  [rangeProblem && rangeProblemId, dayProblem && dayProblemId].filter(Boolean).join(' ') || undefined;
                const invalid = rangeProblem !== undefined || dayProblem !== null;
                const update = (part: Partial<TimeRange>) =>
                  edit(
                    day,
                    ranges.map((r, i) => (i === index ? { ...r, ...part } : r)),
                  );
                const n = index + 1;
                const timeInput = (end: keyof TimeRange, label: string) => (
                  <input
                    type="time"
                    aria-label={label}
                    value={range[end]}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(e) => update({ [end]: e.target.value })}
                  />
                );
                return (
                  <div key={index} className="working-hours__range">
                    {timeInput('start', t('settings.schedule.rangeStart', { day: names[day], n }))}
                    <span className="working-hours__to">{t('settings.schedule.to')}</span>
                    {timeInput('end', t('settings.schedule.rangeEnd', { day: names[day], n }))}
                    <button
                      type="button"
                      className="button button--quiet working-hours__remove"
                      aria-label={t('settings.schedule.removeRange', {
                        day: names[day],
                        start: time(range.start),
                        end: time(range.end),
                      })}
                      onClick={() =>
                        edit(
                          day,
                          ranges.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {t('settings.schedule.remove')}
                    </button>
                    {rangeProblem && (
                      <Problem id={rangeProblemId}>
                        {rangeProblem === 'time' ? t('settings.validation.time') : t('settings.validation.rangeOrder')}
                      </Problem>
                    )}
                  </div>
                );
              })}
              {dayProblem && (
                <Problem id={dayProblemId}>
                  {dayProblem === 'overlap'
                    ? t('settings.validation.overlap')
                    : t('settings.validation.tooMany', { count: MAX_RANGES_PER_DAY })}
                </Problem>
              )}
              <button
                type="button"
                className="button button--quiet working-hours__add"
                disabled={ranges.length >= MAX_RANGES_PER_DAY}
                aria-label={t('settings.schedule.addRangeOn', { day: names[day] })}
                onClick={() => edit(day, [...ranges, nextRange(ranges)])}
              >
                {t('settings.schedule.addRange')}
              </button>
            </div>
          </div>
        );
      })}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => editDays({ ...days, tue: days.mon, wed: days.mon, thu: days.mon, fri: days.mon })}
        >
          {t('settings.schedule.copyMonday', { day: names.mon })}
        </button>
      </div>
      {refused && <Problem id="working-hours-refused">{t('settings.refused', { message: refused })}</Problem>}
    </div>
  );
}
