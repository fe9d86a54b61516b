package app.waymark.learner;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An aim as imported. Only imports and the programme-status changes of trackers (in SQL, {@code AimQueries}) write
 * aims; Hibernate never does.
 */
@Entity
@Immutable
@Table(name = "learning_delivery")
class LearningDelivery extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "learner_id")
    private UUID learnerId;
    @Column(name = "aim_seq_number")
    private int aimSeqNumber;
    @Column(name = "learn_aim_ref")
    private String learnAimRef;
    @Column(name = "aim_type")
    private int aimType;
    @Column(name = "learn_start_date")
    private LocalDate learnStartDate;
    @Column(name = "orig_learn_start_date")
    private LocalDate origLearnStartDate;
    @Column(name = "learn_plan_end_date")
    private LocalDate learnPlanEndDate;
    @Column(name = "fund_model")
    private int fundModel;
    @Column(name = "prog_type")
    private Integer progType;
    @Column(name = "std_code")
    private Integer stdCode;
    @Column(name = "p_hours")
    private Integer pHours;
    @Column(name = "comp_status")
    private int compStatus;
    @Column(name = "learn_act_end_date")
    private LocalDate learnActEndDate;
    @Column(name = "withdraw_reason")
    private Integer withdrawReason;
    private Integer outcome;
    @Column(name = "ach_date")
    private LocalDate achDate;
    @Column(columnDefinition = "jsonb")
    private String fams;

    protected LearningDelivery() {
    }

    LearnerDetails.Aim toAim() {
        return new LearnerDetails.Aim(aimSeqNumber, learnAimRef, aimType, fundModel, progType, stdCode,
                learnStartDate, learnPlanEndDate, learnActEndDate, compStatus, withdrawReason, outcome, achDate, fams);
    }

    LearnerState.Aim toState() {
        return new LearnerState.Aim(id, aimSeqNumber, learnAimRef, aimType, learnStartDate, origLearnStartDate,
                learnPlanEndDate, fundModel, progType, stdCode, pHours, compStatus, learnActEndDate, withdrawReason,
                outcome, fams);
    }
}
