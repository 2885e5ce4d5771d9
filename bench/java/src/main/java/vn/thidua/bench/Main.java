package vn.thidua.bench;

import java.util.HashMap;
import java.util.Map;
import vn.thidua.bench.ceiling.CeilingRunner;
import vn.thidua.bench.gen.Generate;

/**
 * The bench's Java tools, one jar:
 * <pre>
 *   generate --url JDBC --user U --password P --scale 1 --password-hash HASH [--seed 42]
 *   ceiling  --url JDBC --user U --password P --scenario NAME --threads 32 --warmup S --seconds S
 *   report   --in results.tsv --md out.md --html out.html --title T [--meta "k=v;k=v"]
 * </pre>
 * Exit status: 0 on success, 2 on bad arguments, 1 when the tool itself fails, 3 when a ceiling has nothing to run.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> opts = parse(args);
        switch (args[0]) {
            case "generate" -> Generate.run(opts);
            case "ceiling" -> System.exit(CeilingRunner.run(opts));
            case "report" -> Report.run(opts);
            default -> usage();
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bad argument: " + args[i]);
                usage();
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    public static String need(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            System.err.println("missing --" + key);
            usage();
        }
        return v;
    }

    static void usage() {
        System.err.println("usage: java -jar thidua-bench.jar generate|ceiling|report --key value ...");
        System.exit(2);
    }
}
