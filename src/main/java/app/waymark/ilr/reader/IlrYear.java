package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ILR collection year, identified in a file by the namespace of its root {@code Message} element. What the year
 * accepts is its {@link IlrYearRules}; a new year is a new constant here and a new definition there (decision 0026).
 */
public enum IlrYear {
    Y2023_24("ESFA/ILR/2023-24", "2023-24", IlrYearRules.Y2023_24),
    Y2024_25("ESFA/ILR/2024-25", "2024-25", IlrYearRules.Y2024_25),
    Y2025_26("ESFA/ILR/2025-26", "2025-26", IlrYearRules.Y2025_26),
    Y2026_27("ESFA/ILR/2026-27", "2026-27", IlrYearRules.Y2026_27);

    private final String namespace;
    private final String label;
    private final IlrYearRules rules;

    IlrYear(String namespace, String label, IlrYearRules rules) {
        this.namespace = namespace;
        this.label = label;
        this.rules = rules;
    }

    /** The XML namespace of the year's schema, e.g. {@code ESFA/ILR/2025-26}. */
    public String namespace() {
        return namespace;
    }

    /** The year as people write it, e.g. {@code 2025-26}. */
    public String label() {
        return label;
    }

    /** The year as the funder's file names write it, e.g. {@code 2526}. */
    public String shortCode() {
        return label.substring(2, 4) + label.substring(5, 7);
    }

    public IlrYearRules rules() {
        return rules;
    }

    /** 1 August of the year. */
    public LocalDate firstDay() {
        return rules.firstDay();
    }

    /** The year whose namespace is exactly {@code namespace}, if any. */
    public static Optional<IlrYear> fromNamespace(String namespace) {
        return Arrays.stream(values()).filter(year -> year.namespace.equals(namespace)).findFirst();
    }

    /** The year {@code day} falls in, if the portal reads it. */
    public static Optional<IlrYear> containing(LocalDate day) {
        return Arrays.stream(values()).filter(year -> year.rules.contains(day)).findFirst();
    }

    /** The newest year the portal reads. */
    public static IlrYear newest() {
        return values()[values().length - 1];
    }

    /** The years the portal reads as people say them, e.g. "2023-24, 2024-25, 2025-26 or 2026-27". */
    public static String acceptedLabels() {
        String all = Arrays.stream(values()).map(IlrYear::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** Whether the year's ILR carries {@code ContactPreference}: it was removed in 2025-26. */
    public boolean hasContactPreferences() {
        return rules.contactPreferences();
    }
}
