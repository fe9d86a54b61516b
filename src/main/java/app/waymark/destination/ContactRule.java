package app.waymark.destination;

import app.waymark.base.Translatable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * May this learner be sent a destination survey, and on which channels? The restricted use indicators (RUI) read in
 * the provider's mode; the learner's "no email" and "no telephone" preferences (PMC 3 and 2) in either mode
 * (decision 0046: the statutory minimum decides whether to survey, not how to contact someone who said no); then a
 * usable address per channel, then the portal's own suppressions (unsubscribes), which win whatever the ILR says.
 * When no channel is left, the reasons say why (staff see them; in the default language they go on the OTH-3 record).
 */
public final class ContactRule {

    private static final Set<Integer> STRICT_RUI_BLOCKS = Set.of(2, 3, 4, 5);
    private static final Set<Integer> STATUTORY_RUI_BLOCKS = Set.of(3, 4, 5);
    private static final int PMC_NO_TELEPHONE = 2;
    private static final int PMC_NO_EMAIL = 3;

    /** What the rule needs to know about one learner. */
    public record Learner(Set<Integer> rui, Set<Integer> pmc, boolean hasValidEmail, boolean hasUkMobile,
                          boolean emailSuppressed, boolean smsSuppressed) {
    }

    public record Decision(boolean email, boolean sms, List<Translatable> reasons) {

        public boolean contactable() {
            return email || sms;
        }
    }

    public static Decision decide(ContactRuleMode mode, Learner learner) {
        Set<Integer> blocking = new TreeSet<>(learner.rui());
        blocking.retainAll(mode == ContactRuleMode.STRICT ? STRICT_RUI_BLOCKS : STATUTORY_RUI_BLOCKS);
        if (!blocking.isEmpty()) {
            return new Decision(false, false, List.of(DestinationError.CONTACT_RUI.with(join(blocking))));
        }
        List<Translatable> reasons = new ArrayList<>();
        boolean email = true;
        boolean sms = true;
        if (learner.pmc().contains(PMC_NO_EMAIL)) {
            email = false;
            reasons.add(DestinationError.CONTACT_PMC_NO_EMAIL.with());
        }
        if (learner.pmc().contains(PMC_NO_TELEPHONE)) {
            sms = false;
            reasons.add(DestinationError.CONTACT_PMC_NO_TELEPHONE.with());
        }
        if (email && !learner.hasValidEmail()) {
            email = false;
            reasons.add(DestinationError.CONTACT_NO_VALID_EMAIL.with());
        }
        if (sms && !learner.hasUkMobile()) {
            sms = false;
            reasons.add(DestinationError.CONTACT_NO_UK_MOBILE.with());
        }
        if (email && learner.emailSuppressed()) {
            email = false;
            reasons.add(DestinationError.CONTACT_UNSUBSCRIBED_EMAIL.with());
        }
        if (sms && learner.smsSuppressed()) {
            sms = false;
            reasons.add(DestinationError.CONTACT_UNSUBSCRIBED_SMS.with());
        }
        return new Decision(email, sms, email || sms ? List.of() : List.copyOf(reasons));
    }

    private static String join(Set<Integer> codes) {
        return String.join(", ", codes.stream().map(String::valueOf).toList());
    }

    private ContactRule() {
    }
}
