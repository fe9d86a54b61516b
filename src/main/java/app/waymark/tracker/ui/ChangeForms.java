package app.waymark.tracker.ui;

import app.waymark.tracker.TrackerType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which form asks for each tracker type's change. A type without a form here cannot be raised or edited from the
 * staff screens (its trackers still list and process): to add one, write a {@link ChangeForm} for its
 * {@code RecordChange} and register it below.
 */
final class ChangeForms {

    private static final Map<TrackerType, Supplier<ChangeForm<?>>> FORMS = new EnumMap<>(TrackerType.class);

    static {
        FORMS.put(TrackerType.CHANGE_OF_NAME, NameChangeForm::new);
        FORMS.put(TrackerType.CHANGE_OF_ADDRESS, AddressChangeForm::new);
        FORMS.put(TrackerType.CHANGE_OF_CONTACT_DETAILS, ContactDetailsChangeForm::new);
        FORMS.put(TrackerType.CHANGE_OF_EMPLOYER, EmployerChangeForm::new);
        FORMS.put(TrackerType.BREAK_IN_LEARNING, BreakInLearningForm::new);
        FORMS.put(TrackerType.RETURN_TO_LEARNING, ReturnToLearningForm::new);
        FORMS.put(TrackerType.CHANGE_OF_PROGRAMME, ProgrammeChangeForm::new);
        FORMS.put(TrackerType.WITHDRAWAL, WithdrawalForm::new);
    }

    /** A new form for the type's change, or empty when the screens have none for it. */
    static Optional<ChangeForm<?>> forType(TrackerType type) {
        return Optional.ofNullable(FORMS.get(type)).map(Supplier::get);
    }

    static boolean has(TrackerType type) {
        return FORMS.containsKey(type);
    }

    private ChangeForms() {
    }
}
