package app.waymark.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void an_ipv4_address_is_its_own_client() {
        assertThat(ClientAddresses.limitKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddresses.limitKey("198.51.100.8")).isNotEqualTo(ClientAddresses.limitKey("198.51.100.7"));
    }

    @Test
    void ipv6_addresses_in_one_slash_64_are_one_client_however_they_are_written() {
        String key = ClientAddresses.limitKey("2001:db8:85a3:8d3::1");

        assertThat(ClientAddresses.limitKey("2001:0db8:85a3:08d3:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(ClientAddresses.limitKey("2001:db8:85a3:8d3:1234::abcd")).isEqualTo(key);
        assertThat(ClientAddresses.limitKey("2001:db8:85a3:8d4::1")).isNotEqualTo(key);
        assertThat(key).isEqualTo("2001:0db8:85a3:08d3::/64");
    }

    @Test
    void no_address_is_one_client_called_unknown() {
        assertThat(ClientAddresses.limitKey(null)).isEqualTo("unknown");
        assertThat(ClientAddresses.limitKey(" ")).isEqualTo("unknown");
    }
}
