package app.waymark.destination;

/** What one dispatch run did for one provider. */
public record DispatchReport(int invited, int notContactable, int reminded, int noResponse) {

    static final DispatchReport NOTHING = new DispatchReport(0, 0, 0, 0);

    DispatchReport plus(DispatchReport other) {
        return new DispatchReport(invited + other.invited, notContactable + other.notContactable,
                reminded + other.reminded, noResponse + other.noResponse);
    }
}
