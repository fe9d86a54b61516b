package app.waymark.bootcamp.ui;

import app.waymark.base.Sentence;
import app.waymark.bootcamp.BootcampOverview;
import app.waymark.bootcamp.BootcampRule;
import app.waymark.bootcamp.GuidedHours;
import app.waymark.bootcamp.Milestone;
import app.waymark.bootcamp.MilestoneVerdict;
import app.waymark.bootcamp.Verdict;
import com.vaadin.flow.i18n.I18NProvider;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The bootcamp page's, tab's and exports' wording, from {@code translations.properties} through Vaadin's translation
 * provider: usable outside the UI's session lock (download handlers), so the exports word things as the page does.
 */
final class BootcampTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final I18NProvider provider;
    // An export words tens of thousands of rows with a few dozen keys: each text and pattern is looked up and
    // parsed once (the provider builds a new MessageFormat on every call).
    private final Map<String, String> plainTexts = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

    BootcampTexts(I18NProvider provider) {
        this.provider = provider;
    }

    /** As {@link I18NProvider#getTranslation(String, Locale, Object...)}: a text without arguments is not parsed. */
    String text(String key, Object... args) {
        if (args.length == 0) {
            return plainTexts.computeIfAbsent(key, each -> provider.getTranslation(each, Locale.UK));
        }
        MessageFormat pattern = patterns.computeIfAbsent(key,
                each -> new MessageFormat(provider.getTranslation(each, Locale.UK), Locale.UK));
        synchronized (pattern) {
            return pattern.format(args);
        }
    }

    String text(Sentence sentence) {
        return sentence == null ? "" : text(sentence.key(), sentence.args().toArray());
    }

    String rule(BootcampRule rule) {
        return text("bootcamps.rule." + rule.name());
    }

    String milestone(Milestone milestone) {
        return text("bootcamps.milestone." + milestone.name());
    }

    String milestones(List<Milestone> milestones) {
        return milestones.stream().map(Milestone::code).collect(Collectors.joining(", "));
    }

    String verdict(Verdict verdict) {
        return text("bootcamps.verdict." + verdict.name());
    }

    /** What a verdict says beyond its name: the trigger date (and what evidenced it, for M1), or what it waits for. */
    String detail(MilestoneVerdict verdict) {
        return switch (verdict.verdict()) {
            case EVIDENCED -> verdict.note() == null
                    ? text("bootcamps.verdict.triggered", date(verdict.triggerDate()))
                    : text("bootcamps.verdict.triggered.by", date(verdict.triggerDate()), text(verdict.note()));
            case NOT_YET_DUE -> text(verdict.note());
            case BLOCKED -> verdict.blockers().stream().map(breach -> rule(breach.rule()))
                    .collect(Collectors.joining("; "));
        };
    }

    String learner(BootcampOverview.LearnerProgramme learner) {
        return learner.name() == null || learner.name().isBlank() ? learner.learnRefNumber()
                : learner.name() + " (" + learner.learnRefNumber() + ")";
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    /** Hours as people write them: 7.5, 5, 0.25. */
    static String hours(BigDecimal hours) {
        return hours == null ? "" : GuidedHours.format(hours);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
