package app.waymark.ilr;

import app.waymark.ilr.reader.IlrHeader;
import app.waymark.ilr.reader.IlrLearner;
import app.waymark.ilr.reader.IlrLearnerHandler;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.learner.LearnerRecord;

import java.util.function.Consumer;

/** Hands each learner of a file on as the portal's learner record, mapped for the file's year. */
final class LearnerRecordHandler implements IlrLearnerHandler {

    private final Consumer<LearnerRecord> consumer;
    private IlrYear year;

    LearnerRecordHandler(Consumer<LearnerRecord> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void header(IlrHeader header) {
        year = header.year();
    }

    @Override
    public void learner(IlrLearner learner) {
        consumer.accept(LearnerRecordMapper.toRecord(learner, year));
    }
}
