package app.waymark.restart;

import java.util.List;

/** What a referral file did: {@code added} participants, or, when there are problems, nothing at all. */
public record ReferralImport(int added, List<ReferralProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
