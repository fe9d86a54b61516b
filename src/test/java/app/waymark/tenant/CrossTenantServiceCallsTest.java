package app.waymark.tenant;

import app.waymark.IntegrationTest;
import app.waymark.base.security.Permission;
import app.waymark.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method that takes an id, on every service of the application (a bean of {@code app.waymark} with
 * {@code @PreAuthorize} methods), found by reflection, is called by a member of staff of another provider who holds
 * every role there, with the ids of Northfield's rows (one of each table) and Northfield's own id. Each call must be
 * refused (any exception) or see nothing: what it returns may not mention any of Northfield's ids. Afterwards
 * Northfield's data must be as it was. A new service method is covered without editing this test.
 */
class CrossTenantServiceCallsTest extends IntegrationTest {

    /** Tables background work of other tests may change while this test runs (deliveries, job bookkeeping). */
    private static final Set<String> MOVING = Set.of("outbox_message", "audit_event", "notification",
            "tracker_digest_item", "learner_sign_in_code", "sign_in_attempt");

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private record Probe(Object bean, Method method) {

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
        }
    }

    @Test
    void no_service_method_given_another_providers_ids_shows_or_changes_that_providers_data() throws Exception {
        UUID northfield = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        TenantFingerprint fingerprint = new TenantFingerprint(jdbc, transactions, MOVING);
        List<String> tables = fingerprint.tables();
        Map<String, UUID> theirIds = sampleIds(northfield, tables);
        theirIds.put("tenant", northfield);
        Set<String> theirIdTexts = Set.copyOf(theirIds.values().stream().map(UUID::toString).toList());
        Map<String, String> before = fingerprint.of(northfield);
        signInAsEveryRoleOfAnotherProvider();

        List<Probe> probes = probes();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int calls = 0;
        for (Probe probe : probes) {
            for (UUID id : theirIds.values()) {
                calls++;
                Object[] arguments = arguments(probe.method(), id);
                try {
                    Object result = probe.method().invoke(probe.bean(), arguments);
                    if (mentions(result, theirIdTexts, 0)) {
                        failures.add(probe + " with " + id + " returned " + shorten(String.valueOf(result)));
                    } else {
                        outcomes.merge("returned nothing of theirs", 1, Integer::sum);
                    }
                } catch (InvocationTargetException e) {
                    outcomes.merge("refused: " + e.getCause().getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        }
        SecurityContextHolder.clearContext();
        System.out.println("cross-tenant " + probes.size() + " methods, " + calls + " calls: " + outcomes);
        assertThat(probes).as("the services were found").hasSizeGreaterThan(40);
        assertThat(failures).isEmpty();
        assertThat(fingerprint.of(northfield)).as("Northfield's data after the calls").isEqualTo(before);
    }

    private List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("app.waymark.") || !Modifier.isPublic(type.getModifiers())
                    || Arrays.stream(type.getDeclaredMethods())
                    .noneMatch(method -> method.isAnnotationPresent(PreAuthorize.class))) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                            && !Modifier.isStatic(method.getModifiers())
                            && Arrays.asList(method.getParameterTypes()).contains(UUID.class))
                    .sorted(Comparator.comparing(Method::toString))
                    .forEach(method -> probes.add(new Probe(bean, method)));
        }
        return probes;
    }

    private void signInAsEveryRoleOfAnotherProvider() {
        String ukprn = Integer.toString(ThreadLocalRandom.current().nextInt(40_000_000, 49_999_999));
        String domain = "prober-" + ukprn + ".example";
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "cross-tenant test set-up", null, List.of(
                        new SimpleGrantedAuthority(Permission.authority(Permission.PLATFORM_OPERATOR)),
                        new SimpleGrantedAuthority(Permission.authority(Permission.USERS_MANAGE)))));
        UUID other;
        try {
            other = tenants.create("Prober College " + ukprn, "prober-" + ukprn, ukprn).id();
            accounts.ensureStaffPerRole(other, domain, List.of("Pip Prober"), demoPassword);
        } finally {
            SecurityContextHolder.clearContext();
        }
        TenantContext.runAs(other, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into staff_user_role (tenant_id, user_id, role_id)
                select r.tenant_id, u.id, r.id from role r join staff_user u on u.email = ?
                on conflict do nothing""", "admin@" + domain)));
        signIn("admin@" + domain);
    }

    /** One id (the greatest) of each of the provider's tables that has a uuid {@code id}. */
    private Map<String, UUID> sampleIds(UUID provider, List<String> tables) {
        List<String> withIds = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'""", String.class);
        return TenantContext.callAs(provider, () -> transactions.execute(status -> {
            Map<String, UUID> ids = new LinkedHashMap<>();
            for (String table : tables) {
                if (withIds.contains(table)) {
                    jdbc.queryForList("select id from " + table + " order by id desc limit 1", UUID.class)
                            .forEach(id -> ids.put(table, id));
                }
            }
            return ids;
        }));
    }

    /** Every uuid parameter is the probed id; everything else a plain, valid-looking value of its type. */
    private static Object[] arguments(Method method, UUID id) throws Exception {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = value(parameters[i].getType(), id, 0);
        }
        return arguments;
    }

    private static Object value(Class<?> type, UUID id, int depth) throws Exception {
        if (type == UUID.class) {
            return id;
        }
        if (type == String.class) {
            return "probe";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 5);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-05T10:00:00Z");
        }
        if (type == LocalTime.class) {
            return LocalTime.NOON;
        }
        if (type == Duration.class) {
            return Duration.ofMinutes(1);
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type == InputStream.class) {
            return new ByteArrayInputStream(new byte[0]);
        }
        if (type == OutputStream.class) {
            return OutputStream.nullOutputStream();
        }
        if (type == Path.class) {
            Path file = Files.createTempFile("cross-tenant-probe", ".xml");
            file.toFile().deleteOnExit();
            return file;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class || type == Collection.class) {
            return List.of(id);
        }
        if (type == Set.class) {
            return Set.of(id);
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isRecord() && depth < 4) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getType(), id, depth + 1);
            }
            var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                return null;
            }
        }
        if (type.isSealed()) {
            return value(type.getPermittedSubclasses()[0], id, depth + 1);
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) ->
                    method.getReturnType().isPrimitive() && method.getReturnType() != void.class
                            ? value(method.getReturnType(), id, depth + 1) : null);
        }
        return null;
    }

    /** Whether the value (records, collections, maps, optionals and arrays walked) shows any of these ids. */
    private static boolean mentions(Object value, Set<String> ids, int depth) throws Exception {
        if (value == null || depth > 8) {
            return false;
        }
        if (value instanceof Optional<?> optional) {
            return mentions(optional.orElse(null), ids, depth + 1);
        }
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (mentions(item, ids, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return mentions(new ArrayList<>(map.keySet()), ids, depth + 1)
                    || mentions(new ArrayList<>(map.values()), ids, depth + 1);
        }
        if (value instanceof Stream<?> stream) {
            return mentions(stream.toList(), ids, depth + 1);
        }
        if (value instanceof Object[] array) {
            return mentions(Arrays.asList(array), ids, depth + 1);
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                if (mentions(accessor.invoke(value), ids, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        String text = String.valueOf(value);
        return ids.stream().anyMatch(text::contains);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
