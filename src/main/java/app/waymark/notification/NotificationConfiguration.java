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

import java.time.Clock;
import java.util.List;

/**
 * The gateways messages leave through. A channel with no provider configured is delivered by log: start-up, the
 * operator's health details and the outbox page say so, and under {@code prod} the portal starts that way only when
 * {@code WAYMARK_DELIVERY=log} chooses it ({@code ProductionSettings}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    EmailGateway emailGateway(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                              ObjectProvider<LoggedMessageReader> readers, Clock clock) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new LogOnlyEmailGateway(new DeliveryByLog("no SMTP server is configured, spring.mail.host /"
                    + " SPRING_MAIL_HOST", list(readers), clock));
        }
        return new SmtpEmailGateway(sender,
                environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port", "25"));
    }

    @Bean
    SmsGateway smsGateway(NotificationProperties properties, JdbcTemplate jdbc,
                          ObjectProvider<LoggedMessageReader> readers, Clock clock) {
        NotificationProperties.Sms sms = properties.sms();
        if (!sms.configured()) {
            return new LogOnlySmsGateway(new DeliveryByLog("no Vonage API key and secret are configured,"
                    + " WAYMARK_VONAGE_API_KEY / WAYMARK_VONAGE_API_SECRET", list(readers), clock));
        }
        return new VonageSmsGateway(sms, new SharedRateLimiter(jdbc, "vonage:" + sms.apiKey(),
                sms.requestsPerSecond()));
    }

    @Bean
    DeliveryChannels deliveryChannels(EmailGateway email, SmsGateway sms) {
        return new DeliveryChannels(email, sms);
    }

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        return new RetryPolicy(properties.retry());
    }

    @Bean
    Task<String> messageDeliveryTaskDefinition(MessageDelivery delivery, RetryPolicy retryPolicy) {
        return MessageDeliveryTask.definition(delivery, retryPolicy);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayHowMessagesLeave(ApplicationReadyEvent event) {
        DeliveryChannels channels = event.getApplicationContext().getBean(DeliveryChannels.class);
        for (MessageChannel channel : MessageChannel.values()) {
            String message = channel.name() + " delivery: " + channels.description(channel);
            if (channels.logOnly(channel)) {
                log.warn(message);
            } else {
                log.info(message);
            }
        }
    }

    private static List<LoggedMessageReader> list(ObjectProvider<LoggedMessageReader> readers) {
        return readers.orderedStream().toList();
    }
}
