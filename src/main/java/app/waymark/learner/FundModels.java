package app.waymark.learner;

import java.util.List;

/** The ILR FundModel codes a learning aim may have (DOMAIN.md section 1), in code order. */
public final class FundModels {

    public static final List<Integer> CODES = List.of(10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99);

    private FundModels() {
    }
}
