package app.waymark.bootcamp.ui;

import app.waymark.bootcamp.BootcampContract;
import app.waymark.bootcamp.Milestone;
import app.waymark.bootcamp.MilestoneDefinition;
import app.waymark.bootcamp.MilestoneTerms;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/** The contract form's bean: one year's terms as the admin types them, before they are checked and saved. */
final class ContractDraft {

    private String startName;
    private BigDecimal startShare;
    private String completionName;
    private BigDecimal completionShare;
    private String outcomeName;
    private BigDecimal outcomeShare;
    private Integer qualifyingDays;
    private Integer qualifyingHours;
    private Integer outcomeDeadlineMonths;
    private BigDecimal pricePerLearner;

    static ContractDraft of(BootcampContract contract) {
        ContractDraft draft = new ContractDraft();
        MilestoneTerms terms = contract.terms();
        draft.startName = terms.definition(Milestone.START).name();
        draft.startShare = terms.definition(Milestone.START).sharePercent();
        draft.completionName = terms.definition(Milestone.COMPLETION).name();
        draft.completionShare = terms.definition(Milestone.COMPLETION).sharePercent();
        draft.outcomeName = terms.definition(Milestone.OUTCOME).name();
        draft.outcomeShare = terms.definition(Milestone.OUTCOME).sharePercent();
        draft.qualifyingDays = terms.qualifyingDays();
        draft.qualifyingHours = terms.qualifyingHours();
        draft.outcomeDeadlineMonths = (int) terms.outcomeDeadline().toTotalMonths();
        draft.pricePerLearner = contract.pricePerLearner();
        return draft;
    }

    /** The shares added up, treating an empty one as nothing. */
    BigDecimal totalShare() {
        return List.of(startShare, completionShare, outcomeShare).stream()
                .map(share -> share == null ? BigDecimal.ZERO : share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The terms, checked by {@link MilestoneTerms} (which refuses them with the reason). */
    MilestoneTerms terms() {
        return new MilestoneTerms(List.of(new MilestoneDefinition(Milestone.START, startName, startShare),
                new MilestoneDefinition(Milestone.COMPLETION, completionName, completionShare),
                new MilestoneDefinition(Milestone.OUTCOME, outcomeName, outcomeShare)),
                qualifyingDays, qualifyingHours, Period.ofMonths(outcomeDeadlineMonths));
    }

    String getStartName() {
        return startName;
    }

    void setStartName(String startName) {
        this.startName = startName;
    }

    BigDecimal getStartShare() {
        return startShare;
    }

    void setStartShare(BigDecimal startShare) {
        this.startShare = startShare;
    }

    String getCompletionName() {
        return completionName;
    }

    void setCompletionName(String completionName) {
        this.completionName = completionName;
    }

    BigDecimal getCompletionShare() {
        return completionShare;
    }

    void setCompletionShare(BigDecimal completionShare) {
        this.completionShare = completionShare;
    }

    String getOutcomeName() {
        return outcomeName;
    }

    void setOutcomeName(String outcomeName) {
        this.outcomeName = outcomeName;
    }

    BigDecimal getOutcomeShare() {
        return outcomeShare;
    }

    void setOutcomeShare(BigDecimal outcomeShare) {
        this.outcomeShare = outcomeShare;
    }

    Integer getQualifyingDays() {
        return qualifyingDays;
    }

    void setQualifyingDays(Integer qualifyingDays) {
        this.qualifyingDays = qualifyingDays;
    }

    Integer getQualifyingHours() {
        return qualifyingHours;
    }

    void setQualifyingHours(Integer qualifyingHours) {
        this.qualifyingHours = qualifyingHours;
    }

    Integer getOutcomeDeadlineMonths() {
        return outcomeDeadlineMonths;
    }

    void setOutcomeDeadlineMonths(Integer outcomeDeadlineMonths) {
        this.outcomeDeadlineMonths = outcomeDeadlineMonths;
    }

    BigDecimal getPricePerLearner() {
        return pricePerLearner;
    }

    void setPricePerLearner(BigDecimal pricePerLearner) {
        this.pricePerLearner = pricePerLearner;
    }
}
