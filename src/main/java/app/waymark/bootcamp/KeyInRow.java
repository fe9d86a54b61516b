package app.waymark.bootcamp;

import app.waymark.base.Sentence;

import java.util.List;

/**
 * One change to key into the MIS for a recorded event: a new learning delivery (an event aim), a learning delivery
 * FAM on ZPROG001 (EVI), or new values on ZPROG001. {@code fields} are the ILR elements and their values, in the
 * ILR's order (an empty value means "leave empty"); {@code meaning} says the same in plain English.
 */
public record KeyInRow(Action action, int aimSeqNumber, String learnAimRef, List<Field> fields, Sentence meaning) {

    public enum Action { ADD_AIM, ADD_FAM, CHANGE_AIM }

    /** An ILR element name and the value to key in ({@code ""}: leave it empty). */
    public record Field(String name, String value) {
    }

    public KeyInRow {
        fields = List.copyOf(fields);
    }

    public String value(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).map(Field::value).findFirst()
                .orElse(null);
    }
}
