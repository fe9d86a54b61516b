package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;

/**
 * A new installation has nobody who can sign in. When {@code WAYMARK_BOOTSTRAP_OPERATOR_EMAIL} and
 * {@code WAYMARK_BOOTSTRAP_OPERATOR_PASSWORD} are set and no platform operator exists yet, creates that operator
 * (the password must meet the password policy). Does nothing once any operator exists.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final PlatformOperatorRepository operators;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String email;
    private final String password;

    OperatorBootstrap(PlatformOperatorRepository operators, PasswordEncoder passwordEncoder, AuditService audit,
                      PlatformTransactionManager transactionManager, Clock clock,
                      @Value("${waymark.bootstrap-operator.email:}") String email,
                      @Value("${waymark.bootstrap-operator.password:}") String password) {
        this.operators = operators;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.email = email.trim().toLowerCase();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isEmpty()) {
            return;
        }
        PasswordPolicy.check(password, email);
        transaction.executeWithoutResult(status -> {
            if (operators.count() > 0) {
                return;
            }
            PlatformOperator operator = operators.save(
                    new PlatformOperator(email, "Platform operator", passwordEncoder.encode(password), clock.instant()));
            audit.recordPlatform(AuditEntry.of(AuditActions.OPERATOR_CREATED, "platform_operator", operator.id())
                    .after(Map.of("email", email)));
            log.info("Created the first platform operator {}", email);
        });
    }
}
