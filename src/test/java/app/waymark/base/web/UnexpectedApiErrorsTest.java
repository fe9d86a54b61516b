package app.waymark.base.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A machine endpoint's unexpected failure is a readable 500, not a forward through the staff sign-in. */
class UnexpectedApiErrorsTest {

    @RestController
    static class FailingEndpoint {
        @GetMapping("/api/v1/failing")
        String failing() {
            throw new IllegalStateException("a defect with internal detail");
        }

        @GetMapping("/api/v1/forbidden")
        String forbidden() {
            throw new AccessDeniedException("not yours");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingEndpoint())
            .setControllerAdvice(new UnexpectedApiErrors()).build();

    @Test
    void an_unexpected_exception_is_answered_500_with_a_problem_description_that_hides_its_internals()
            throws Exception {
        var result = mvc.perform(get("/api/v1/failing"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.instance").value("/api/v1/failing"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("try again later")
                .doesNotContain("internal detail", "IllegalStateException");
    }

    @Test
    void access_decisions_are_left_to_the_security_filters() {
        assertThatThrownBy(() -> mvc.perform(get("/api/v1/forbidden")))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
    }
}
