package app.waymark.learner;

import app.waymark.base.Sentence;

import java.util.List;

/**
 * What a {@link RecordChange} does to one learner, in plain English ({@code effects}) and field by field
 * ({@code fields}), or why it cannot be applied ({@code blockers}). A plan with blockers changes nothing.
 */
public record ChangePlan(List<Sentence> effects, List<FieldChange> fields, List<Sentence> blockers) {

    public ChangePlan {
        effects = List.copyOf(effects);
        fields = List.copyOf(fields);
        blockers = List.copyOf(blockers);
    }

    public static ChangePlan blocked(Sentence... why) {
        return new ChangePlan(List.of(), List.of(), List.of(why));
    }

    public boolean applicable() {
        return blockers.isEmpty();
    }
}
