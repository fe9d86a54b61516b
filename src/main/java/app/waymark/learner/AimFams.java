package app.waymark.learner;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An aim's LearningDeliveryFAMs as stored ({@code learning_delivery.fams}, the JSON the import writes). */
final class AimFams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<LearnerRecord.Fam> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
        });
        return rows.stream().map(row -> new LearnerRecord.Fam(text(row.get("type")), text(row.get("code")),
                date(row.get("dateFrom")), date(row.get("dateTo")))).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private AimFams() {
    }
}
