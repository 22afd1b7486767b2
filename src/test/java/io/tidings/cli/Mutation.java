package io.tidings.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One way a real file goes wrong, at a place in the file given as a fraction of its length. */
sealed interface Mutation {

    /** The largest file a mutation makes, so that a case's file fits in a test's memory. */
    int MOST_BYTES = 8 << 20;

    byte[] apply(byte[] file);

    /** One mutation of each kind equally often, its place and size drawn from {@code random}. */
    static Mutation random(RandomGenerator random) {
        double place = random.nextDouble();
        return switch (random.nextInt(8)) {
            case 0 -> new FlippedByte(place, (byte) random.nextInt(256));
            case 1 -> new CutOff(place);
            case 2 -> new HugeField(place, random.nextInt(1_000, 100_000));
            case 3 -> new Deleted(place, random.nextInt(1, 40));
            case 4 -> new OtherEncoding(Encoding.values()[random.nextInt(Encoding.values().length)]);
            case 5 -> new DeepNesting(place, random.nextInt(100, 5_000));
            case 6 -> new NulByte(place);
            default -> new RepeatedLines(random.nextInt(2, 500));
        };
    }

    private static int at(byte[] file, double place) {
        return (int) Math.min(file.length, Math.floor(place * file.length));
    }

    private static byte[] spliced(byte[] file, int at, int removed, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + inserted.length);
        out.write(file, 0, at);
        out.writeBytes(inserted);
        int after = Math.min(file.length, at + removed);
        out.write(file, after, file.length - after);
        return out.toByteArray();
    }

    record FlippedByte(double place, byte value) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            byte[] copy = file.clone();
            if (copy.length > 0) {
                copy[Math.min(copy.length - 1, at(file, place))] = value;
            }
            return copy;
        }
    }

    record CutOff(double place) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            return Arrays.copyOf(file, at(file, place));
        }
    }

    record HugeField(double place, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            return spliced(file, at(file, place), 0, "x".repeat(length).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "HugeField[" + length + " characters at " + place + "]";
        }
    }

    record Deleted(double place, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            return spliced(file, at(file, place), length, new byte[0]);
        }
    }

    enum Encoding { UTF_16, LATIN_1, INVALID_UTF_8, BYTE_ORDER_MARK }

    record OtherEncoding(Encoding encoding) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            String text = new String(file, StandardCharsets.UTF_8).replace("a", "ä");
            return switch (encoding) {
                case UTF_16 -> text.getBytes(StandardCharsets.UTF_16);
                case LATIN_1 -> text.getBytes(StandardCharsets.ISO_8859_1);
                case INVALID_UTF_8 -> spliced(file, file.length / 2, 0, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
                case BYTE_ORDER_MARK -> spliced(file, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            };
        }
    }

    record DeepNesting(double place, int depth) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            String nesting = "[{\"a\":".repeat(depth) + "1" + "}]".repeat(depth);
            return spliced(file, at(file, place), 0, nesting.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "DeepNesting[" + depth + " levels at " + place + "]";
        }
    }

    record NulByte(double place) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            return spliced(file, at(file, place), 0, new byte[] {0});
        }
    }

    record RepeatedLines(int times) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            String text = new String(file, StandardCharsets.UTF_8);
            int firstBreak = text.indexOf('\n');
            if (firstBreak < 0) {
                return file;
            }
            String header = text.substring(0, firstBreak + 1);
            String rest = text.substring(firstBreak + 1);
            // Bounded, so that two repeats of a huge field stay a file a test can hold (8 MB at most).
            int fitting = rest.isEmpty() ? times : (int) Math.min(times, Math.max(1, MOST_BYTES / rest.length()));
            return (header + rest.repeat(fitting)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
