package app.waymark.bootcamp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule names its source and has its texts; every Skills Bootcamp text belongs to a rule or a milestone. */
class BootcampRuleCatalogueTest {

    @Test
    void every_rule_has_a_source_a_reason_and_a_fix() {
        for (BootcampRule rule : BootcampRule.values()) {
            assertThat(rule.source()).as("source of " + rule).isNotBlank();
            assertThat(rule.appliesTo()).as("year rule sets of " + rule).isNotEmpty();
            assertThat(Texts.keys()).as("texts of " + rule)
                    .anyMatch(key -> key.equals("bootcamp.why." + rule) || key.startsWith("bootcamp.why." + rule + "."))
                    .anyMatch(key -> key.equals("bootcamp.fix." + rule) || key.startsWith("bootcamp.fix." + rule + "."));
        }
    }

    @Test
    void every_bootcamp_text_is_a_rules_or_a_milestones() {
        Set<String> owners = Arrays.stream(BootcampRule.values()).map(Enum::name).collect(Collectors.toSet());
        owners.addAll(Arrays.stream(Milestone.values()).map(Enum::name).toList());
        assertThat(Texts.keys().stream().filter(key -> key.startsWith("bootcamp.")))
                .allSatisfy(key -> assertThat(owners).contains(key.split("\\.")[2]));
    }

    @Test
    void errors_block_every_milestone_and_payment_rules_only_theirs() {
        assertThat(BootcampRule.R143.blocks(Milestone.START)).isTrue();
        assertThat(BootcampRule.PROGRAMME_COMPLETED.blocks(Milestone.START)).isFalse();
        assertThat(BootcampRule.PROGRAMME_COMPLETED.blocks(Milestone.COMPLETION)).isTrue();
        assertThat(BootcampRule.QUALIFYING_PERIOD.blocks(Milestone.COMPLETION)).isFalse();
    }
}
