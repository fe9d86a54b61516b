package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@Component
class NameChangeEffect implements ChangeEffect<RecordChange.NameChange> {

    @Override
    public Class<RecordChange.NameChange> kind() {
        return RecordChange.NameChange.class;
    }

    @Override
    public RecordChange.NameChange normalised(RecordChange.NameChange change) {
        String given = IlrValues.blankToNull(change.givenNames());
        String family = IlrValues.blankToNull(change.familyName());
        if (given == null || given.length() > 100) {
            throw new InvalidInputException("givenNames", "Enter the given names (at most 100 characters)");
        }
        if (family == null || family.length() > 100) {
            throw new InvalidInputException("familyName", "Enter the family name (at most 100 characters)");
        }
        return new RecordChange.NameChange(given, family, change.legalChange());
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.NameChange change) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("GivenNames", state.learner().givenNames());
        values.put("FamilyName", state.learner().familyName());
        return values;
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.NameChange change) {
        Learner learner = state.learner();
        List<FieldChange> fields = new ArrayList<>();
        if (!Objects.equals(learner.givenNames(), change.givenNames())) {
            fields.add(new FieldChange("Learner", "GivenNames", learner.givenNames(), change.givenNames()));
        }
        if (!Objects.equals(learner.familyName(), change.familyName())) {
            fields.add(new FieldChange("Learner", "FamilyName", learner.familyName(), change.familyName()));
        }
        if (fields.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.nothing-changes"));
        }
        List<Sentence> effects = new ArrayList<>();
        effects.add(Sentence.of("change.effect.name",
                IlrValues.joined(learner.givenNames(), learner.familyName()).replace(", ", " "),
                change.givenNames() + " " + change.familyName()));
        if (change.legalChange()) {
            effects.add(Sentence.of("change.effect.name-legal"));
        }
        return new ChangePlan(effects, fields, List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.NameChange change) {
        state.learner().rename(change.givenNames(), change.familyName());
    }

    @Override
    public boolean readsAimsAndEmployment() {
        return false;
    }
}
