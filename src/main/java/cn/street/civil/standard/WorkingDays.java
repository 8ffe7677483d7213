package cn.street.civil.standard;

import java.time.LocalDate;

/**
 * Working days by the office's calendar (工作日历): Monday to Friday, except the dated 法定节假日, plus the
 * weekend days that are 调休上班. The calendar is kept on the page 工作日历; a year without entries counts
 * weekends only. Deadlines in working days (确认 10, 告知 3, 总时限 30) are counted with this.
 */
public interface WorkingDays {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The {@code n}-th working day after {@code date} (the day itself never counts): plus 1 from a Friday before
	 * an ordinary weekend is the Monday. {@code n = 0} gives {@code date}; a negative {@code n} counts back, so
	 * {@code plusWorkingDays(d, -1)} is the last working day before {@code d}.
	 */
	LocalDate plusWorkingDays(LocalDate date, int n);

	/**
	 * The working days after {@code a} up to and including {@code b}; negative (the working days after {@code b}
	 * up to and including {@code a}) when {@code b} is before {@code a}. For a working day {@code b}:
	 * {@code plusWorkingDays(a, workingDaysBetween(a, b)) == b}.
	 */
	int workingDaysBetween(LocalDate a, LocalDate b);

}
