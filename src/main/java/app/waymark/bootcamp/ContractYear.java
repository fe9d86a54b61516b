package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A Skills Bootcamp contract year as the ILR names its years, e.g. {@code 2024-25}: 1 August to 31 July. A learner's
 * programme is paid under the contract of the year its programme aim started in (decision 0048).
 */
public record ContractYear(int firstYear) implements Comparable<ContractYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public static ContractYear containing(LocalDate day) {
        return new ContractYear(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1);
    }

    /** Reads {@code 2024-25}; anything else is refused with what was expected. */
    public static ContractYear parse(String label) {
        var matcher = label == null ? null : LABEL.matcher(label.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("contractYear",
                    "Write the contract year as the ILR does, for example 2024-25, not \"" + label + "\"");
        }
        int first = Integer.parseInt(matcher.group(1));
        if ((first + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new InvalidInputException("contractYear", "A contract year runs over two years in a row, for"
                    + " example " + first + "-" + String.format("%02d", (first + 1) % 100) + ", not " + label);
        }
        return new ContractYear(first);
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 8, 1);
    }

    public String label() {
        return firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
    }

    @Override
    public int compareTo(ContractYear other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
