package app.waymark.learner;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The file an import writes: the import's id (which settles changes it finds keyed into the MIS) and the date the
 * MIS prepared it (the ILR header's FilePreparationDate), compared with when Waymark changed a field.
 */
public record ImportedFile(UUID importId, LocalDate preparedOn) {

    public ImportedFile {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(preparedOn, "preparedOn");
    }
}
