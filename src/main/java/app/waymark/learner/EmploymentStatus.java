package app.waymark.learner;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An employment status record as imported, or as a change of employer added it (with weekly hours). */
@Entity
@Immutable
@Table(name = "employment_status")
class EmploymentStatus extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "learner_id")
    private UUID learnerId;
    @Column(name = "date_emp_stat_app")
    private LocalDate dateEmpStatApp;
    @Column(name = "emp_stat")
    private int empStat;
    @Column(name = "emp_id")
    private Long empId;
    @Column(name = "weekly_hours")
    private BigDecimal weeklyHours;
    @Column(columnDefinition = "jsonb")
    private String monitoring;

    protected EmploymentStatus() {
    }

    LearnerDetails.Employment toEmployment() {
        return new LearnerDetails.Employment(dateEmpStatApp, empStat, empId, monitoring);
    }

    LearnerState.Employment toState() {
        return new LearnerState.Employment(id, dateEmpStatApp, empStat, empId, weeklyHours);
    }
}
