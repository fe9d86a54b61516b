package app.waymark.ui;

import app.waymark.security.ApiTokenSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensViewTest extends KaribuTest {

    @Test
    void an_admin_creates_a_token_sees_it_once_and_the_list_shows_only_its_start() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/api-tokens");
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Nightly MIS upload");
        _click(_get(Button.class, spec -> spec.withId("token-save")));

        String secret = _get(Span.class, spec -> spec.withId("token-secret")).getText();
        assertThat(secret).startsWith("wm_").hasSize(46);
        _click(_get(Button.class, spec -> spec.withId("token-done")));

        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        ApiTokenSummary listed = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .filter(t -> t.name().equals("Nightly MIS upload")).findFirst().orElseThrow();
        assertThat(listed.prefix()).isEqualTo(secret.substring(0, 9) + "…");
    }

    @Test
    void a_tutor_cannot_open_api_tokens() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("settings/api-tokens");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(app.waymark.base.ui.AccessDeniedView.class);
    }
}
