package app.waymark.bootcamp;

import app.waymark.base.Sentence;
import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static app.waymark.bootcamp.CodingChecks.seq;
import static app.waymark.bootcamp.Situation.number;
import static app.waymark.bootcamp.Situation.text;
import static app.waymark.bootcamp.Situation.uk;

/**
 * How events are recorded for the programme's start year: event aims (equal dates, 2/1) up to 31 July 2025, the EVI
 * FAM with a DateFrom on ZPROG001 from 1 August 2025, and neither the other way.
 */
final class EventChecks {

    private EventChecks() {
    }

    static List<RuleBreach> check(Situation situation) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (situation.rules() == RecordingRules.EVENT_AIMS) {
            situation.programme().eventAims().forEach(aim -> eventAim(aim, breaches));
            for (LearnerRecord.Aim aim : situation.aims()) {
                eviFams(aim).forEach(fam -> breaches.add(new RuleBreach(BootcampRule.EVI_NOT_BEFORE_AUGUST_2025,
                        Sentence.of("bootcamp.why.EVI_NOT_BEFORE_AUGUST_2025", uk(situation.programme().start()),
                                seq(aim), aim.learnAimRef()),
                        fam.dateFrom() == null
                                ? Sentence.of("bootcamp.fix.EVI_NOT_BEFORE_AUGUST_2025.undated", text(fam.code()),
                                        seq(aim), aim.learnAimRef())
                                : Sentence.of("bootcamp.fix.EVI_NOT_BEFORE_AUGUST_2025", fam.code(),
                                        uk(fam.dateFrom()), seq(aim), aim.learnAimRef()))));
            }
        } else {
            for (LearnerRecord.Aim aim : situation.programme().eventAims()) {
                LocalDate date = aim.learnStartDate() != null ? aim.learnStartDate() : aim.learnActEndDate();
                breaches.add(new RuleBreach(BootcampRule.EVENT_AIMS_NOT_FROM_AUGUST_2025,
                        Sentence.of("bootcamp.why.EVENT_AIMS_NOT_FROM_AUGUST_2025", seq(aim), aim.learnAimRef(),
                                uk(situation.programme().start())),
                        Sentence.of("bootcamp.fix.EVENT_AIMS_NOT_FROM_AUGUST_2025", seq(aim), aim.learnAimRef(),
                                uk(date))));
            }
            for (LearnerRecord.Aim aim : situation.aims()) {
                for (LearnerRecord.Fam fam : eviFams(aim)) {
                    if (!BootcampProgramme.isProgrammeAim(aim)) {
                        breaches.add(new RuleBreach(BootcampRule.EVI_ON_PROGRAMME_AIM_WITH_DATE,
                                Sentence.of("bootcamp.why.EVI_ON_PROGRAMME_AIM_WITH_DATE.aim", seq(aim),
                                        aim.learnAimRef()),
                                Sentence.of("bootcamp.fix.EVI_ON_PROGRAMME_AIM_WITH_DATE.aim", seq(aim),
                                        aim.learnAimRef(), text(fam.code()), uk(fam.dateFrom()))));
                    } else if (fam.dateFrom() == null) {
                        breaches.add(new RuleBreach(BootcampRule.EVI_ON_PROGRAMME_AIM_WITH_DATE,
                                Sentence.of("bootcamp.why.EVI_ON_PROGRAMME_AIM_WITH_DATE.undated",
                                        text(fam.code())),
                                Sentence.of("bootcamp.fix.EVI_ON_PROGRAMME_AIM_WITH_DATE.undated")));
                    }
                }
            }
        }
        return breaches;
    }

    private static void eventAim(LearnerRecord.Aim aim, List<RuleBreach> breaches) {
        LocalDate day = aim.learnStartDate();
        if (day == null || !day.equals(aim.learnPlanEndDate()) || !day.equals(aim.learnActEndDate())) {
            breaches.add(new RuleBreach(BootcampRule.EVENT_AIM_SAME_DATES,
                    Sentence.of("bootcamp.why.EVENT_AIM_SAME_DATES", seq(aim), aim.learnAimRef(),
                            uk(aim.learnStartDate()), uk(aim.learnPlanEndDate()), uk(aim.learnActEndDate())),
                    day == null
                            ? Sentence.of("bootcamp.fix.EVENT_AIM_SAME_DATES.undated", seq(aim), aim.learnAimRef())
                            : Sentence.of("bootcamp.fix.EVENT_AIM_SAME_DATES", seq(aim), aim.learnAimRef(),
                                    uk(day))));
        }
        if (aim.compStatus() != 2 || !Objects.equals(aim.outcome(), 1)) {
            breaches.add(new RuleBreach(BootcampRule.EVENT_AIM_COMPLETED_ACHIEVED,
                    Sentence.of("bootcamp.why.EVENT_AIM_COMPLETED_ACHIEVED", seq(aim), aim.learnAimRef(),
                            String.valueOf(aim.compStatus()), number(aim.outcome())),
                    Sentence.of("bootcamp.fix.EVENT_AIM_COMPLETED_ACHIEVED", seq(aim), aim.learnAimRef(),
                            uk(day))));
        }
    }

    private static List<LearnerRecord.Fam> eviFams(LearnerRecord.Aim aim) {
        return aim.fams() == null ? List.of()
                : aim.fams().stream().filter(fam -> BootcampProgramme.EVI.equals(fam.type())).toList();
    }
}
