package app.waymark.restart;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A DWP Restart participant, referred by DWP and kept by the provider (not an ILR learner). */
@Entity
@Table(name = "restart_participant")
class Participant extends TenantScopedEntity {

    @Id
    private UUID id;
    private long number;
    @Column(name = "given_names")
    private String givenNames;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "national_insurance_number")
    private String nationalInsuranceNumber;
    @Enumerated(EnumType.STRING)
    private Benefit benefit;
    @Column(name = "referral_date")
    private LocalDate referralDate;
    private String email;
    private String mobile;
    @Column(name = "address_line_1")
    private String addressLine1;
    private String postcode;
    @Column(name = "work_coach_id")
    private UUID workCoachId;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "activity_mandatory")
    private boolean activityMandatory;
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_status")
    private SanctionStatus sanctionStatus;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Participant() {
    }

    Participant(UUID id, long number, ParticipantDetails details, Instant createdAt) {
        this.id = id;
        this.number = number;
        this.sanctionStatus = SanctionStatus.NOT_UNDER_SANCTION;
        this.createdAt = createdAt;
        change(details);
    }

    void change(ParticipantDetails details) {
        this.givenNames = details.givenNames();
        this.familyName = details.familyName();
        this.dateOfBirth = details.dateOfBirth();
        this.nationalInsuranceNumber = details.nationalInsuranceNumber();
        this.benefit = details.benefit();
        this.referralDate = details.referralDate();
        this.email = details.email();
        this.mobile = details.mobileE164();
        this.addressLine1 = details.addressLine1();
        this.postcode = details.postcode();
        this.workCoachId = details.workCoachId();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
    }

    ParticipantDetails details() {
        return new ParticipantDetails(givenNames, familyName, dateOfBirth, nationalInsuranceNumber, benefit,
                referralDate, email, mobile, addressLine1, postcode, workCoachId, startDate, endDate);
    }

    void activityMandatory(boolean mandatory) {
        this.activityMandatory = mandatory;
    }

    void sanctionStatus(SanctionStatus status) {
        this.sanctionStatus = status;
    }

    UUID id() {
        return id;
    }

    long number() {
        return number;
    }

    String fullName() {
        return givenNames + " " + familyName;
    }

    Benefit benefit() {
        return benefit;
    }

    UUID workCoachId() {
        return workCoachId;
    }

    String email() {
        return email;
    }

    String mobile() {
        return mobile;
    }

    boolean activityMandatory() {
        return activityMandatory;
    }

    SanctionStatus sanctionStatus() {
        return sanctionStatus;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
