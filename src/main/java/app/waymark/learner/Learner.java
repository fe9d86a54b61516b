package app.waymark.learner;

import app.waymark.base.MobileNumbers;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A provider's learner: written by ILR imports, contact details correctable by staff. */
@Entity
@Table(name = "learner")
class Learner extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "learn_ref_number")
    private String learnRefNumber;
    private String uln;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "given_names")
    private String givenNames;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "add_line1")
    private String addLine1;
    @Column(name = "add_line2")
    private String addLine2;
    @Column(name = "add_line3")
    private String addLine3;
    @Column(name = "add_line4")
    private String addLine4;
    private String postcode;
    @Column(name = "tel_no")
    private String telNo;
    @Column(name = "mobile_e164")
    private String mobileE164;
    private String email;
    @Column(name = "qa_verified")
    private boolean qaVerified;
    @Column(name = "high_needs")
    private boolean highNeeds;
    @Column(name = "contact_preferences_year")
    private String contactPreferencesYear;
    @Column(name = "leaving_date")
    private LocalDate leavingDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "programme_status")
    private ProgrammeStatus programmeStatus;
    @Column(name = "primary_tutor_id")
    private UUID primaryTutorId;
    @Column(name = "work_coach_id")
    private UUID workCoachId;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Learner() {
    }

    UUID id() {
        return id;
    }

    LearnerSummary summary() {
        return new LearnerSummary(id, learnRefNumber, uln, familyName, givenNames, dateOfBirth, postcode,
                programmeStatus, leavingDate);
    }

    LearnerDetails.Contact contact() {
        return new LearnerDetails.Contact(addLine1, addLine2, addLine3, addLine4, postcode, telNo, mobileE164, email);
    }

    LearnerDetails details(LearnerDetails.Programme programme, LearnerDetails.Preferences preferences,
                           LeaverCategory leaverCategory) {
        return new LearnerDetails(summary(), contact(), staff(), qaVerified, highNeeds, programme, preferences,
                leaverCategory);
    }

    LearnerDetails.Staff staff() {
        return new LearnerDetails.Staff(primaryTutorId, workCoachId);
    }

    void assignStaff(LearnerDetails.Staff staff, Instant when) {
        this.primaryTutorId = staff.primaryTutorId();
        this.workCoachId = staff.workCoachId();
        this.updatedAt = when;
    }

    String givenNames() {
        return givenNames;
    }

    String familyName() {
        return familyName;
    }

    String addLine1() {
        return addLine1;
    }

    String addLine2() {
        return addLine2;
    }

    String addLine3() {
        return addLine3;
    }

    String addLine4() {
        return addLine4;
    }

    String postcode() {
        return postcode;
    }

    String telNo() {
        return telNo;
    }

    String email() {
        return email;
    }

    String mobileE164() {
        return mobileE164;
    }

    boolean qaVerified() {
        return qaVerified;
    }

    ProgrammeStatus programmeStatus() {
        return programmeStatus;
    }

    void rename(String givenNames, String familyName) {
        this.givenNames = givenNames;
        this.familyName = familyName;
    }

    void moveTo(String addLine1, String addLine2, String addLine3, String addLine4, String postcode) {
        this.addLine1 = addLine1;
        this.addLine2 = addLine2;
        this.addLine3 = addLine3;
        this.addLine4 = addLine4;
        this.postcode = postcode;
    }

    void changeEmailAndTelephone(String email, String telNo) {
        this.email = email;
        this.telNo = telNo;
        this.mobileE164 = MobileNumbers.ukMobileE164(telNo).orElse(null);
    }

    /** The programme status and leaving date {@link ProgrammeStatusRule} derived from the learner's aims. */
    void derivedFromAims(ProgrammeStatusRule.Derived derived) {
        this.programmeStatus = derived.status();
        this.leavingDate = derived.leavingDate();
    }

    void touch(Instant when) {
        this.updatedAt = when;
    }

    String contactPreferencesYear() {
        return contactPreferencesYear;
    }

    Map<String, Object> contactAsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("addLine1", addLine1);
        map.put("addLine2", addLine2);
        map.put("addLine3", addLine3);
        map.put("addLine4", addLine4);
        map.put("postcode", postcode);
        map.put("telNo", telNo);
        map.put("email", email);
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }

    void correctContact(LearnerDetails.Contact contact, Instant when) {
        this.addLine1 = contact.addLine1();
        this.addLine2 = contact.addLine2();
        this.addLine3 = contact.addLine3();
        this.addLine4 = contact.addLine4();
        this.postcode = contact.postcode();
        this.telNo = contact.telNo();
        this.mobileE164 = MobileNumbers.ukMobileE164(contact.telNo()).orElse(null);
        this.email = contact.email();
        this.updatedAt = when;
    }
}
