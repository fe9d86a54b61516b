package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentReadInputStreamTest {

    @Test
    void the_share_read_is_told_as_it_grows_by_whole_percents_and_never_beyond_a_hundred() throws IOException {
        List<Integer> told = new ArrayList<>();
        try (var in = new PercentReadInputStream(new ByteArrayInputStream(new byte[300]), 200, told::add)) {
            in.readNBytes(1);
            in.readNBytes(2);
            in.readNBytes(1);
            assertThat(told).containsExactly(1, 2);
            in.readNBytes(96);
            in.readAllBytes();
        }
        assertThat(told).containsExactly(1, 2, 50, 100);
    }

    @Test
    void an_unknown_size_tells_nothing() throws IOException {
        List<Integer> told = new ArrayList<>();
        try (var in = new PercentReadInputStream(new ByteArrayInputStream(new byte[50]), -1, told::add)) {
            in.readAllBytes();
        }
        assertThat(told).isEmpty();
    }
}
