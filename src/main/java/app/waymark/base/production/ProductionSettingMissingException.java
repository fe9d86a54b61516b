package app.waymark.base.production;

import java.util.List;

/** The portal refused a {@code prod} start: each problem names a setting and what to do about it. */
public class ProductionSettingMissingException extends IllegalStateException {

    private final List<String> problems;

    ProductionSettingMissingException(List<String> problems) {
        super("Waymark will not start under the prod profile: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
