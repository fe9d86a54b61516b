package app.waymark.base.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How staff screens show dates and times: UK style, in UK local time. */
public final class UkFormats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    public static final DateTimeFormatter DATE_OF_INSTANT = DATE.withZone(UK);
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(UK);
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(UK);

    private UkFormats() {
    }
}
