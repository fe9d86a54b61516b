package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    @Bean
    JobScheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks,
                              ObjectProvider<ExecutionInterceptor> interceptors, JobsProperties properties,
                              JsonMapper json, @Value("${waymark.jobs.node-name:}") String nodeName) {
        return new JobScheduler(dataSource, tasks, interceptors.orderedStream().toList(), properties, json,
                nodeName.isBlank() ? defaultNodeName() : nodeName);
    }

    @Bean
    RecurringJobRunLog recurringJobRunLog(JdbcTemplate jdbc) {
        return new RecurringJobRunLog(jdbc);
    }

    @Bean
    RecurringJobs recurringJobs(JobScheduler scheduler, JdbcTemplate jdbc) {
        return new RecurringJobs(scheduler, jdbc);
    }

    /** Host name plus a random suffix, so two nodes on one host (or two test schedulers) never share a name. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
