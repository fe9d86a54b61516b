/**
 * Streaming, validating reader for ILR (Individualised Learner Record) XML files of the 2023-24 to 2026-27
 * collections ({@link app.waymark.ilr.reader.IlrYear}). Plain Java: no Spring, no database. {@link app.waymark.ilr.reader.IlrReader} is the entry
 * point; everything it finds wrong with a file comes back as {@link app.waymark.ilr.reader.IlrProblem}s. A named
 * interface: the demo writes its made-up files for an {@link app.waymark.ilr.reader.IlrYear}.
 */
@org.springframework.modulith.NamedInterface("reader")
package app.waymark.ilr.reader;
