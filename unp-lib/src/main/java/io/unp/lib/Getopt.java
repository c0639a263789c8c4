package io.unp.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code getopt(3)} as glibc does it with {@code opterr = 0}, as the book's programs call it:
 * options may be grouped ({@code -v0}), an option's argument may follow it in the same word
 * ({@code -m5}) or be the next word, words that are not options are moved after the options
 * (glibc permutes {@code argv}), {@code --} ends the options. An unknown option or a missing
 * argument returns {@code '?'} and prints nothing, as with {@code opterr = 0}.
 *
 * <p>When {@link #next()} has returned -1, {@link #operands()} are the words after the options:
 * C's {@code argv[optind]} to {@code argv[argc-1]}.
 */
public final class Getopt {
    private final String[] args;
    private final String optstring;
    private final List<String> operands = new ArrayList<>();
    private int index;
    private int charIndex;
    private String optarg;
    private int optopt;

    public Getopt(String[] args, String optstring) {
        this.args = args.clone();
        this.optstring = optstring;
    }

    /** {@code optarg}: the argument of the option {@link #next()} returned last. */
    public String optarg() {
        return optarg;
    }

    /** {@code optopt}: the option character that was unknown or lacked its argument. */
    public int optopt() {
        return optopt;
    }

    /** The next option character, {@code '?'} for a bad one, or -1 when the options are done. */
    public int next() {
        optarg = null;
        if (charIndex == 0) {
            while (index < args.length && !isOption(args[index])) {
                operands.add(args[index++]);
            }
            if (index >= args.length) {
                return -1;
            }
            if (args[index].equals("--")) {
                for (index++; index < args.length; index++) {
                    operands.add(args[index]);
                }
                return -1;
            }
            charIndex = 1;
        }
        String word = args[index];
        char c = word.charAt(charIndex++);
        boolean last = charIndex >= word.length();
        int spec = c == ':' ? -1 : optstring.indexOf(c);
        if (spec < 0) {
            optopt = c;
            advanceIf(last);
            return '?';
        }
        if (spec + 1 < optstring.length() && optstring.charAt(spec + 1) == ':') {
            if (!last) {
                optarg = word.substring(charIndex);
            } else if (index + 1 < args.length) {
                optarg = args[++index];
            } else {
                optopt = c;
                advanceIf(true);
                return '?';
            }
            advanceIf(true);
            return c;
        }
        advanceIf(last);
        return c;
    }

    /** The words that are not options, in order ({@code argv + optind} after the permutation). */
    public String[] operands() {
        while (next() != -1) {
            // finish the scan if the caller stopped early
        }
        return operands.toArray(new String[0]);
    }

    private void advanceIf(boolean endOfWord) {
        if (endOfWord) {
            index++;
            charIndex = 0;
        }
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.charAt(0) == '-';
    }
}
