package app.waymark.security;

import app.waymark.base.security.SecurityHeaders;
import app.waymark.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
// Services check @PreAuthorize. JSR-250 stays off: Vaadin reads @RolesAllowed on views itself, and Spring would
// otherwise proxy every view class.
@EnableMethodSecurity
@EnableConfigurationProperties({SignInProperties.class, AccountLinkProperties.class, SessionProperties.class,
        LinkGuessProperties.class, CodeRequestProperties.class})
class SecurityConfiguration {

    /** The machine API: bearer tokens only, no session, no CSRF (no browser involved). */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JdbcTemplate jdbc,
                                               PlatformTransactionManager transactionManager, Clock clock)
            throws Exception {
        http.securityMatcher("/api/**")
                .headers(SecurityHeaders.forMachines())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(jdbc, transactionManager, clock),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAuthenticationProvider staffAuthentication,
                                            SignOutAuditor signOutAuditor, SessionRevocation sessionRevocation)
            throws Exception {
        http.headers(SecurityHeaders.forPages());
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        http.addFilterAfter(new SessionRevocationFilter(sessionRevocation), SecurityContextHolderFilter.class);
        http.addFilterBefore(new CrossSiteSignInFilter(), UsernamePasswordAuthenticationFilter.class);
        http.authenticationProvider(staffAuthentication);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .addLogoutHandler(signOutAuditor));
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffAuthenticationProvider staffAuthentication) {
        return new ProviderManager(staffAuthentication);
    }

    @Bean
    SignInGate signInGate(SignInProperties properties) {
        return properties.gate();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
