package app.waymark.learner;

import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The signed-in provider's learners' imported aims, with their FAMs, as {@link LearnerRecord.Aim}s: the public read
 * other features (Skills Bootcamps) use instead of naming the learner tables. {@link #forEachInProgramme} streams
 * every learner of a funding model or programme type in one query, so a page can judge tens of thousands at once.
 */
@Service
public class LearnerAims {

    /** One learner and their aims in the programme asked for, in AimSeqNumber order. */
    public record LearnerWithAims(UUID learnerId, String learnRefNumber, String givenNames, String familyName,
                                  List<LearnerRecord.Aim> aims) {

        public LearnerWithAims {
            aims = List.copyOf(aims);
        }
    }

    private final LearnerAimQueries queries;

    LearnerAims(LearnerAimQueries queries) {
        this.queries = queries;
    }

    /**
     * Hands {@code each} every learner with an aim of {@code fundModel} or {@code progType}, with those aims (the
     * learner's other aims are left out), ordered by learner reference.
     */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public void forEachInProgramme(int fundModel, int progType, Consumer<LearnerWithAims> each) {
        queries.forEachInProgramme(fundModel, progType, each);
    }

    /** As {@link #forEachInProgramme}, collected. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<LearnerWithAims> inProgramme(int fundModel, int progType) {
        List<LearnerWithAims> all = new java.util.ArrayList<>();
        queries.forEachInProgramme(fundModel, progType, all::add);
        return all;
    }

    /** One learner's aims, all of them, in AimSeqNumber order (empty when the learner is not the provider's). */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<LearnerRecord.Aim> aimsOf(UUID learnerId) {
        return queries.aimsOf(learnerId);
    }

    /**
     * One learner with all their aims (empty when the learner is not the provider's). Whoever may import the
     * provider's ILR may read it too: an import's listeners (the bootcamp module marking events "in the MIS") read
     * the learners it just wrote in the import's own transaction.
     */
    @PreAuthorize("hasAnyRole('" + Permission.LEARNER_VIEW + "', '" + Permission.ILR_IMPORT + "')")
    @Transactional(readOnly = true)
    public java.util.Optional<LearnerWithAims> learner(UUID learnerId) {
        return queries.learner(learnerId);
    }
}
