package app.waymark.bootcamp;

import app.waymark.learner.LearnerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BootcampProgrammeTest {

    @Test
    void a_learners_bootcamps_are_their_fund_model_37_aims_each_with_its_programme_aim() {
        LocalDate first = LocalDate.of(2024, 9, 2);
        LocalDate second = LocalDate.of(2025, 9, 1);
        LearnerRecord.Aim adultSkills = Aims.component(1, "60012345", first, first.plusMonths(3)).aimType(4)
                .codes(38, null).build();
        List<LearnerRecord.Aim> aims = List.of(adultSkills,
                Aims.programme(2, first, first.plusMonths(3)).build(),
                Aims.component(3, "Z0059758", first, first.plusMonths(3)).build(),
                Aims.event(4, "Z0059747", first.plusMonths(4)).build(),
                Aims.programme(5, second, second.plusMonths(3)).build(),
                Aims.component(6, "Z0059760", second, second.plusMonths(3)).build());

        List<BootcampProgramme> programmes = BootcampProgramme.programmesOf(aims);

        assertThat(programmes).hasSize(2);
        assertThat(programmes.get(0).aims()).extracting(LearnerRecord.Aim::aimSeqNumber).containsExactly(2, 3, 4);
        assertThat(programmes.get(0).recordingRules()).isEqualTo(RecordingRules.EVENT_AIMS);
        assertThat(programmes.get(1).aims()).extracting(LearnerRecord.Aim::aimSeqNumber).containsExactly(5, 6);
        assertThat(programmes.get(1).recordingRules()).isEqualTo(RecordingRules.EVI_FAM);
        assertThat(BootcampProgramme.programmesOf(List.of(adultSkills))).isEmpty();
    }

    @Test
    void the_subject_aims_are_the_components_that_are_not_event_aims() {
        BootcampProgramme programme = Coding.working(RecordingRules.EVENT_AIMS).programme();
        assertThat(programme.subjectAims()).extracting(LearnerRecord.Aim::learnAimRef).containsExactly("Z0059758");
        assertThat(programme.events()).extracting(BootcampEvent::eventAim).containsExactly(EventAim.INTERVIEW_OFFER);
    }
}
