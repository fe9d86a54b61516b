package app.waymark.tracker.ui;

import app.waymark.base.Sentence;
import app.waymark.base.ui.UkFormats;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.Component;

import java.time.Instant;
import java.time.LocalDate;

/** How the tracker screens word types, statuses, sentences and dates, through the component's translations. */
final class TrackerTexts {

    private final Component owner;

    TrackerTexts(Component owner) {
        this.owner = owner;
    }

    String get(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String type(TrackerType type) {
        return owner.getTranslation("tracker.type." + type.name());
    }

    /** The type of this tracker: a provider's own type by its name. */
    String type(TrackerSummary tracker) {
        return tracker.customTypeName() != null ? tracker.customTypeName() : type(tracker.type());
    }

    String status(TrackerStatus status) {
        return owner.getTranslation("tracker.status." + status.name());
    }

    String sentence(Sentence sentence) {
        return owner.getTranslation(sentence.key(), sentence.args().toArray());
    }

    String learner(TrackerSummary tracker) {
        return tracker.learnerName().isEmpty() ? tracker.learnRefNumber()
                : owner.getTranslation("tracker.learner", tracker.learnerName(), tracker.learnRefNumber());
    }

    String assignee(TrackerSummary tracker) {
        return tracker.assigneeId() == null ? owner.getTranslation("tracker.unassigned")
                : tracker.assigneeName() == null ? tracker.assigneeId().toString() : tracker.assigneeName();
    }

    /** The due date, with "overdue" in words (not colour alone) when the tracker is still open after it. */
    String due(TrackerSummary tracker) {
        return tracker.overdue() ? owner.getTranslation("tracker.due.overdue", date(tracker.dueOn()))
                : date(tracker.dueOn());
    }

    static String date(LocalDate date) {
        return date == null ? "" : UkFormats.DATE.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? "" : UkFormats.DATE_OF_INSTANT.format(instant);
    }

    static String minute(Instant instant) {
        return instant == null ? "" : UkFormats.MINUTE.format(instant);
    }
}
