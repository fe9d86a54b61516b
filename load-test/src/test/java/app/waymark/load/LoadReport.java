package app.waymark.load;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The load test's table and plot from each step's recorded timings ({@link Timings}) and Gatling's request and
 * KO counts. Arguments: the PNG to write, the SLO in ms, then one {@code users:timings.csv:requests:errors} per step.
 */
public final class LoadReport {

    record Step(int users, long[] uidl, long[] pageStarts, long[] sends, long requests, long errors,
                java.util.Map<String, long[]> byName) {

        double uidlPercentile(double p) {
            return percentile(uidl, p);
        }

        double pageStartPercentile(double p) {
            return percentile(pageStarts, p);
        }

        double sendPercentile(double p) {
            return percentile(sends, p);
        }
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path png = Path.of(args[0]);
        int slo = Integer.parseInt(args[1]);
        List<Step> steps = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
            String[] parts = arg.split(":");
            steps.add(read(Integer.parseInt(parts[0]), Path.of(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3])));
        }
        System.out.printf("%6s %10s %10s %10s %16s %9s %9s %7s%n", "users", "uidl_p50", "uidl_p95", "uidl_p99",
                "page_start_p95", "requests", "uidl_n", "errors");
        for (Step step : steps) {
            System.out.printf("%6d %10.0f %10.0f %10.0f %16.0f %9d %9d %7d%n", step.users(),
                    step.uidlPercentile(50), step.uidlPercentile(95), step.uidlPercentile(99),
                    step.pageStartPercentile(95), step.requests(), step.uidl().length, step.errors());
        }
        System.out.println();
        System.out.printf("%6s %10s %10s %10s %9s   (survey send: \"Send my answers\" to the thank-you page;"
                + " not in uidl_*)%n", "users", "send_p50", "send_p95", "send_p99", "send_n");
        for (Step step : steps) {
            System.out.printf("%6d %10.0f %10.0f %10.0f %9d%n", step.users(), step.sendPercentile(50),
                    step.sendPercentile(95), step.sendPercentile(99), step.sends().length);
        }
        System.out.println();
        int maxUsers = steps.stream().mapToInt(Step::users).max().orElse(0);
        System.out.println(passing("UIDL round-trip p95", steps.stream()
                .filter(step -> step.uidlPercentile(95) > slo).findFirst(), slo, maxUsers));
        System.out.println(passing("page start p95", steps.stream()
                .filter(step -> step.pageStartPercentile(95) > slo).findFirst(), slo, maxUsers));
        System.out.println();
        System.out.printf("%-40s", "p95 ms by step (count at the last)");
        steps.forEach(step -> System.out.printf(" %7s", step.users() + "u"));
        System.out.println();
        java.util.Set<String> names = new java.util.TreeSet<>();
        steps.forEach(step -> names.addAll(step.byName().keySet()));
        for (String name : names) {
            System.out.printf("%-40s", name);
            for (Step step : steps) {
                long[] values = step.byName().getOrDefault(name, new long[0]);
                System.out.printf(" %7.0f", percentile(values, 95));
            }
            System.out.printf("   (%d)%n", steps.getLast().byName().getOrDefault(name, new long[0]).length);
        }
        plot(steps, png, slo);
        System.out.println("plot: " + png);
    }

    private static String passing(String what, java.util.Optional<Step> first, int slo, int maxUsers) {
        return first.map(step -> what + " passes " + slo + " ms at " + step.users() + " users")
                .orElse(what + " does not pass " + slo + " ms within " + maxUsers + " users");
    }

    private static Step read(int users, Path timings, long requests, long errors) throws IOException {
        List<Long> uidl = new ArrayList<>();
        List<Long> pages = new ArrayList<>();
        List<Long> sends = new ArrayList<>();
        java.util.Map<String, List<Long>> byName = new java.util.TreeMap<>();
        List<String> lines = Files.readAllLines(timings);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            long millis = Long.parseLong(fields[fields.length - 1]);
            Timings.Kind kind = Timings.Kind.valueOf(fields[0]);
            switch (kind) {
                case UIDL_ROUND_TRIP -> uidl.add(millis);
                case PAGE_START -> pages.add(millis);
                case SURVEY_SEND -> sends.add(millis);
                case PAGE_PART -> { }
            }
            String prefix = switch (kind) {
                case UIDL_ROUND_TRIP -> "uidl: ";
                case SURVEY_SEND -> "survey send: ";
                case PAGE_START, PAGE_PART -> "page start: ";
            };
            byName.computeIfAbsent(prefix + fields[1], name -> new ArrayList<>()).add(millis);
        }
        java.util.Map<String, long[]> sortedByName = new java.util.TreeMap<>();
        byName.forEach((name, values) -> sortedByName.put(name, sorted(values)));
        return new Step(users, sorted(uidl), sorted(pages), sorted(sends), requests, errors, sortedByName);
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Nearest-rank percentile; NaN when nothing was recorded. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void plot(List<Step> steps, Path png, int slo) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(620)
                .title("Waymark, two nodes behind HAProxy (one 2-core machine with PostgreSQL and Gatling)")
                .xAxisTitle("concurrent users (half staff, half learners)").yAxisTitle("ms").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        double[] users = steps.stream().mapToDouble(Step::users).toArray();
        chart.addSeries("UIDL round trip p95", users, steps.stream().mapToDouble(s -> s.uidlPercentile(95)).toArray())
                .setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("UIDL round trip p99", users, steps.stream().mapToDouble(s -> s.uidlPercentile(99)).toArray())
                .setMarker(SeriesMarkers.DIAMOND);
        chart.addSeries("page start p95", users, steps.stream().mapToDouble(s -> s.pageStartPercentile(95)).toArray())
                .setMarker(SeriesMarkers.SQUARE);
        chart.addSeries("survey send p95", users, steps.stream().mapToDouble(s -> s.sendPercentile(95)).toArray())
                .setMarker(SeriesMarkers.TRIANGLE_UP);
        chart.addSeries(slo + " ms", new double[] {users[0], users[users.length - 1]}, new double[] {slo, slo})
                .setMarker(SeriesMarkers.NONE).setLineColor(java.awt.Color.RED);
        Files.createDirectories(png.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private LoadReport() {
    }
}
