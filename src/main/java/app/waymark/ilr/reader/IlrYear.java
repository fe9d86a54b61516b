package app.waymark.ilr.reader;

import java.util.Arrays;
import java.util.Optional;

/** An ILR collection year, identified in a file by the namespace of its root {@code Message} element. */
public enum IlrYear {
    Y2023_24("ESFA/ILR/2023-24", "2023-24"),
    Y2024_25("ESFA/ILR/2024-25", "2024-25"),
    Y2025_26("ESFA/ILR/2025-26", "2025-26");

    private final String namespace;
    private final String label;

    IlrYear(String namespace, String label) {
        this.namespace = namespace;
        this.label = label;
    }

    /** The XML namespace of the year's schema, e.g. {@code ESFA/ILR/2025-26}. */
    public String namespace() {
        return namespace;
    }

    /** The year as people write it, e.g. {@code 2025-26}. */
    public String label() {
        return label;
    }

    /** The year whose namespace is exactly {@code namespace}, if any. */
    public static Optional<IlrYear> fromNamespace(String namespace) {
        return Arrays.stream(values()).filter(year -> year.namespace.equals(namespace)).findFirst();
    }

    /** Whether the year's ILR carries {@code ContactPreference}: it was removed in 2025-26. */
    public boolean hasContactPreferences() {
        return this != Y2025_26;
    }
}
