package io.unp.examples.libgai;

/**
 * {@code getopt(3)} as glibc does it, with {@code opterr = 0} (no messages): options may be
 * grouped ({@code -cp}), an option's argument may follow it ({@code -hlocalhost}) or be the next
 * word, arguments that are not options are skipped, {@code --} ends the options. An unknown
 * option or a missing argument gives {@code '?'}.
 */
final class Getopt {
    private final String[] args;
    private final String optstring;
    private int optind;
    private int charIndex;
    private String optarg;

    Getopt(String[] args, String optstring) {
        this.args = args.clone();
        this.optstring = optstring;
    }

    /** The argument of the option {@link #next()} returned last ({@code optarg}). */
    String optarg() {
        return optarg;
    }

    /** The next option letter, {@code '?'} for a bad one, or -1 when there are no more. */
    int next() {
        optarg = null;
        if (charIndex == 0) {
            while (optind < args.length && !isOption(args[optind])) {
                optind++; // glibc skips (permutes) words that are not options
            }
            if (optind >= args.length) {
                return -1;
            }
            if (args[optind].equals("--")) {
                optind = args.length;
                return -1;
            }
            charIndex = 1;
        }
        String word = args[optind];
        char c = word.charAt(charIndex++);
        int spec = c == ':' ? -1 : optstring.indexOf(c);
        boolean last = charIndex >= word.length();
        if (spec < 0) {
            advanceIf(last);
            return '?';
        }
        if (spec + 1 < optstring.length() && optstring.charAt(spec + 1) == ':') {
            if (!last) {
                optarg = word.substring(charIndex);
            } else if (optind + 1 < args.length) {
                optarg = args[++optind];
            } else {
                advanceIf(true);
                return '?'; // missing argument
            }
            advanceIf(true);
            return c;
        }
        advanceIf(last);
        return c;
    }

    private void advanceIf(boolean endOfWord) {
        if (endOfWord) {
            optind++;
            charIndex = 0;
        }
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.charAt(0) == '-';
    }
}
