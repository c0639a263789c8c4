package io.unp.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real libc as a test oracle: one python3 process whose {@code socket.inet_pton},
 * {@code inet_ntop} and {@code inet_aton} call glibc's functions directly.
 *
 * <p>Requests are sent in batches (inputs hex-encoded so any text survives the pipe); python
 * reads a whole batch before answering, so neither side can block on a full pipe. Each answer
 * is {@code "ok <result>"} or {@code "err"} (glibc returned 0 / NULL).
 */
final class GlibcOracle implements AutoCloseable {
    private static final String SCRIPT = String.join("\n",
            "import socket, sys",
            "def one(op, s):",
            "    try:",
            "        if op == 'pton4': return 'ok ' + socket.inet_pton(socket.AF_INET, s).hex()",
            "        if op == 'pton6': return 'ok ' + socket.inet_pton(socket.AF_INET6, s).hex()",
            "        if op == 'ntop4': return 'ok ' + socket.inet_ntop(socket.AF_INET, bytes.fromhex(s))",
            "        if op == 'ntop6': return 'ok ' + socket.inet_ntop(socket.AF_INET6, bytes.fromhex(s))",
            "        if op == 'aton': return 'ok ' + socket.inet_aton(s).hex()",
            "        return 'bad-op'",
            "    except (OSError, ValueError):",
            "        return 'err'",
            "batch = []",
            "for line in sys.stdin:",
            "    line = line.rstrip('\\n')",
            "    if line == 'END':",
            "        sys.stdout.write(''.join(r + '\\n' for r in batch))",
            "        sys.stdout.flush()",
            "        batch = []",
            "        continue",
            "    op, _, hx = line.partition(' ')",
            "    arg = bytes.fromhex(hx).decode('utf-8')",
            "    batch.append(one(op, arg))",
            "");

    private final Process process;
    private final OutputStream toPython;
    private final BufferedReader fromPython;

    private GlibcOracle(Process process) {
        this.process = process;
        this.toPython = process.getOutputStream();
        this.fromPython = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts python3, or returns null when there is none on this machine. */
    static GlibcOracle start() {
        try {
            Process p = new ProcessBuilder("python3", "-c", SCRIPT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new GlibcOracle(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** glibc's answers to {@code op} for each input, in order. */
    List<String> ask(String op, List<String> inputs) throws IOException {
        StringBuilder sb = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (String in : inputs) {
            sb.append(op).append(' ').append(hex.formatHex(in.getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        sb.append("END\n");
        toPython.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        toPython.flush();
        List<String> answers = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String line = fromPython.readLine();
            if (line == null) {
                throw new IOException("python3 oracle ended after " + i + " of " + inputs.size() + " answers");
            }
            answers.add(line);
        }
        return answers;
    }

    /** glibc's {@code inet_ntop} for each address (4 or 16 bytes each, per {@code op}). */
    List<String> askBytes(String op, List<byte[]> inputs) throws IOException {
        List<String> hexes = new ArrayList<>(inputs.size());
        HexFormat hex = HexFormat.of();
        for (byte[] b : inputs) {
            hexes.add(hex.formatHex(b));
        }
        return ask(op, hexes);
    }

    @Override
    public void close() throws Exception {
        toPython.close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
