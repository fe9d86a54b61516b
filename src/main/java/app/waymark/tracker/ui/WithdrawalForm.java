package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.Optional;

/** A withdrawal: the last day of learning and the ILR withdrawal reason, chosen from those staff may use. */
final class WithdrawalForm extends ChangeForm<RecordChange.Withdrawal> {

    static final class Draft {
        private LocalDate lastDayOfLearning;
        private Integer withdrawReason;

        LocalDate getLastDayOfLearning() {
            return lastDayOfLearning;
        }

        void setLastDayOfLearning(LocalDate lastDayOfLearning) {
            this.lastDayOfLearning = lastDayOfLearning;
        }

        Integer getWithdrawReason() {
            return withdrawReason;
        }

        void setWithdrawReason(Integer withdrawReason) {
            this.withdrawReason = withdrawReason;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    WithdrawalForm() {
        DatePicker lastDay = field("lastDayOfLearning",
                new DatePicker(getTranslation("tracker.field.lastDayOfLearning")));
        lastDay.setId("change-last-day");
        Select<Integer> reason = field("withdrawReason", new Select<>());
        reason.setId("change-withdraw-reason");
        reason.setLabel(getTranslation("tracker.field.withdrawReason"));
        reason.setItems(RecordChange.Withdrawal.REASONS);
        reason.setItemLabelGenerator(this::reason);
        reason.setPlaceholder(getTranslation("tracker.form.withdraw-reason.placeholder"));
        binder.forField(lastDay).asRequired(getTranslation("tracker.form.last-day.required"))
                .bind(Draft::getLastDayOfLearning, Draft::setLastDayOfLearning);
        binder.forField(reason).asRequired(getTranslation("tracker.form.withdraw-reason.required"))
                .bind(Draft::getWithdrawReason, Draft::setWithdrawReason);
        binder.setBean(new Draft());
        getContent().add(lastDay, reason);
    }

    /** "44 – Other personal reasons": the ILR code and what it means. */
    String reason(Integer code) {
        return code == null ? "" : getTranslation("tracker.withdraw-reason", String.valueOf(code),
                getTranslation("tracker.withdraw-reason." + code));
    }

    @Override
    Class<RecordChange.Withdrawal> kind() {
        return RecordChange.Withdrawal.class;
    }

    @Override
    Optional<RecordChange.Withdrawal> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.Withdrawal(draft.getLastDayOfLearning(), draft.getWithdrawReason()));
    }

    @Override
    void fill(RecordChange.Withdrawal change) {
        Draft draft = new Draft();
        draft.setLastDayOfLearning(change.lastDayOfLearning());
        draft.setWithdrawReason(RecordChange.Withdrawal.REASONS.contains(change.withdrawReason())
                ? change.withdrawReason() : null);
        binder.setBean(draft);
    }
}
