package io.unp.lib;

/**
 * Entry point of a child JVM started by {@link Fork#fork}: {@code <child class> <fd>...}.
 * Runs the child's code under the {@link Launcher}, so it ends with {@code exit(0)} when the
 * code returns, or with the status of its {@code err_sys}/{@code err_quit}; either way the
 * child flushes its output and calls {@code _exit} at once, as a C child's {@code exit} does.
 */
public final class ForkChildMain {
    private ForkChildMain() {}

    public static void main(String[] args) {
        Launcher.runChild(args.length == 0 ? "fork child" : args[0], () -> {
            if (args.length == 0) {
                throw Err.quit("usage: ForkChildMain <child class> <fd>...");
            }
            int[] fds = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                fds[i - 1] = Integer.parseInt(args[i]);
            }
            Fork.Child child;
            try {
                child = Class.forName(args[0]).asSubclass(Fork.Child.class).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw Err.quit("fork child: cannot start %s: %s", args[0], e);
            }
            child.run(fds);
        });
    }
}
