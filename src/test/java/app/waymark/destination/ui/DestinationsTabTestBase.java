package app.waymark.destination.ui;

import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Opens a demo learner's page on its Destinations tab (tests of that tab run on the demo data). */
abstract class DestinationsTabTestBase extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    /** The first learner {@code sql} (a query for one learner_id column) finds, as the signed-in user. */
    UUID learnerWith(String sql) {
        return transactions.execute(status -> jdbc.queryForObject(sql + " limit 1", UUID.class));
    }

    void openDestinationsTab(UUID learner) {
        UI.getCurrent().navigate("learners/" + learner);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Destinations")) {
                tabs.setSelectedIndex(i);
            }
        }
    }
}
