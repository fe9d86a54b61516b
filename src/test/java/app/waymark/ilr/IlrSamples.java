package app.waymark.ilr;

import java.nio.file.Path;

/** Sample ILR files kept in the repository (tests run from the repository's root). */
public final class IlrSamples {

    /** The funder's anonymised 2025-26 sample (Open Government Licence; see the README beside it), UKPRN 99999999. */
    public static final Path FUNDER_2526 = Path.of("src/test/resources/ilr-samples/ILR-99999999-2526-20250108-094401.xml");

    private IlrSamples() {
    }
}
