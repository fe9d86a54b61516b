package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A requested change as label and value lines, for people to read on the tracker page. */
final class ChangeDescriptions {

    record Line(String label, String value) {
    }

    static List<Line> of(RecordChange change, TrackerTexts texts) {
        String none = texts.get("tracker.value.none");
        return switch (change) {
            case RecordChange.NameChange name -> List.of(
                    new Line(texts.get("tracker.field.givenNames"), orNone(name.givenNames(), none)),
                    new Line(texts.get("tracker.field.familyName"), orNone(name.familyName(), none)),
                    new Line(texts.get("tracker.field.legalChange"),
                            texts.get(name.legalChange() ? "common.yes" : "common.no")));
            case RecordChange.AddressChange address -> List.of(
                    new Line(texts.get("tracker.field.address"), orNone(Stream.of(address.addLine1(),
                            address.addLine2(), address.addLine3(), address.addLine4()).filter(Objects::nonNull)
                            .filter(line -> !line.isBlank()).collect(Collectors.joining(", ")), none)),
                    new Line(texts.get("tracker.field.postcode"), orNone(address.postcode(), none)));
            case RecordChange.ContactDetailsChange contact -> List.of(
                    new Line(texts.get("tracker.field.email"), orNone(contact.email(), none)),
                    new Line(texts.get("tracker.field.telNo"), contact.telNo() == null
                            ? texts.get("tracker.value.telephone-removed") : contact.telNo()));
            case RecordChange.EmployerChange employer -> List.of(
                    new Line(texts.get("tracker.field.employerFrom"), date(employer.from(), none)),
                    new Line(texts.get("tracker.field.empId"),
                            employer.empId() == RecordChange.EmployerChange.NOT_ON_EDS
                                    ? texts.get("tracker.value.not-on-eds", employer.empId())
                                    : String.format("%09d", employer.empId())),
                    new Line(texts.get("tracker.field.weeklyHours"), employer.weeklyHours() == null ? none
                            : employer.weeklyHours().stripTrailingZeros().toPlainString()));
            case RecordChange.BreakInLearning pause -> List.of(
                    new Line(texts.get("tracker.field.lastDayOfLearning"), date(pause.lastDayOfLearning(), none)));
            case RecordChange.ReturnToLearning back -> List.of(
                    new Line(texts.get("tracker.field.restartDate"), date(back.restartDate(), none)),
                    new Line(texts.get("tracker.field.plannedEndDate"), back.plannedEndDate() == null
                            ? texts.get("tracker.value.proposed-end-date")
                            : TrackerTexts.date(back.plannedEndDate())));
            case RecordChange.ProgrammeChange programme -> List.of(
                    new Line(texts.get("tracker.field.lastDayOfLearning"),
                            date(programme.lastDayOfLearning(), none)),
                    new Line(texts.get("tracker.field.newProgramme"), orNone(programme.newProgramme(), none)));
            case RecordChange.Withdrawal withdrawal -> List.of(
                    new Line(texts.get("tracker.field.lastDayOfLearning"),
                            date(withdrawal.lastDayOfLearning(), none)),
                    new Line(texts.get("tracker.field.withdrawReason"), withdrawReason(withdrawal, texts)));
            default -> generic(change, none);
        };
    }

    /** A kind of change these screens do not word yet: its fields by name, so nothing is hidden. */
    private static List<Line> generic(RecordChange change, String none) {
        List<Line> lines = new ArrayList<>();
        for (RecordComponent component : change.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(change);
                lines.add(new Line(component.getName(), value == null ? none : value.toString()));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + change, e);
            }
        }
        return lines;
    }

    /** "44 – Other personal reasons"; a code staff may no longer choose shows as its number. */
    static String withdrawReason(RecordChange.Withdrawal withdrawal, TrackerTexts texts) {
        int code = withdrawal.withdrawReason();
        return RecordChange.Withdrawal.REASONS.contains(code)
                ? texts.get("tracker.withdraw-reason", String.valueOf(code),
                        texts.get("tracker.withdraw-reason." + code))
                : String.valueOf(code);
    }

    private static String date(java.time.LocalDate date, String none) {
        return date == null ? none : TrackerTexts.date(date);
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    private ChangeDescriptions() {
    }
}
