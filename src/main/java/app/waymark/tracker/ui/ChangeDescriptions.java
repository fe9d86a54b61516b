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

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    private ChangeDescriptions() {
    }
}
