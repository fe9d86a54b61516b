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
class AddressChangeEffect implements ChangeEffect<RecordChange.AddressChange> {

    @Override
    public Class<RecordChange.AddressChange> kind() {
        return RecordChange.AddressChange.class;
    }

    @Override
    public RecordChange.AddressChange normalised(RecordChange.AddressChange change) {
        String line1 = IlrValues.blankToNull(change.addLine1());
        if (line1 == null) {
            throw new InvalidInputException("addLine1", "Enter the first line of the address");
        }
        String postcode = ContactValidation.postcode(change.postcode());
        if (postcode == null) {
            throw new InvalidInputException("postcode", "Enter a UK postcode, e.g. BR1 7SS");
        }
        RecordChange.AddressChange normalised = new RecordChange.AddressChange(line1,
                IlrValues.blankToNull(change.addLine2()), IlrValues.blankToNull(change.addLine3()),
                IlrValues.blankToNull(change.addLine4()), postcode);
        for (Map.Entry<String, String> line : lines(normalised).entrySet()) {
            if (line.getValue() != null && line.getValue().length() > 50) {
                throw new InvalidInputException(Character.toLowerCase(line.getKey().charAt(0)) + line.getKey()
                        .substring(1), "An address line has at most 50 characters (the ILR's limit)");
            }
        }
        return normalised;
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.AddressChange change) {
        Learner learner = state.learner();
        return lines(new RecordChange.AddressChange(learner.addLine1(), learner.addLine2(), learner.addLine3(),
                learner.addLine4(), learner.postcode()));
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.AddressChange change) {
        Map<String, String> before = touched(state, change);
        Map<String, String> after = lines(change);
        List<FieldChange> fields = new ArrayList<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                fields.add(new FieldChange("Learner", field, value, after.get(field)));
            }
        });
        if (fields.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.nothing-changes"));
        }
        return new ChangePlan(List.of(Sentence.of("change.effect.address",
                IlrValues.joined(before.values().toArray(String[]::new)),
                IlrValues.joined(after.values().toArray(String[]::new)))), fields, List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.AddressChange change) {
        state.learner().moveTo(change.addLine1(), change.addLine2(), change.addLine3(), change.addLine4(),
                change.postcode());
    }

    private static Map<String, String> lines(RecordChange.AddressChange address) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("AddLine1", address.addLine1());
        lines.put("AddLine2", address.addLine2());
        lines.put("AddLine3", address.addLine3());
        lines.put("AddLine4", address.addLine4());
        lines.put("Postcode", address.postcode());
        return lines;
    }

    @Override
    public boolean readsAimsAndEmployment() {
        return false;
    }
}
