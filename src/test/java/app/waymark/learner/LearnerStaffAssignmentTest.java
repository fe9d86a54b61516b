package app.waymark.learner;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerStaffAssignmentTest extends IntegrationTest {

    @Autowired
    LearnerService learners;
    @Autowired
    StaffMembers staff;
    @Autowired
    AuditService audit;

    @Test
    void a_tutor_and_a_work_coach_are_assigned_audited_by_name_and_can_be_unassigned() {
        signIn("mis@riverside.example");
        UUID learner = learner("WM00000011");
        StaffMember tutor = staff.holding(Permission.PRIMARY_TUTOR).getFirst();
        StaffMember coach = staff.holding(Permission.MONITORING_WORK).getFirst();

        learners.assignStaff(learner, new LearnerDetails.Staff(tutor.id(), coach.id()));
        assertThat(learners.details(learner).orElseThrow().staff())
                .isEqualTo(new LearnerDetails.Staff(tutor.id(), coach.id()));
        assertThat(audit.historyOf("learner", learner.toString(), 10)).filteredOn(
                        entry -> entry.action().equals(AuditActions.LEARNER_STAFF_ASSIGNED)).first()
                .extracting(AuditRecord::detailsAfter).asString()
                .contains(tutor.displayName()).contains(coach.displayName());

        learners.assignStaff(learner, new LearnerDetails.Staff(null, coach.id()));
        assertThat(learners.details(learner).orElseThrow().staff().primaryTutorId()).isNull();
    }

    @Test
    void someone_without_the_tutor_role_is_refused_as_primary_tutor_and_nothing_changes() {
        signIn("mis@riverside.example");
        UUID learner = learner("WM00000012");
        StaffMember notATutor = staff.holding(Permission.TRACKER_EDIT).getFirst();
        LearnerDetails.Staff before = learners.details(learner).orElseThrow().staff();

        assertThatThrownBy(() -> learners.assignStaff(learner, new LearnerDetails.Staff(notATutor.id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("primaryTutor");
                    assertThat(e.getMessage()).isEqualTo("The primary tutor must be a member of staff with a tutor role");
                });
        assertThat(learners.details(learner).orElseThrow().staff()).isEqualTo(before);
    }

    @Test
    void a_tutor_may_not_assign_staff_and_another_providers_tutor_is_refused() {
        signIn("mis@northfield.example");
        StaffMember northfieldTutor = staff.holding(Permission.PRIMARY_TUTOR).getFirst();
        signIn("mis@riverside.example");
        UUID learner = learner("WM00000013");
        assertThatThrownBy(() -> learners.assignStaff(learner, new LearnerDetails.Staff(northfieldTutor.id(), null)))
                .isInstanceOf(InvalidInputException.class);

        signIn("tutor@riverside.example");
        assertThatThrownBy(() -> learners.assignStaff(learner, new LearnerDetails.Staff(null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }
}
