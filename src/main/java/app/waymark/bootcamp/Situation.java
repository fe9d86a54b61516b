package app.waymark.bootcamp;

import app.waymark.base.Sentence;
import app.waymark.learner.LearnerRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A programme as the rules look at it on a given day, under a contract's terms, with the dates they derive and the
 * guided learning hours recorded for the learner (any order; those outside the programme's training are not counted).
 */
record Situation(BootcampProgramme programme, MilestoneTerms terms, LocalDate asOf, List<GuidedHours> hours) {

    Situation {
        hours = hours.stream().sorted(Comparator.comparing(GuidedHours::deliveredOn)).toList();
    }

    /** DOMAIN.md section 7: an event must come within 6 months of the subject aim ending. */
    static final Period EVENT_PERIOD = Period.ofMonths(6);
    /** DOMAIN.md section 7: an achievement date is at most 6 months after the actual end date. */
    static final Period ACH_DATE_PERIOD = Period.ofMonths(6);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String uk(LocalDate date) {
        return date == null ? "—" : UK.format(date);
    }

    static String number(Integer value) {
        return value == null ? "—" : value.toString();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    RecordingRules rules() {
        return programme.recordingRules();
    }

    Optional<LearnerRecord.Aim> programmeAim() {
        return programme.programmeAim();
    }

    /** The last day an event still counts for the completion payment, once the training has ended. */
    Optional<LocalDate> eventWindowEnd() {
        return programme.trainingEnd().map(end -> end.plus(EVENT_PERIOD));
    }

    /** The last day a positive outcome still counts for the outcome payment, once the training has ended. */
    Optional<LocalDate> outcomeDeadline() {
        return programme.trainingEnd().map(end -> end.plus(terms.outcomeDeadline()));
    }

    /** The first event recorded the year's way that came within 6 months of the end of the training. */
    Optional<BootcampEvent> countingEvent() {
        Optional<LocalDate> windowEnd = eventWindowEnd();
        return programme.events().stream()
                .filter(event -> windowEnd.isEmpty() || !event.date().isAfter(windowEnd.get())).findFirst();
    }

    /**
     * What ZPROG001's actual end date should be once the training and an event are done: the event's date, or the
     * latest end of a component when that is later (R143). The sentence is the fix for {@code rule}, in the words
     * of what the date is.
     */
    Optional<Sentence> programmeEndFix(BootcampRule rule, BootcampEvent event) {
        Optional<LearnerRecord.Aim> latest = programme.latestEndingComponent();
        LocalDate componentsEnd = latest.map(LearnerRecord.Aim::learnActEndDate).orElse(null);
        if (event == null && componentsEnd == null) {
            return Optional.empty();
        }
        if (event != null && (componentsEnd == null || !event.date().isBefore(componentsEnd))) {
            String basis = event.eventAim() != null ? event.eventAim().name() : "EVI";
            return Optional.of(Sentence.of("bootcamp.fix." + rule.name() + "." + basis, uk(event.date())));
        }
        return Optional.of(Sentence.of("bootcamp.fix." + rule.name() + ".COMPONENT", uk(componentsEnd),
                latest.orElseThrow().learnAimRef(), String.valueOf(latest.orElseThrow().aimSeqNumber())));
    }

    /**
     * The guided learning hours that count for the start milestone: delivered from the programme's start to the end
     * of the training (while it continues, to the day judged on), earliest first. The same span as the qualifying
     * days; hours before the start or after the training are not hours of this programme's training.
     */
    List<GuidedHours> countedHours() {
        LocalDate start = programme.start();
        if (start == null) {
            return List.of();
        }
        LocalDate last = programme.trainingEnd().filter(end -> end.isBefore(asOf)).orElse(asOf);
        return hours.stream()
                .filter(each -> !each.deliveredOn().isBefore(start) && !each.deliveredOn().isAfter(last)).toList();
    }

    BigDecimal countedHoursTotal() {
        return countedHours().stream().map(GuidedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The day the counted hours, added up in date order, first reach {@code needed}; empty if they do not. */
    Optional<LocalDate> hoursReachedOn(int needed) {
        BigDecimal threshold = BigDecimal.valueOf(needed);
        BigDecimal sum = BigDecimal.ZERO;
        for (GuidedHours each : countedHours()) {
            sum = sum.add(each.hours());
            if (sum.compareTo(threshold) >= 0) {
                return Optional.of(each.deliveredOn());
            }
        }
        return Optional.empty();
    }

    List<LearnerRecord.Aim> aims() {
        return programme.aims();
    }

    Optional<LocalDate> latestPlannedEnd() {
        return programme.subjectAims().stream().map(LearnerRecord.Aim::learnPlanEndDate)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    }
}
