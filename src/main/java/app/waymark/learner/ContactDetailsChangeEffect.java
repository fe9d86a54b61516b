package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;
import app.waymark.base.Sentence;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Email and telephone; the email may never be blanked, and the mobile for SMS follows the telephone. */
@Component
class ContactDetailsChangeEffect implements ChangeEffect<RecordChange.ContactDetailsChange> {

    @Override
    public Class<RecordChange.ContactDetailsChange> kind() {
        return RecordChange.ContactDetailsChange.class;
    }

    @Override
    public RecordChange.ContactDetailsChange normalised(RecordChange.ContactDetailsChange change) {
        String email = ContactValidation.email(change.email());
        if (email == null) {
            throw new InvalidInputException("email", "An email address is required: it cannot be left empty");
        }
        return new RecordChange.ContactDetailsChange(email, ContactValidation.telNo(change.telNo()));
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.ContactDetailsChange change) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Email", state.learner().email());
        values.put("TelNo", state.learner().telNo());
        return values;
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.ContactDetailsChange change) {
        Learner learner = state.learner();
        List<FieldChange> fields = new ArrayList<>();
        List<Sentence> effects = new ArrayList<>();
        if (!Objects.equals(learner.email(), change.email())) {
            fields.add(new FieldChange("Learner", "Email", learner.email(), change.email()));
            effects.add(Sentence.of("change.effect.email", IlrValues.orNone(learner.email()), change.email()));
        }
        if (!Objects.equals(learner.telNo(), change.telNo())) {
            fields.add(new FieldChange("Learner", "TelNo", learner.telNo(), change.telNo()));
            effects.add(Sentence.of("change.effect.telephone", IlrValues.orNone(learner.telNo()),
                    IlrValues.orNone(change.telNo())));
            String mobile = MobileNumbers.ukMobileE164(change.telNo()).orElse(null);
            if (mobile == null && change.telNo() != null) {
                effects.add(Sentence.of("change.effect.not-a-mobile", change.telNo()));
            } else if (mobile != null) {
                effects.add(Sentence.of("change.effect.mobile", mobile));
            }
        }
        if (fields.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.nothing-changes"));
        }
        return new ChangePlan(effects, fields, List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.ContactDetailsChange change) {
        state.learner().changeEmailAndTelephone(change.email(), change.telNo());
    }

    @Override
    public boolean readsAimsAndEmployment() {
        return false;
    }
}
