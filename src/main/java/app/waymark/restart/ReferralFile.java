package app.waymark.restart;

import java.util.List;

/** A referral file as read: the lines without problems as referrals, and every problem found. */
public record ReferralFile(List<Referral> referrals, List<ReferralProblem> problems) {

    public ReferralFile {
        referrals = List.copyOf(referrals);
        problems = List.copyOf(problems);
    }

    /** Whether the file may be imported: no problem at all and at least one referral. */
    public boolean acceptable() {
        return problems.isEmpty() && !referrals.isEmpty();
    }
}
