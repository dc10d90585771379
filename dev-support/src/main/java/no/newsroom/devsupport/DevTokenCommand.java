package no.newsroom.devsupport;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code ./suite token <user> <role>[,<role>...] [hours]}: prints a dev bearer token signed with the local key. */
public final class DevTokenCommand {

    private static final Set<String> ROLES = Set.of("reader", "editor", "verifier", "admin", "service");

    private DevTokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ./suite token <user> <role>[,<role>...] [hours]   roles: " + ROLES);
            System.exit(2);
        }
        List<String> roles = Arrays.asList(args[1].split(","));
        if (!ROLES.containsAll(roles)) {
            System.err.println("unknown role in " + roles + "; known roles: " + ROLES);
            System.exit(2);
        }
        Duration lifetime = Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 12);
        DevKeys keys = DevKeys.inDevHome().ensureExist();
        System.out.println(new JwtIssuer(keys.privateKey()).issue(args[0], roles, lifetime));
    }
}
