package app.waymark.learner;

import app.waymark.base.SecretTokens;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * SHA-256 of everything an import writes for one learner, in an unambiguous (length-prefixed) encoding. Equal
 * fingerprints mean a re-import would change nothing, so the learner is not written at all.
 */
final class ImportFingerprint {

    static byte[] of(LearnerRecord learner) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, learner.learnRefNumber());
            text(out, learner.uln());
            text(out, learner.familyName());
            text(out, learner.givenNames());
            date(out, learner.dateOfBirth());
            text(out, learner.addLine1());
            text(out, learner.addLine2());
            text(out, learner.addLine3());
            text(out, learner.addLine4());
            text(out, learner.postcode());
            text(out, learner.telNo());
            text(out, learner.email());
            fams(out, learner.learnerFams());
            text(out, learner.contactPreferencesYear());
            out.writeInt(learner.contactPreferences().size());
            for (LearnerRecord.ContactPreference preference : learner.contactPreferences()) {
                text(out, preference.type());
                out.writeInt(preference.code());
            }
            out.writeInt(learner.employment().size());
            for (LearnerRecord.Employment employment : learner.employment()) {
                out.writeInt(employment.empStat());
                date(out, employment.dateEmpStatApp());
                number(out, employment.empId());
                out.writeInt(employment.monitoring().size());
                for (LearnerRecord.Monitoring monitoring : employment.monitoring()) {
                    text(out, monitoring.type());
                    out.writeInt(monitoring.code());
                }
            }
            out.writeInt(learner.aims().size());
            for (LearnerRecord.Aim aim : learner.aims()) {
                text(out, aim.learnAimRef());
                out.writeInt(aim.aimType());
                out.writeInt(aim.aimSeqNumber());
                date(out, aim.learnStartDate());
                date(out, aim.origLearnStartDate());
                date(out, aim.learnPlanEndDate());
                out.writeInt(aim.fundModel());
                number(out, aim.progType());
                number(out, aim.stdCode());
                number(out, aim.pHours());
                number(out, aim.otjActHours());
                out.writeInt(aim.compStatus());
                date(out, aim.learnActEndDate());
                number(out, aim.withdrawReason());
                number(out, aim.outcome());
                date(out, aim.achDate());
                fams(out, aim.fams());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    private static void fams(DataOutputStream out, List<LearnerRecord.Fam> fams) throws IOException {
        out.writeInt(fams.size());
        for (LearnerRecord.Fam fam : fams) {
            text(out, fam.type());
            text(out, fam.code());
            date(out, fam.dateFrom());
            date(out, fam.dateTo());
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static void date(DataOutputStream out, LocalDate value) throws IOException {
        out.writeLong(value == null ? Long.MIN_VALUE : value.toEpochDay());
    }

    private static void number(DataOutputStream out, Number value) throws IOException {
        out.writeBoolean(value != null);
        out.writeLong(value == null ? 0 : value.longValue());
    }

    private static byte[] sha256(byte[] input) {
        return SecretTokens.sha256(input);
    }

    private ImportFingerprint() {
    }
}
