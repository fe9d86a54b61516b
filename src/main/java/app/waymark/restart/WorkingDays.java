package app.waymark.restart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, which follow their fixed rules (New
 * Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day
 * and Boxing Day, each moved to the next free weekday when it falls at a weekend). One-off holidays proclaimed for
 * a single year are not known in advance and are not counted.
 */
final class WorkingDays {

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays(day.getYear()).contains(day);
    }

    /** The working day {@code count} working days before {@code day} (count ≥ 1). */
    static LocalDate before(LocalDate day, int count) {
        LocalDate result = day;
        int left = count;
        while (left > 0) {
            result = result.minusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /** The working day {@code count} working days after {@code day} (count ≥ 1). */
    static LocalDate after(LocalDate day, int count) {
        LocalDate result = day;
        int left = count;
        while (left > 0) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 26), days));
        return days;
    }

    private static LocalDate nextWeekday(LocalDate day, Set<LocalDate> taken) {
        LocalDate result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** The Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private WorkingDays() {
    }
}
