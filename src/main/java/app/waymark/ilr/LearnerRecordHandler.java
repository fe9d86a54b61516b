package app.waymark.ilr;

import app.waymark.ilr.reader.IlrHeader;
import app.waymark.ilr.reader.IlrLearner;
import app.waymark.ilr.reader.IlrLearnerHandler;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.learner.LearnerRecord;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Hands each learner of a file on as the portal's learner record, mapped for the file's year, when the file's header
 * is one the caller wants (the others' learners are still read and checked); passes on how much has been read.
 */
final class LearnerRecordHandler implements IlrLearnerHandler {

    private final Predicate<IlrHeader> wanted;
    private final Consumer<LearnerRecord> consumer;
    private final IntConsumer percentRead;
    private IlrYear year;
    private boolean handingOn;

    LearnerRecordHandler(Predicate<IlrHeader> wanted, Consumer<LearnerRecord> consumer, IntConsumer percentRead) {
        this.wanted = wanted;
        this.consumer = consumer;
        this.percentRead = percentRead;
    }

    @Override
    public void header(IlrHeader header) {
        year = header.year();
        handingOn = wanted.test(header);
    }

    @Override
    public void learner(IlrLearner learner) {
        if (handingOn) {
            consumer.accept(LearnerRecordMapper.toRecord(learner, year));
        }
    }

    @Override
    public void percentRead(int percent) {
        percentRead.accept(percent);
    }
}
