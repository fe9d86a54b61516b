package app.waymark.ilr.reader;

import java.time.LocalDate;

/**
 * The parts of an ILR file's header the portal uses.
 *
 * @param year                the collection year, from the root element's namespace
 * @param ukprn               {@code Header/Source/UKPRN}: 8 digits; the caller checks it against the tenant
 * @param filePreparationDate {@code Header/CollectionDetails/FilePreparationDate}
 */
public record IlrHeader(IlrYear year, String ukprn, LocalDate filePreparationDate) {
}
