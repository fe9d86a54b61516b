package app.waymark.learner;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change to a learner's record that someone asked for (a tracker's requested change), applied only by
 * {@link LearnerRecordChanges}. Each kind is stored as JSON named by its {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RecordChange.NameChange.class, name = "NAME"),
        @JsonSubTypes.Type(value = RecordChange.AddressChange.class, name = "ADDRESS"),
        @JsonSubTypes.Type(value = RecordChange.ContactDetailsChange.class, name = "CONTACT_DETAILS")
})
public sealed interface RecordChange {

    /** The learner's name as it should become; {@code legalChange} when it is a legal change (evidence expected). */
    record NameChange(String givenNames, String familyName, boolean legalChange) implements RecordChange {
    }

    record AddressChange(String addLine1, String addLine2, String addLine3, String addLine4, String postcode)
            implements RecordChange {
    }

    /** The email may never be blanked; the telephone may be (the learner no longer has one). */
    record ContactDetailsChange(String email, String telNo) implements RecordChange {
    }
}
