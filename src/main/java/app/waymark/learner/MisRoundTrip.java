package app.waymark.learner;

import java.util.List;

/**
 * What an import did to the fields Waymark changed that were still to key into the MIS (decision 0029): how many it
 * found keyed ({@code keyed}, now in the MIS), where Waymark's value was kept over a file prepared before the change
 * ({@code kept}, still to key) and where a file prepared after the change replaced it ({@code superseded}).
 */
public record MisRoundTrip(int keyed, List<MisSettlement> kept, List<MisSettlement> superseded) {

    public static final MisRoundTrip NONE = new MisRoundTrip(0, List.of(), List.of());

    public MisRoundTrip {
        kept = List.copyOf(kept);
        superseded = List.copyOf(superseded);
    }
}
