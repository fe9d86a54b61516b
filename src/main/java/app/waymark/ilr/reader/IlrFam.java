package app.waymark.ilr.reader;

import java.time.LocalDate;

/**
 * A learner or learning delivery funding and monitoring (FAM) record.
 *
 * @param type     LearnFAMType or LearnDelFAMType, three capital letters (e.g. {@code SOF})
 * @param code     LearnFAMCode or LearnDelFAMCode, kept as text (codes such as {@code 021} have leading zeros)
 * @param dateFrom LearnDelFAMDateFrom; always null for a LearnerFAM
 * @param dateTo   LearnDelFAMDateTo; always null for a LearnerFAM
 */
public record IlrFam(String type, String code, LocalDate dateFrom, LocalDate dateTo) {
}
