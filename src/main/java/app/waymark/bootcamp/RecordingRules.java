package app.waymark.bootcamp;

import java.time.LocalDate;

/**
 * How events are recorded, chosen by the programme aim's start date (issue 15, DOMAIN.md section 7): event aims for
 * programmes starting up to 31 July 2025, the EVI learning delivery FAM on ZPROG001 from 1 August 2025.
 */
public enum RecordingRules {
    /** Programmes starting up to 31 July 2025: event aims Z0059747/8/9; an EVI FAM is an error. */
    EVENT_AIMS,
    /** Programmes starting from 1 August 2025: an EVI FAM with its DateFrom on ZPROG001; event aims are an error. */
    EVI_FAM;

    public static final LocalDate FIRST_EVI_START = LocalDate.of(2025, 8, 1);

    public static RecordingRules forProgrammeStart(LocalDate start) {
        return start != null && !start.isBefore(FIRST_EVI_START) ? EVI_FAM : EVENT_AIMS;
    }
}
