package app.waymark.learner;

import app.waymark.base.MobileNumbers;
import app.waymark.base.TimeOrderedIds;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The table rows an import writes for learners, in COPY text form for the staging tables. */
final class ImportRows {

    static final String LEARNER_COLUMNS = """
            tenant_id, id, learn_ref_number, uln, family_name, given_names, date_of_birth, add_line1, add_line2,
            add_line3, add_line4, postcode, tel_no, mobile_e164, email, high_needs, contact_preferences_year,
            leaving_date, programme_status, import_hash, created_at, updated_at""";
    static final String AIM_COLUMNS = """
            tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type, learn_start_date,
            orig_learn_start_date, learn_plan_end_date, fund_model, prog_type, std_code, p_hours, otj_act_hours,
            comp_status, learn_act_end_date, withdraw_reason, outcome, ach_date, fams""";
    static final String EMPLOYMENT_COLUMNS =
            "tenant_id, id, learner_id, date_emp_stat_app, emp_stat, emp_id, monitoring";
    static final String FAM_COLUMNS = "tenant_id, learner_id, fam_type, fam_code";
    static final String PREFERENCE_COLUMNS = "tenant_id, learner_id, pref_type, pref_code, ilr_year";

    private final UUID tenantId;
    private final JsonMapper json;
    private final Clock clock;

    ImportRows(UUID tenantId, JsonMapper json, Clock clock) {
        this.tenantId = tenantId;
        this.json = json;
        this.clock = clock;
    }

    Batch batch() {
        return new Batch(clock.instant());
    }

    /** One batch's rows, table by table; new learners apart from changed ones. */
    final class Batch {

        private final Instant now;
        private final CopyRows created = new CopyRows();
        private final CopyRows replacements = new CopyRows();
        private final CopyRows aims = new CopyRows();
        private final CopyRows employment = new CopyRows();
        private final CopyRows fams = new CopyRows();
        private final CopyRows preferences = new CopyRows();

        private Batch(Instant now) {
            this.now = now;
        }

        /** Adds the learner's row and all its records' rows. */
        void learner(UUID id, LearnerRecord learner, byte[] fingerprint, boolean replacing) {
            ProgrammeStatusRule.Derived derived = ProgrammeStatusRule.derive(learner.aims());
            (replacing ? replacements : created).add(tenantId).add(id).add(learner.learnRefNumber())
                    .add(learner.uln()).add(learner.familyName()).add(learner.givenNames())
                    .add(learner.dateOfBirth()).add(learner.addLine1()).add(learner.addLine2())
                    .add(learner.addLine3()).add(learner.addLine4()).add(learner.postcode()).add(learner.telNo())
                    .add(MobileNumbers.ukMobileE164(learner.telNo()).orElse(null)).add(learner.email())
                    .add(highNeeds(learner)).add(learner.contactPreferencesYear()).add(derived.leavingDate())
                    .add(derived.status().name()).add(fingerprint).add(now).add(now).endRow();
            for (LearnerRecord.Aim aim : learner.aims()) {
                aims.add(tenantId).add(TimeOrderedIds.next()).add(id).add(aim.aimSeqNumber())
                        .add(aim.learnAimRef()).add(aim.aimType()).add(aim.learnStartDate())
                        .add(aim.origLearnStartDate()).add(aim.learnPlanEndDate()).add(aim.fundModel())
                        .add(aim.progType()).add(aim.stdCode()).add(aim.pHours()).add(aim.otjActHours())
                        .add(aim.compStatus()).add(aim.learnActEndDate()).add(aim.withdrawReason()).add(aim.outcome())
                        .add(aim.achDate()).add(famsJson(aim.fams())).endRow();
            }
            for (LearnerRecord.Employment status : learner.employment()) {
                employment.add(tenantId).add(TimeOrderedIds.next()).add(id).add(status.dateEmpStatApp())
                        .add(status.empStat()).add(status.empId()).add(json.writeValueAsString(status.monitoring()))
                        .endRow();
            }
            learner.learnerFams().stream().map(fam -> List.of(fam.type(), fam.code())).distinct().forEach(fam ->
                    fams.add(tenantId).add(id).add(fam.get(0)).add(fam.get(1)).endRow());
            if (learner.contactPreferencesYear() != null) {
                learner.contactPreferences().stream().distinct().forEach(preference ->
                        preferences.add(tenantId).add(id).add(preference.type()).add(preference.code())
                                .add(learner.contactPreferencesYear()).endRow());
            }
        }

        CopyRows created() {
            return created;
        }

        CopyRows replacements() {
            return replacements;
        }

        CopyRows aims() {
            return aims;
        }

        CopyRows employment() {
            return employment;
        }

        CopyRows fams() {
            return fams;
        }

        CopyRows preferences() {
            return preferences;
        }
    }

    private static boolean highNeeds(LearnerRecord learner) {
        return learner.learnerFams().stream().anyMatch(fam -> "HNS".equals(fam.type()) && "1".equals(fam.code()));
    }

    private String famsJson(List<LearnerRecord.Fam> fams) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LearnerRecord.Fam fam : fams) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", fam.type());
            row.put("code", fam.code());
            row.put("dateFrom", fam.dateFrom() == null ? null : fam.dateFrom().toString());
            row.put("dateTo", fam.dateTo() == null ? null : fam.dateTo().toString());
            rows.add(row);
        }
        return json.writeValueAsString(rows);
    }
}
