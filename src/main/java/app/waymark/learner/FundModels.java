package app.waymark.learner;

import java.util.List;

/**
 * The ILR FundModel codes a learning aim may have in any year the portal reads (DOMAIN.md section 1), in code order:
 * 10 until 2025-26, 39 from 2026-27 (which a year accepts is the ILR reader's IlrYearRules).
 */
public final class FundModels {

    public static final List<Integer> CODES = List.of(10, 11, 25, 35, 36, 37, 38, 39, 70, 81, 82, 99);

    private FundModels() {
    }
}
