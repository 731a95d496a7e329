package dk.skranke.central.api;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The API fuzzer's source of randomness: one {@link SplittableRandom} with the run's seed, drawn from
 * in a fixed order, so that a seed always gives the same requests (and request N is the same whatever
 * the number of requests in the run).
 */
final class FuzzRandom {
    private final SplittableRandom random;

    /** One choice of {@link #oneOf}: how often it is taken, relative to the others, and what it makes. */
    record Weighted<T>(int weight, Supplier<T> value) {
    }

    FuzzRandom(long seed) {
        random = new SplittableRandom(seed);
    }

    static <T> Weighted<T> weight(int weight, Supplier<T> value) {
        return new Weighted<>(weight, value);
    }

    /** One of the choices, each as often as its weight says. */
    @SafeVarargs
    final <T> T oneOf(Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> choice : choices) {
            total += choice.weight();
        }
        int drawn = random.nextInt(total);
        for (Weighted<? extends T> choice : choices) {
            drawn -= choice.weight();
            if (drawn < 0) {
                return choice.value().get();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Between {@code min} and {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Between {@code minSize} and {@code maxSize} items, each made by {@code item}. */
    <T> List<T> list(int minSize, int maxSize, Supplier<T> item) {
        int size = between(minSize, maxSize);
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.get());
        }
        return items;
    }

    int anyInt() {
        return random.nextInt();
    }

    long anyLong() {
        return random.nextLong();
    }

    /** Any double: tiny, huge, negative zero, subnormal, infinite or NaN. */
    double anyDouble() {
        return oneOf(weight(3, () -> Double.longBitsToDouble(random.nextLong())),
                weight(1, () -> random.nextDouble(-1000, 1000)));
    }

    /** Exactly {@code length} characters from the alphabet. */
    String chars(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Up to {@code maxLength} characters from the alphabet. */
    String upTo(String alphabet, int maxLength) {
        return chars(alphabet, between(0, maxLength));
    }

    /**
     * About {@code maxLength} UTF-16 chars at most (an emoji may end one past it), of any kind: mostly
     * printable ASCII, also control characters, Latin-1, any char of the basic plane (lone surrogates
     * included) and emoji.
     */
    String text(int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(oneOf(weight(6, () -> String.valueOf((char) between(0x20, 0x7e))),
                    weight(1, () -> String.valueOf((char) between(0, 0x1f))),
                    weight(1, () -> String.valueOf((char) between(0x80, 0xff))),
                    weight(1, () -> String.valueOf((char) between(0, 0xffff))),
                    weight(1, () -> Character.toString(between(0x1f600, 0x1f64f)))));
        }
        return text.toString();
    }

    /** Up to {@code maxLength} random bytes. */
    byte[] bytes(int maxLength) {
        byte[] bytes = new byte[between(0, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }
}
