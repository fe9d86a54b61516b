package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;

/**
 * A LearnerEmploymentStatus record.
 *
 * @param empStat        10 paid employment, 11 not employed and looking, 12 not employed and not looking, 98 unknown
 * @param dateEmpStatApp the date the status applies from
 * @param empId          the Employer Data Service id (9 digits; 999999999 when the employer is not on it), or null
 * @param monitoring     the EmploymentStatusMonitoring records, in file order
 */
public record IlrEmploymentStatus(int empStat, LocalDate dateEmpStatApp, Long empId,
                                  List<IlrEmploymentMonitoring> monitoring) {
}
