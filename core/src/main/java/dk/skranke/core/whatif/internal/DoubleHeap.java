package dk.skranke.core.whatif.internal;

import java.util.Arrays;

/** A min-heap of doubles without boxing: the times desks become free. */
final class DoubleHeap {

    private double[] values = new double[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    double peek() {
        return values[0];
    }

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0 && values[(i - 1) / 2] > value) {
            values[i] = values[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        values[i] = value;
    }

    double poll() {
        double top = values[0];
        double last = values[--size];
        int i = 0;
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && values[child + 1] < values[child]) {
                child++;
            }
            if (values[child] >= last) {
                break;
            }
            values[i] = values[child];
            i = child;
        }
        values[i] = last;
        return top;
    }
}
