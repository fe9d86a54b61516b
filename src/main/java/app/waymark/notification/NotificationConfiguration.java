package app.waymark.notification;

import com.github.kagkarlsson.scheduler.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    EmailGateway emailGateway(ObjectProvider<JavaMailSender> mailSender, Environment environment) {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender == null ? new LogOnlyEmailGateway() : new SmtpEmailGateway(sender,
                environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port", "25"));
    }

    @Bean
    SmsGateway smsGateway(NotificationProperties properties, JdbcTemplate jdbc) {
        NotificationProperties.Sms sms = properties.sms();
        if (!sms.configured()) {
            return new LogOnlySmsGateway();
        }
        return new VonageSmsGateway(sms, new SharedRateLimiter(jdbc, "vonage:" + sms.apiKey(),
                sms.requestsPerSecond()));
    }

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        return new RetryPolicy(properties.retry());
    }

    @Bean
    Task<String> messageDeliveryTaskDefinition(MessageDelivery delivery) {
        return MessageDeliveryTask.definition(delivery);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayHowMessagesLeave(ApplicationReadyEvent event) {
        EmailGateway email = event.getApplicationContext().getBean(EmailGateway.class);
        SmsGateway sms = event.getApplicationContext().getBean(SmsGateway.class);
        log(email instanceof LogOnlyEmailGateway, "Email delivery: " + email.description());
        log(sms instanceof LogOnlySmsGateway, "SMS delivery: " + sms.description());
    }

    private static void log(boolean logOnly, String message) {
        if (logOnly) {
            log.warn(message);
        } else {
            log.info(message);
        }
    }
}
