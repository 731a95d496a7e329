package dk.skranke.hardware.sound;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.SourceDataLine;

/** A SourceDataLine stand-in that records which methods were called and how many bytes were written. */
final class FakeSourceLine {

    private final AtomicInteger written = new AtomicInteger();
    private final List<String> events = new CopyOnWriteArrayList<>();

    int written() {
        return written.get();
    }

    List<String> events() {
        return List.copyOf(events);
    }

    SourceDataLine proxy() {
        return (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (self, method, args) -> {
                events.add(method.getName());
                if (method.getName().equals("write")) {
                    written.addAndGet((Integer) args[2]);
                    return args[2];
                }
                return defaultValue(method.getReturnType());
            });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        return null;
    }
}
